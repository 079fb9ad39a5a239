import type { Command } from './command';

/** Loads one verb's module: only the command that runs is loaded, so start-up stays small. */
export type CommandLoader = () => Promise<Command>;

/**
 * Every `stratum <verb>`, in help order. One line per verb: add yours as
 * `verb: async () => (await import('./commands/verb')).verbCommand,`.
 */
export const COMMANDS: Readonly<Record<string, CommandLoader>> = {
  graph: async () => (await import('./commands/graph')).graphCommand,
  affected: async () => (await import('./commands/affected')).affectedCommand,
  synth: async () => (await import('./commands/synth')).synthCommand,
  validate: async () => (await import('./commands/validate')).validateCommand,
  policy: async () => (await import('./commands/policy')).policyCommand,
  plan: async () => (await import('./commands/plan')).planCommand,
  deploy: async () => (await import('./commands/deploy')).deployCommand,
  destroy: async () => (await import('./commands/destroy')).destroyCommand,
  rollback: async () => (await import('./commands/rollback')).rollbackCommand,
  unlock: async () => (await import('./commands/unlock')).unlockCommand,
  drift: async () => (await import('./commands/drift')).driftCommand,
  compliance: async () => (await import('./commands/compliance')).complianceCommand,
  promote: async () => (await import('./commands/promote')).promoteCommand,
  approve: async () => (await import('./commands/approve')).approveCommand,
  runs: async () => (await import('./commands/runs')).runsCommand,
  ledger: async () => (await import('./commands/ledger')).ledgerCommand,
  slo: async () => (await import('./commands/slo')).sloCommand,
  upgrade: async () => (await import('./commands/upgrade')).upgradeCommand,
  local: async () => (await import('./commands/local')).localCommand,
  ci: async () => (await import('./commands/ci')).ciCommand,
};

/** Every command, loaded (for the help text, which lists each one's summary). */
export async function loadAllCommands(): Promise<Command[]> {
  return Promise.all(Object.values(COMMANDS).map((load) => load()));
}
