import { UsageError } from '@stratum/config';
import { DEFAULT_KEEP_DEPLOYMENTS, type LedgerStats, type PruneResult } from '@stratum/ledger';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { EXIT, type CommandIO } from '../io';
import { openWorkspaceLedger } from '../run-context';
import { openWorkspace } from '../workspace-context';

/** Deployments of each stack whose artifacts pruning keeps, when `--keep` is not given. */
export const KEEP_ENV_VAR = 'STRATUM_LEDGER_KEEP';

export const ledgerCommand: Command = {
  name: 'ledger',
  summary: 'The ledger itself: `ledger stats` shows its size, `ledger prune` drops artifacts nothing needs.',
  usage: `Usage: stratum ledger stats [--json]
       stratum ledger prune [--keep N] [--dry-run] [--json]

stats  Runs (and how many are unfinished), stack events, deployments, and artifacts: how many are stored with
       their bytes (compressed, and as cdk.tf.json), how many were pruned.
prune  Drops the content of every artifact that neither the last N deployments of a stack (default
       ${KEEP_ENV_VAR}, else ${DEFAULT_KEEP_DEPLOYMENTS}), the deployment before them (what a rollback of the oldest puts back),
       nor an unfinished run needs. Runs, events and deployments stay; a pruned artifact that is needed again is
       stored again. Every deploy prunes this way when it ends.`,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'stats') return stats(rest, io);
    if (sub === 'prune') return prune(rest, io);
    throw new UsageError(`stratum ledger: give a subcommand, stats or prune${sub ? `; got '${sub}'` : ''}.`);
  },
};

/** How many deployments per stack keep their artifacts: `--keep`, else STRATUM_LEDGER_KEEP, else 10. */
export function keepDeployments(io: CommandIO, flag?: string): number {
  const [value, source] = flag !== undefined ? [flag, '--keep'] : [io.env[KEEP_ENV_VAR], KEEP_ENV_VAR];
  if (value === undefined || value === '') return DEFAULT_KEEP_DEPLOYMENTS;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 10_000)
    throw new UsageError(`${source}: got '${value}'; give a whole number of deployments from 1 to 10000.`);
  return n;
}

async function stats(args: readonly string[], io: CommandIO): Promise<number> {
  const { values } = parseCommandArgs('ledger stats', args, { json: { type: 'boolean' } });
  const ledger = await openWorkspaceLedger(openWorkspace(io), io);
  try {
    const result = await ledger.stats();
    if (values.json) io.out(JSON.stringify({ ledger: ledger.target.description, ...result }, null, 2));
    else printStats(io, ledger.target.description, result);
    return EXIT.ok;
  } finally {
    await ledger.close();
  }
}

async function prune(args: readonly string[], io: CommandIO): Promise<number> {
  const { values } = parseCommandArgs('ledger prune', args, {
    keep: { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  });
  const keep = keepDeployments(io, values.keep);
  const ledger = await openWorkspaceLedger(openWorkspace(io), io);
  try {
    const result = await ledger.pruneArtifacts({ keep, dryRun: values['dry-run'] ?? false });
    if (values.json) io.out(JSON.stringify(result, null, 2));
    else io.out(describePrune(result));
    return EXIT.ok;
  } finally {
    await ledger.close();
  }
}

function describePrune(result: PruneResult): string {
  const what = `${result.pruned} artifact(s), ${bytes(result.storedBytes)} stored (${bytes(result.contentBytes)} of cdk.tf.json)`;
  const rule = `kept: the last ${result.keep} deployments of each stack, the one before them, and every unfinished run's`;
  return result.dryRun ? `would prune ${what}; ${rule}.` : `pruned ${what}; ${rule}.`;
}

function printStats(io: CommandIO, where: string, s: LedgerStats): void {
  io.out(`ledger      ${where}`);
  io.out(`runs        ${s.runs} (${s.unfinishedRuns} unfinished)`);
  io.out(`events      ${s.events}`);
  io.out(`deployments ${s.deployments}`);
  io.out(
    `artifacts   ${s.artifacts.stored} stored, ${bytes(s.artifacts.storedBytes)} (${bytes(s.artifacts.contentBytes)} of cdk.tf.json); ${s.artifacts.pruned} pruned`,
  );
}

function bytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}
