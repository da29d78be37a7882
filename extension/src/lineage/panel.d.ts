/** The lineage side panel: runs table, run details, DAG, diff, Reproduce and Export RO-Crate. */
import { Widget } from '@lumino/widgets';
import { type LineageModel } from './model';
export declare class LineagePanel extends Widget {
    private readonly model;
    private page;
    constructor(model: LineageModel);
    protected onAfterShow(): void;
    protected onAfterHide(): void;
    private render;
    private filters;
    private table;
}
