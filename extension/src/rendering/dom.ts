/**
 * The only way our renderers build DOM. Text always goes in as text nodes (never parsed as HTML),
 * and event-handler attributes are refused, so payload text cannot inject markup or script.
 */
type Child = Node | string | number | null | undefined | false;

export interface Props {
  className?: string;
  title?: string;
  attrs?: Record<string, string>;
  onClick?: (event: MouseEvent) => void;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.className) el.className = props.className;
  if (props.title) el.title = props.title;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (/^on/i.test(name) || /^(src|href|srcdoc|style)$/i.test(name)) throw new Error(`attribute ${name} is not allowed here`);
    el.setAttribute(name, value);
  }
  if (props.onClick) (el as HTMLElement).addEventListener('click', props.onClick);
  append(el, ...children);
  return el;
}

/** A table head of plain column titles. */
export function headRow(titles: readonly string[]): HTMLTableSectionElement {
  return h('thead', {}, h('tr', {}, ...titles.map(t => h('th', {}, t))));
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}
