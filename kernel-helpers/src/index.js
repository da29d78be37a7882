/**
 * The public API of `genhealth`. Every magic is also a plain function here, so notebooks, scripts
 * and tests can call the same code without the kernel.
 */
export { registerValueBundler } from './display/values';
export { display, newDisplay, progress } from './display/display';
export { escapeHtml, genhealthBundle, mimeTypeOf, textBundle, GENHEALTH_KINDS } from './display/bundle';
export { MagicError } from './magics/errors';
export { registerMagic, listMagics } from './magics/registry';
export { formatHelp } from './magics/help';
export { newRunId } from './lineage/run-id';
export { tfBackend, tfjs, BackendError, BACKEND_NAMES } from './tf/backend';
export { Table, TableError } from './table/model';
export { table } from './table/magic';
export { tableBundle } from './table/bundle';
export { track } from './lineage/track';
export { lineageList, lineageShow, lineageDiff, lineageGraphOf } from './lineage/magic';
export { openStore, LineageStore } from './lineage/store';
export { LocalStore } from './lineage/local-store';
export { describeData, registerDataDescriber, LineageError } from './lineage/hash';
export { Cohort, CohortError } from './cohort/cohort';
export { generateCohort } from './cohort/generate';
export { loadModules, builtinModuleNames } from './cohort/modules';
export { loadModule } from './cohort/gmf/module';
export { GmfError } from './cohort/gmf/errors';
export { US_2020 } from './cohort/population';
//# sourceMappingURL=index.js.map