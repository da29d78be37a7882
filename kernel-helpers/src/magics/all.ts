/** Registers the magics of every capability. A capability adds one line here. */
import { registerCohortMagic } from '../cohort/magic';
import { registerMoleculesMagic } from '../molecules/magic';
import { registerFairnessMagic } from '../fairness/magic';
import { registerLineageMagic } from '../lineage/magic';
import { registerTableMagic } from '../table/magic';
import { registerBackendMagic } from '../tf/magic';
import { registerBuiltinMagics } from './builtins';

let registered = false;

export function registerAllMagics(): void {
  if (registered) return;
  registered = true;
  registerBuiltinMagics();
  registerBackendMagic();
  registerTableMagic();
  registerLineageMagic();
  registerCohortMagic();
  registerFairnessMagic();
  registerMoleculesMagic();
}
