/** Plotly, loaded on first use (it is large), with colours from the JupyterLab theme. */
type PlotlyModule = { newPlot(el: HTMLElement, data: unknown[], layout: Record<string, unknown>, config: Record<string, unknown>): Promise<unknown> };

let plotly: Promise<PlotlyModule> | undefined;

export function loadPlotly(): Promise<PlotlyModule> {
  plotly ??= import('plotly.js-dist-min').then(m => ((m as { default?: PlotlyModule }).default ?? (m as unknown as PlotlyModule)));
  return plotly;
}

const themeColor = (name: string, fallback: string) => getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;

/** Plotly reads a little HTML in labels: escape ours so payload text stays text. */
export const plotText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function baseLayout(title: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const font = themeColor('--jp-ui-font-color1', '#333');
  const grid = themeColor('--jp-border-color2', '#ddd');
  return {
    title: { text: plotText(title), font: { size: 13 } },
    paper_bgcolor: 'rgba(0,0,0,0)',
    plot_bgcolor: 'rgba(0,0,0,0)',
    font: { color: font, family: themeColor('--jp-ui-font-family', 'sans-serif'), size: 11 },
    margin: { l: 60, r: 20, t: 36, b: 40 },
    height: 300,
    xaxis: { gridcolor: grid, zerolinecolor: grid },
    yaxis: { gridcolor: grid, zerolinecolor: grid },
    legend: { orientation: 'h', y: -0.2 },
    ...extra
  };
}

export const PLOT_CONFIG = { displaylogo: false, responsive: true, modeBarButtonsToRemove: ['sendDataToCloud'] };
