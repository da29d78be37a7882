import { Widget } from '@lumino/widgets';
import { h } from './dom';
import { readPayload } from './payload';
export class GenHealthRenderer extends Widget {
    options;
    constructor(options) {
        super();
        this.options = options;
        this.addClass('jp-GenHealthOutput');
    }
    async renderModel(model) {
        this.node.textContent = '';
        try {
            const payload = readPayload(model, this.kind);
            this.node.dataset.runId = payload.run_id;
            await this.render(payload);
        }
        catch (e) {
            this.node.textContent = '';
            this.node.appendChild(h('div', { className: 'jp-GenHealthOutput-error' }, e instanceof Error ? e.message : String(e)));
        }
    }
}
//# sourceMappingURL=renderer.js.map