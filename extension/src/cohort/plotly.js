let plotly;
export function loadPlotly() {
    plotly ??= import('plotly.js-dist-min').then(m => (m.default ?? m));
    return plotly;
}
const themeColor = (name, fallback) => getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
/** Plotly reads a little HTML in labels: escape ours so payload text stays text. */
export const plotText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export function baseLayout(title, extra = {}) {
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
//# sourceMappingURL=plotly.js.map