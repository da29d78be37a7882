/**
 * The public API of `genhealth`. Every magic is also a plain function here, so notebooks, scripts
 * and tests can call the same code without the kernel.
 */
export { registerValueBundler } from './display/values';
export { display, newDisplay, progress, type Display, type Progress, type ProgressOptions } from './display/display';
export {
  escapeHtml,
  genhealthBundle,
  mimeTypeOf,
  textBundle,
  GENHEALTH_KINDS,
  type GenHealthKind,
  type GenHealthPayload,
  type MimeBundle
} from './display/bundle';
export { MagicError } from './magics/errors';
export { registerMagic, listMagics, type MagicSpec, type MagicCall, type MagicContext, type MagicOutput } from './magics/registry';
export type { OptionSpec, NumericRange } from './magics/options';
export { formatHelp } from './magics/help';
export { newRunId } from './lineage/run-id';
export { tfBackend, tfjs, BackendError, BACKEND_NAMES, type BackendInfo, type BackendName } from './tf/backend';
export { Table, TableError, type Column, type ColumnType, type TableViewOptions } from './table/model';
export { table, type TableOptions } from './table/magic';
export { tableBundle, type TablePayload } from './table/bundle';

export { track, type TrackOptions } from './lineage/track';
export { lineageList, lineageShow, lineageDiff, lineageGraphOf } from './lineage/magic';
export { openStore, LineageStore, type RunFilter } from './lineage/store';
export { LocalStore } from './lineage/local-store';
export { describeData, registerDataDescriber, LineageError } from './lineage/hash';
export type { RunRecord, RunSummary, InputRef, OutputRef, DataSchema } from './lineage/record';
export { Cohort, CohortError, type CohortInfo, type Feature } from './cohort/cohort';
export { generateCohort, type GenerateOptions, type KeepRule } from './cohort/generate';
export { loadModules, builtinModuleNames, type ModuleSet } from './cohort/modules';
export { loadModule, type GmfModule } from './cohort/gmf/module';
export { GmfError } from './cohort/gmf/errors';
export { US_2020, type Population } from './cohort/population';
export { fairnessReport, FairnessError, FairnessReport, type ReportOptions, type Measure, type Mitigation } from './fairness/report';
export type { ModelCard } from './fairness/html';
export type { Comparison } from './fairness/mitigation';
export { metricFrame, groupMin, groupMax, difference, ratio, MISSING_GROUP, type MetricFrame, type FrameInput } from './fairness/frame';
export * as fairnessMetrics from './fairness/metrics';
export * as aif360 from './fairness/aif360';
export { aequitasGroups, aequitasDisparities } from './fairness/aequitas';
export { representation, labelPrevalence, missingness, reweighing } from './fairness/bias';
export { bootstrap, frameIntervals } from './fairness/bootstrap';
export * from './fairness/disparities';
export { fitThresholds, predictThresholds, type ThresholdModel, type Constraint, type Objective } from './fairness/threshold';
export { loadChemistry, canonicalSmiles, isValidSmiles, smilesProblem, ChemistryError } from './molecules/chem';
export { encodeSelfies, decodeSelfies, selfiesRepairs, splitSelfies, robustAlphabet, SelfiesError, DEFAULT_CONSTRAINTS, type SelfiesRepair } from './molecules/selfies';
export { qed, qedOfSmiles, qedProperties, qedFromProperties, QED_WEIGHTS } from './molecules/qed';
export { lipinski, veber, oralDrugRules, type RuleReport } from './molecules/rules';
export { passesMosesFilters, mosesFilterFailure, structuralAlerts } from './molecules/filters';
export { mosesMetrics, referenceStatistics, internalDiversity, nearestNeighbourSimilarity, wasserstein1, type MosesMetrics, type MosesOptions, type ReferenceStatistics } from './molecules/metrics';
export { murckoScaffold, scaffoldOfSmiles, bricsFragments, bricsOfSmiles } from './molecules/fragments';
export { LanguageModel, type LanguageModelConfig, type Notation } from './molecules/model';
export { sampleStrings, spelledCanonically, type SampleOptions } from './molecules/sample';
export { smilesTokens, selfiesTokens } from './molecules/tokens';
export { design, analogs, DesignError, type DesignConstraints, type DesignOptions, type DesignResult, type DesignedMolecule, type MoleculeProperties } from './molecules/design';
export { MoleculeSet } from './molecules/library';
export { availableModels, loadModel, modelCard } from './molecules/models';
export { trainingSmiles } from './molecules/evaluation';
