import { h } from '../rendering/dom';
import { mimeTypeOf } from '../rendering/payload';
import { GenHealthRenderer } from '../rendering/renderer';
import { diffTable, graphSvg, runDetails, runsTable } from './views';
export const MIME_TYPE = mimeTypeOf('lineage');
export class LineageRenderer extends GenHealthRenderer {
    kind = 'lineage';
    render(p) {
        this.addClass('jp-GenHealthLineage-output');
        switch (p.view) {
            case 'list':
                this.node.append(h('div', { className: 'jp-GenHealthLineage-count' }, `${p.runs.length} runs`), runsTable(p.runs));
                break;
            case 'run':
                this.node.append(runDetails(p.run));
                break;
            case 'diff':
                this.node.append(diffTable(p.a, p.b, p.differences));
                break;
            case 'graph':
                this.node.append(h('div', { className: 'jp-GenHealthLineage-count' }, `${p.graph.nodes.length} nodes, ${p.graph.edges.length} edges`), graphSvg(p.graph));
                break;
            default:
                this.node.append(h('div', { className: 'jp-GenHealthOutput-error' }, `Unknown lineage view "${String(p.view)}".`));
        }
    }
}
export const lineageExtension = {
    id: 'jupyterlab-genhealth:lineage-renderer',
    description: 'Renders %lineage outputs: runs, one run, a diff or the graph.',
    rendererFactory: { safe: true, mimeTypes: [MIME_TYPE], defaultRank: 20, createRenderer: options => new LineageRenderer(options) },
    rank: 20,
    dataType: 'json'
};
//# sourceMappingURL=renderer.js.map