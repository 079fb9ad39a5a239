import { UsageError } from '@stratum/config';
import { promote, PromotionRefusedError, type AwsCredentials, type BakeEvent } from '@stratum/deploy';
import { terraformSettings } from '@stratum/terraform';
import { readOrgUserEntities, readPortalSigningKeys } from '@stratum/workspace';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { EXIT, type CommandIO } from '../io';
import { policyGate } from '../policy-gate';
import { Progress } from '../progress';
import { currentActor, currentGitSha, openWorkspaceLedger } from '../run-context';
import { openEnvironment, openWorkspace } from '../workspace-context';
import { parseConcurrency, printReport } from './deploy';
import { keepDeployments } from './ledger';

export const promoteCommand: Command = {
  name: 'promote',
  summary: 'Deploy to the next environment exactly the commit the previous one runs.',
  usage: `Usage: stratum promote --from <env> --to <env> [--bake-seconds N] [--concurrency N] [--wait] [--json]

Deploys every project to <to> at exactly the git sha last deployed successfully to <from>, with <to>'s own
environment data, region by region (stopping at the first failed region, with rollback). Refused unless
environments/<to>.yaml names <from> as its promotion source, the last deploy to <from> succeeded, a drift check
since then found nothing, <to>'s approval rule is met, and that sha is checked out here (with a clean tree).

Approvals are SSH signatures stored in the ledger by \`stratum approve --env <to> --sha <sha> --key <key>\`.
Only those that verify against the approver's stratum.dev/ssh-signing-key in services/org.yaml count, for
that exact sha and environment, from distinct members of approvals.approvers, never the promoter's own. No platform SLO error budget of <from> or <to> may be spent
(\`stratum slo check\`).

After each region comes a bake of promotion.bakeSeconds (environments/<to>.yaml; --bake-seconds N overrides,
0 skips it): every promotion.healthIntervalSeconds (default 5) the CloudWatch alarms of the region's monitoring
stacks are checked (with AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY on real AWS), and, when promotion.prometheusUrl
is set, the burn-rate alerts of the services the region changed. An alarm in state ALARM or a firing alert
halts the rollout: the region (and any earlier one) rolls back, later regions are not started, and the run's
error names the alarm. --json prints the deploy report, each stack with its region.

Exit: 0 promoted, 1 refused, failed or halted (rolled back), 2 usage error.`,
  async run(args, io) {
    const { values } = parseCommandArgs('promote', args, {
      from: { type: 'string' },
      to: { type: 'string' },
      'approved-by': { type: 'string' },
      concurrency: { type: 'string' },
      'bake-seconds': { type: 'string' },
      wait: { type: 'boolean' },
      actor: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values['approved-by'] !== undefined) {
      throw new UsageError(
        '--approved-by was removed: a typed name is not an approval. Each approver signs with ' +
          '`stratum approve --env <to> --sha <sha> --key <ssh private key>`, and promote counts the signed approvals in the ledger.',
      );
    }
    if (!values.from || !values.to)
      throw new UsageError('stratum promote: --from <env> and --to <env> are required.');
    const bakeSeconds = parseBakeSeconds(values['bake-seconds']);
    const workspace = openWorkspace(io);
    const from = openEnvironment(workspace, values.from);
    const to = openEnvironment(workspace, values.to);
    const ledger = await openWorkspaceLedger(workspace, io);
    const progress = Progress.for(io, values.json ?? false);
    try {
      const report = await promote({
        workspace,
        ...(io.env.STRATUM_LOCAL_POSTGRES_URL ? { localDatabaseUrl: io.env.STRATUM_LOCAL_POSTGRES_URL } : {}),
        from,
        to,
        ledger,
        settings: terraformSettings(workspace.root, io.env),
        checkedOut: currentGitSha(workspace.root, { ...io, env: { ...io.env, GITHUB_SHA: '' } }),
        users: readOrgUserEntities(workspace.root),
        portalKeys: readPortalSigningKeys(workspace.root),
        actor: currentActor(io, values.actor),
        concurrency: parseConcurrency(values.concurrency),
        wait: values.wait ?? false,
        gate: policyGate(to),
        onEvent: progress.onEvent,
        ...(bakeSeconds !== undefined ? { bakeSeconds } : {}),
        keepDeployments: keepDeployments(io),
        ...awsCredentials(io),
        ...(values.json ? {} : { onBake: (event: BakeEvent) => printBake(io, event) }),
      });
      progress.stop();
      printReport(io, report, values.json ?? false);
      return report.status === 'succeeded' ? EXIT.ok : EXIT.failure;
    } catch (error) {
      if (error instanceof PromotionRefusedError) {
        io.err(`stratum promote: refused: ${error.message}`);
        return EXIT.failure;
      }
      throw error;
    } finally {
      progress.stop();
      await ledger.close();
    }
  },
};

/** `--bake-seconds`: whole seconds from 0 (no bake) to a day. */
export function parseBakeSeconds(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 86_400)
    throw new UsageError(`--bake-seconds: got '${value}'; give whole seconds from 0 (no bake) to 86400.`);
  return n;
}

/** The caller's static AWS credentials, for the bake's CloudWatch calls on real AWS. */
function awsCredentials(io: CommandIO): { awsCredentials?: AwsCredentials } {
  const {
    AWS_ACCESS_KEY_ID: accessKeyId,
    AWS_SECRET_ACCESS_KEY: secretAccessKey,
    AWS_SESSION_TOKEN: token,
  } = io.env;
  if (!accessKeyId || !secretAccessKey) return {};
  return { awsCredentials: { accessKeyId, secretAccessKey, ...(token ? { sessionToken: token } : {}) } };
}

function printBake(io: CommandIO, event: BakeEvent): void {
  if (event.kind === 'started') {
    io.err(`baking ${event.region} for ${event.seconds} s, watching ${event.checks.join(' and ')}`);
  } else if (event.kind === 'check-error') {
    io.err(`bake of ${event.region}: ${event.check} could not be checked: ${event.error}`);
  } else if (event.problems > 0) {
    io.err(
      `bake of ${event.region}: unhealthy after ${Math.round(event.elapsedMs / 1000)} s; halting the rollout`,
    );
  }
}
