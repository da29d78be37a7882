/** The mime extension: one renderer per GenHealth payload kind. A capability adds its renderer here. */
import type { IRenderMime } from '@jupyterlab/rendermime-interfaces';
import { cohortExtension } from './cohort/renderer';
import { fairnessExtension } from './fairness/renderer';
import { lineageExtension } from './lineage/renderer';
import { moleculesExtension } from './molecules/renderer';
import { tableExtension } from './table/renderer';

const extensions: IRenderMime.IExtension[] = [tableExtension, lineageExtension, cohortExtension, fairnessExtension, moleculesExtension];

export default extensions;
