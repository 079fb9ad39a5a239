/* eslint-disable @typescript-eslint/no-require-imports -- lazy loading through tsx's require hook (see CommandLoader) */
import type { Command } from './command';

/**
 * Loads one verb's module: only the command that runs is loaded, so start-up stays small. `require`, not
 * `import()`: these sources are CommonJS run through tsx's require hook, which a dynamic import would bypass.
 */
export type CommandLoader = () => Command;

/**
 * Every `stratum <verb>`, in help order. One line per verb: add yours as
 * `verb: () => (require('./commands/verb') as typeof import('./commands/verb')).verbCommand,`.
 */
export const COMMANDS: Readonly<Record<string, CommandLoader>> = {
  graph: () => (require('./commands/graph') as typeof import('./commands/graph')).graphCommand,
  affected: () => (require('./commands/affected') as typeof import('./commands/affected')).affectedCommand,
  synth: () => (require('./commands/synth') as typeof import('./commands/synth')).synthCommand,
  validate: () => (require('./commands/validate') as typeof import('./commands/validate')).validateCommand,
  policy: () => (require('./commands/policy') as typeof import('./commands/policy')).policyCommand,
  plan: () => (require('./commands/plan') as typeof import('./commands/plan')).planCommand,
  deploy: () => (require('./commands/deploy') as typeof import('./commands/deploy')).deployCommand,
  worker: () => (require('./commands/worker') as typeof import('./commands/worker')).workerCommand,
  destroy: () => (require('./commands/destroy') as typeof import('./commands/destroy')).destroyCommand,
  rollback: () => (require('./commands/rollback') as typeof import('./commands/rollback')).rollbackCommand,
  unlock: () => (require('./commands/unlock') as typeof import('./commands/unlock')).unlockCommand,
  drift: () => (require('./commands/drift') as typeof import('./commands/drift')).driftCommand,
  compliance: () =>
    (require('./commands/compliance') as typeof import('./commands/compliance')).complianceCommand,
  promote: () => (require('./commands/promote') as typeof import('./commands/promote')).promoteCommand,
  import: () => (require('./commands/import') as typeof import('./commands/import')).importCommand,
  approve: () => (require('./commands/approve') as typeof import('./commands/approve')).approveCommand,
  runs: () => (require('./commands/runs') as typeof import('./commands/runs')).runsCommand,
  ledger: () => (require('./commands/ledger') as typeof import('./commands/ledger')).ledgerCommand,
  slo: () => (require('./commands/slo') as typeof import('./commands/slo')).sloCommand,
  upgrade: () => (require('./commands/upgrade') as typeof import('./commands/upgrade')).upgradeCommand,
  local: () => (require('./commands/local') as typeof import('./commands/local')).localCommand,
  ci: () => (require('./commands/ci') as typeof import('./commands/ci')).ciCommand,
};

/** Every command, loaded (for the help text, which lists each one's summary). */
export function loadAllCommands(): Command[] {
  return Object.values(COMMANDS).map((load) => load());
}
