/**
 * Renderer of `application/vnd.genhealth.cohort+json`: counts and breakdowns, an age pyramid,
 * condition prevalence next to the expected values, a few patients' lab trajectories and the
 * patient table. Charts load plotly on first render.
 */
import type { IRenderMime } from '@jupyterlab/rendermime-interfaces';
import { type GenHealthPayload } from '../rendering/payload';
import { GenHealthRenderer } from '../rendering/renderer';
import type { Cell, TableColumn } from '../table/model';
export declare const MIME_TYPE: string;
interface CohortPayload extends GenHealthPayload {
    summary: {
        patients: number;
        simulated: number;
        alive: number;
        deceased: number;
        seed: number;
        reference_date: string;
        modules: string[];
        mean_age: number;
    };
    demographics: {
        pyramid: {
            bands: string[];
            female: number[];
            male: number[];
        };
        sex: Record<string, number>;
        race: Record<string, number>;
        ethnicity: Record<string, number>;
    };
    prevalence: {
        code: string;
        system: string;
        display: string;
        patients: number;
        share: number;
        scope: 'all' | 'adults';
        expected_share?: number;
        expected_source?: string;
    }[];
    trajectories: {
        code: string;
        display: string;
        unit: string;
        series: {
            patient: string;
            points: [number, number][];
        }[];
    } | null;
    patients: {
        columns: TableColumn[];
        data: Cell[][];
        rows: number;
    };
}
export declare class CohortRenderer extends GenHealthRenderer<CohortPayload> {
    protected readonly kind: "cohort";
    protected render(p: CohortPayload): Promise<void>;
}
export declare const cohortExtension: IRenderMime.IExtension;
export {};
