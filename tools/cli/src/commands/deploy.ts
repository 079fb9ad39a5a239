import { UsageError } from '@stratum/config';
import { deploy, type DeployReport } from '@stratum/deploy';
import { terraformSettings } from '@stratum/terraform';
import { parseCommandArgs, requireEnv } from '../args';
import type { Command } from '../command';
import { EXIT, type CommandIO } from '../io';
import { policyGate } from '../policy-gate';
import { keepDeployments } from './ledger';
import { Progress } from '../progress';
import { currentActor, currentGitSha, currentTrigger, openWorkspaceLedger } from '../run-context';
import { resolveTargets, TARGET_OPTIONS, TARGET_USAGE } from '../targets';
import { openEnvironment, openWorkspace } from '../workspace-context';

export const deployCommand: Command = {
  name: 'deploy',
  summary: 'Apply stacks in dependency order; on failure roll back everything the run applied.',
  usage: `Usage: stratum deploy --env <env> (--affected --base <ref> | --projects a,b | --all) [options]

Locks the environment, synthesizes, runs the policy gate, then plans and applies each stack once all of its
dependencies succeeded (region by region). A stack whose Terraform JSON equals its last successful apply is
'unchanged' and runs no terraform. When a stack fails, running applies finish, dependants are skipped and
every stack this run applied is rolled back to the artifact it had before (or destroyed if it is new),
dependants first. Every step is recorded in the ledger (STRATUM_LEDGER, default .stratum/ledger.db).

Options:
  --env <env>          Environment. Required.
${TARGET_USAGE}
  --concurrency N      Stacks applied at once (default 4).
  --rollback run|none  Roll back the run's applied stacks on failure (default run).
  --force              Apply stacks even when unchanged.
  --wait               Wait for another run's lock on the environment instead of failing.
  --sha <sha>          Commit recorded and tagged (default: git HEAD, or GITHUB_SHA).
  --actor <name>       Who deploys (default: GITHUB_ACTOR or user@host).
  --trigger <name>     What started it (default: ci under CI, else cli).
  --json               Print { runId, env, status, stacks: [{ project, stack, layer, status, startedAt, finishedAt, error }] }.

Exit: 0 succeeded, 1 failed / rolled back, 2 usage error.`,
  async run(args, io) {
    const { values } = parseCommandArgs('deploy', args, {
      env: { type: 'string' },
      ...TARGET_OPTIONS,
      concurrency: { type: 'string' },
      rollback: { type: 'string' },
      force: { type: 'boolean' },
      wait: { type: 'boolean' },
      sha: { type: 'string' },
      actor: { type: 'string' },
      trigger: { type: 'string' },
      json: { type: 'boolean' },
    });
    const envName = requireEnv('deploy', values.env);
    const concurrency = parseConcurrency(values.concurrency);
    const rollback = values.rollback ?? 'run';
    if (rollback !== 'run' && rollback !== 'none')
      throw new UsageError(`--rollback: got '${rollback}'; use run or none.`);
    const workspace = openWorkspace(io);
    const env = openEnvironment(workspace, envName);
    const targets = resolveTargets('deploy', workspace, values);
    if (targets.deleted.length > 0) {
      io.err(
        `Note: deleted projects are not destroyed by deploy: ${targets.deleted.join(', ')}. Destroy them before removing their code, or with terraform in their last synth folder.`,
      );
    }
    const ledger = await openWorkspaceLedger(workspace, io);
    const progress = Progress.for(io, values.json ?? false);
    const controller = new AbortController();
    const onSignal = () => {
      io.err(
        'Interrupted: running applies will finish, nothing new starts, and applied stacks roll back. Press Ctrl-C again only if you accept a half-applied environment.',
      );
      controller.abort();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const report = await deploy({
        workspace,
        env,
        projects: targets.projects,
        ledger,
        settings: terraformSettings(workspace.root, io.env),
        gitSha: currentGitSha(workspace.root, io, values.sha),
        actor: currentActor(io, values.actor),
        trigger: currentTrigger(io, values.trigger),
        ...(targets.baseRef ? { baseRef: targets.baseRef } : {}),
        concurrency,
        rollback,
        force: values.force ?? false,
        wait: values.wait ?? false,
        gate: policyGate(env),
        onEvent: progress.onEvent,
        signal: controller.signal,
        keepDeployments: keepDeployments(io),
      });
      progress.stop();
      printReport(io, report, values.json ?? false);
      return report.status === 'succeeded' ? EXIT.ok : EXIT.failure;
    } finally {
      progress.stop();
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await ledger.close();
    }
  },
};

export function parseConcurrency(value: string | undefined): number {
  if (value === undefined) return 4;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new UsageError(`--concurrency: got '${value}'; give a whole number from 1 to 64.`);
  return n;
}

/** Prints a deploy or rollback report as JSON or a short table with what to do next. */
export function printReport(io: CommandIO, report: DeployReport, json: boolean): void {
  if (json) {
    io.out(JSON.stringify(report, null, 2));
    return;
  }
  for (const note of report.notes) io.err(`note: ${note}`);
  for (const s of report.stacks) {
    io.out(
      `${s.stack.padEnd(36)} ${s.layer.padEnd(14)} ${s.status.padEnd(16)}${s.error ? ` ${s.error.split('\n')[0]}` : ''}`,
    );
  }
  const next: Record<DeployReport['status'], string> = {
    succeeded: 'The environment is at the new revision.',
    rolled_back:
      'A stack failed; every stack this run applied was rolled back: the environment is at the previous revision. Fix the error above and deploy again.',
    rollback_failed: `A stack failed and the rollback of some stacks failed too: they need a human. See \`stratum runs show ${report.runId}\`, fix them, then \`stratum rollback --env ${report.env} --run ${report.runId}\`.`,
    failed: `The run failed. See \`stratum runs show ${report.runId}\`.`,
  };
  io.out(`run ${report.runId} ${report.status}: ${next[report.status]}`);
}
