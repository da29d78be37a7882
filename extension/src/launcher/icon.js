import { LabIcon } from '@jupyterlab/ui-components';
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="16" height="16">
  <rect class="jp-icon-brand0" width="64" height="64" rx="12" fill="#0b6e4f"/>
  <path d="M32 14v36M14 32h36" stroke="#fff" stroke-width="9" stroke-linecap="round"/>
</svg>`;
export const genhealthIcon = new LabIcon({ name: 'jupyterlab-genhealth:logo', svgstr: svg });
//# sourceMappingURL=icon.js.map