/** Plotly, loaded on first use (it is large), with colours from the JupyterLab theme. */
type PlotlyModule = {
    newPlot(el: HTMLElement, data: unknown[], layout: Record<string, unknown>, config: Record<string, unknown>): Promise<unknown>;
};
export declare function loadPlotly(): Promise<PlotlyModule>;
/** Plotly reads a little HTML in labels: escape ours so payload text stays text. */
export declare const plotText: (s: string) => string;
export declare function baseLayout(title: string, extra?: Record<string, unknown>): Record<string, unknown>;
export declare const PLOT_CONFIG: {
    displaylogo: boolean;
    responsive: boolean;
    modeBarButtonsToRemove: string[];
};
export {};
