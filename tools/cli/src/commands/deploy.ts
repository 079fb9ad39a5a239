import { UsageError } from '@stratum/config';
import {
  deploy,
  refuseDirectChange,
  workerExecutor,
  type DeployOptions,
  type DeployReport,
} from '@stratum/deploy';
import { terraformSettings } from '@stratum/terraform';
import { parseCommandArgs, requireEnv } from '../args';
import type { Command } from '../command';
import { EXIT, type CommandIO } from '../io';
import { policyGate } from '../policy-gate';
import { keepDeployments } from './ledger';
import { Progress } from '../progress';
import { currentActor, currentTrigger, deployedRevision, openWorkspaceLedger } from '../run-context';
import { resolveTargets, TARGET_OPTIONS, TARGET_USAGE, type Targets } from '../targets';
import { STRATUM_BIN } from '../stratum-bin';
import { openEnvironment, openWorkspace } from '../workspace-context';

export const deployCommand: Command = {
  name: 'deploy',
  summary: 'Apply stacks in dependency order; on failure roll back everything the run applied.',
  usage: `Usage: stratum deploy --env <env> (--affected --base <ref> | --projects a,b | --all) [options]

Locks the environment, synthesizes, runs the policy gate, then plans and applies each stack once all of its
dependencies succeeded (region by region). A stack whose Terraform JSON equals its last successful apply is
'unchanged' and runs no terraform. When a stack fails, running applies finish, dependants are skipped and
every stack this run applied is rolled back to the artifact it had before (or destroyed if it is new),
dependants first. With --affected, projects deleted since the base are destroyed last in the same run
(dependants first, in the base commit's order, from JSON synthesized at the base commit); a destroy is not
rolled back, and stateful resources need --allow-stateful-destroy. Every step is recorded in the ledger (STRATUM_LEDGER, default .stratum/ledger.db).

A gated environment (one with promotion.from, such as staging and prod) takes changes only through
\`stratum promote\`; \`--break-glass --reason "<why>"\` deploys there without promotion and approvals, recorded
as a break-glass run until someone approves it after the fact (\`stratum approve --run <id>\`). Uncommitted
changes to synth inputs are refused outside local environments; in a local one the run records <sha>+dirty
and a digest of the changes.

Options:
  --env <env>          Environment. Required.
${TARGET_USAGE}
  --concurrency N      Stacks applied at once (default 4).
  --executor local|workers  local (default): this process applies; workers: stacks are queued in the
                       PostgreSQL ledger for \`stratum worker\` processes, this one coordinates and waits.
  --max-attempts N     With --executor workers: claims of a stack before a worker's expired lease fails it
                       (1-10, default 2; terraform apply is idempotent, so a dead worker's stack is run again).
  --rollback run|none  Roll back the run's applied stacks on failure (default run).
  --force              Apply stacks even when unchanged.
  --allow-stateful-destroy  Let the destroy of deleted projects remove databases, buckets and keys.
  --wait               Wait for another run's lock on the environment instead of failing.
  --break-glass        Deploy to a gated environment without promotion and approvals (needs --reason).
  --reason <text>      Why it cannot wait for a promotion (at least 10 characters; recorded).
  --sha <sha>          Commit recorded and tagged (default: git HEAD). Refused under CI.
  --actor <name>       Who deploys (default: GITHUB_ACTOR or user@host). Refused under CI.
  --trigger <name>     What started it (default: ci under CI, else cli).
  --json               Print { runId, env, status, stacks: [{ project, stack, layer, status, startedAt, finishedAt, error }] }.

Exit: 0 succeeded, 1 failed / rolled back, 2 usage error or refused (gated environment, dirty tree).`,
  async run(args, io) {
    const { values } = parseCommandArgs('deploy', args, {
      env: { type: 'string' },
      ...TARGET_OPTIONS,
      concurrency: { type: 'string' },
      executor: { type: 'string' },
      'max-attempts': { type: 'string' },
      rollback: { type: 'string' },
      force: { type: 'boolean' },
      'allow-stateful-destroy': { type: 'boolean' },
      wait: { type: 'boolean' },
      'break-glass': { type: 'boolean' },
      reason: { type: 'string' },
      sha: { type: 'string' },
      actor: { type: 'string' },
      trigger: { type: 'string' },
      json: { type: 'boolean' },
    });
    const envName = requireEnv('deploy', values.env);
    const concurrency = parseConcurrency(values.concurrency);
    const executor = values.executor ?? 'local';
    if (executor !== 'local' && executor !== 'workers')
      throw new UsageError(`--executor: got '${executor}'; use local or workers.`);
    const maxAttempts = parseMaxAttempts(values['max-attempts'], executor);
    const rollback = values.rollback ?? 'run';
    if (rollback !== 'run' && rollback !== 'none')
      throw new UsageError(`--rollback: got '${rollback}'; use run or none.`);
    const workspace = openWorkspace(io);
    const env = openEnvironment(workspace, envName);
    if (values.reason !== undefined && !values['break-glass'])
      throw new UsageError('--reason goes with --break-glass; a deploy through the gates needs no reason.');
    const breakGlass = refuseDirectChange(
      env,
      'deploy',
      values['break-glass'] ? { reason: values.reason ?? '' } : undefined,
    );
    const revision = deployedRevision(workspace.root, env, io, values.sha);
    const actor = currentActor(io, values.actor);
    const targets = await resolveTargets('deploy', workspace, values, envName);
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
        gitSha: revision.gitSha,
        treeDigest: revision.treeDigest,
        actor,
        ...(breakGlass ? { breakGlass } : {}),
        trigger: currentTrigger(io, values.trigger),
        ...(targets.baseRef ? { baseRef: targets.baseRef } : {}),
        concurrency,
        rollback,
        force: values.force ?? false,
        wait: values.wait ?? false,
        gate: policyGate(env),
        ...deletedProjects(targets, values['allow-stateful-destroy'] ?? false),
        ...(targets.renamed.length > 0 ? { renames: targets.renamed } : {}),
        ...(executor === 'workers' ? { executor: workerExecutor(maxAttempts ? { maxAttempts } : {}) } : {}),
        onEvent: progress.onEvent,
        signal: controller.signal,
        keepDeployments: keepDeployments(io),
        ...(io.env.STRATUM_LOCAL_POSTGRES_URL ? { localDatabaseUrl: io.env.STRATUM_LOCAL_POSTGRES_URL } : {}),
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

/** The destroy of the projects deleted since the base (`--affected`), synthesized from the base commit. */
export function deletedProjects(targets: Targets, allowStateful: boolean): Pick<DeployOptions, 'destroy'> {
  if (targets.deleted.length === 0 || !targets.baseSha) return {};
  return {
    destroy: {
      projects: targets.deleted,
      source: { kind: 'commit', commit: targets.baseSha },
      allowStateful,
      cli: STRATUM_BIN,
    },
  };
}

export function parseConcurrency(value: string | undefined): number {
  if (value === undefined) return 4;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new UsageError(`--concurrency: got '${value}'; give a whole number from 1 to 64.`);
  return n;
}

/** `--max-attempts N`: only with `--executor workers`, a whole number from 1 to 10. */
export function parseMaxAttempts(value: string | undefined, executor: string): number | undefined {
  if (value === undefined) return undefined;
  if (executor !== 'workers')
    throw new UsageError(
      `--max-attempts goes with --executor workers (claims of a stack by workers); got --executor ${executor}.`,
    );
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10)
    throw new UsageError(`--max-attempts: got '${value}'; give a whole number from 1 to 10.`);
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
      `${s.stack.padEnd(36)} ${s.layer.padEnd(14)} ${s.status.padEnd(16)}${s.worker ? ` [${s.worker}]` : ''}${s.error ? ` ${s.error.split('\n')[0]}` : ''}`,
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
