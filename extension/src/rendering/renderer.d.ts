/**
 * Base of every GenHealth renderer: reads and checks the payload, lets the subclass build its view,
 * and shows a readable message instead of a blank output when the payload is wrong.
 */
import type { IRenderMime } from '@jupyterlab/rendermime-interfaces';
import { Widget } from '@lumino/widgets';
import { type GenHealthKind, type GenHealthPayload } from './payload';
export declare abstract class GenHealthRenderer<P extends GenHealthPayload> extends Widget implements IRenderMime.IRenderer {
    protected readonly options: IRenderMime.IRendererOptions;
    protected abstract readonly kind: GenHealthKind;
    constructor(options: IRenderMime.IRendererOptions);
    renderModel(model: IRenderMime.IMimeModel): Promise<void>;
    /** Builds the view into `this.node`. Text must go through `h()` / textContent only. */
    protected abstract render(payload: P): void | Promise<void>;
}
