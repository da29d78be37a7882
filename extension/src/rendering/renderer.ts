/**
 * Base of every GenHealth renderer: reads and checks the payload, lets the subclass build its view,
 * and shows a readable message instead of a blank output when the payload is wrong.
 */
import type { IRenderMime } from '@jupyterlab/rendermime-interfaces';
import { Widget } from '@lumino/widgets';
import { h } from './dom';
import { readPayload, type GenHealthKind, type GenHealthPayload } from './payload';

export abstract class GenHealthRenderer<P extends GenHealthPayload> extends Widget implements IRenderMime.IRenderer {
  protected abstract readonly kind: GenHealthKind;

  constructor(protected readonly options: IRenderMime.IRendererOptions) {
    super();
    this.addClass('jp-GenHealthOutput');
  }

  async renderModel(model: IRenderMime.IMimeModel): Promise<void> {
    this.node.textContent = '';
    try {
      const payload = readPayload<P>(model, this.kind);
      this.node.dataset.runId = payload.run_id;
      await this.render(payload);
    } catch (e) {
      this.node.textContent = '';
      this.node.appendChild(h('div', { className: 'jp-GenHealthOutput-error' }, e instanceof Error ? e.message : String(e)));
    }
  }

  /** Builds the view into `this.node`. Text must go through `h()` / textContent only. */
  protected abstract render(payload: P): void | Promise<void>;
}
