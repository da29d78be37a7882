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
export declare function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props, ...children: Child[]): HTMLElementTagNameMap[K];
export declare function append(parent: Node, ...children: Child[]): void;
export {};
