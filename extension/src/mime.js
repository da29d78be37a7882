import { cohortExtension } from './cohort/renderer';
import { lineageExtension } from './lineage/renderer';
import { tableExtension } from './table/renderer';
const extensions = [tableExtension, lineageExtension, cohortExtension];
export default extensions;
//# sourceMappingURL=mime.js.map