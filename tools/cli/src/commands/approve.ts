import { UsageError } from '@stratum/config';
import {
  ApprovalRefusedError,
  approveBreakGlassRun,
  approvePromotion,
  SshSigningError,
} from '@stratum/deploy';
import type { Approval } from '@stratum/ledger';
import { readOrgUserEntities } from '@stratum/workspace';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';
import { openWorkspaceLedger } from '../run-context';
import { openEnvironment, openWorkspace } from '../workspace-context';

const FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

export const approveCommand: Command = {
  name: 'approve',
  summary: 'Sign an approval with your SSH key: a promotion of one sha, or a break-glass run after the fact.',
  usage: `Usage: stratum approve --env <env> --sha <sha> --key <ssh key> [--json]
       stratum approve --run <id> --key <ssh key> [--json]

Signs (env, sha, time) with \`ssh-keygen -Y sign -n stratum-approval\` and stores the signature in the ledger.
\`stratum promote --to <env>\` counts it when it verifies against your User's stratum.dev/ssh-signing-key in
services/org.yaml, you are in the environment's approver groups, and you are not the one promoting.
With --run, approves a break-glass run after the fact (never your own); the portal's banner then clears.

Options:
  --env <env>    The environment to promote into (its approvals.required must be above 0).
  --sha <sha>    The full commit sha to let in (\`git rev-parse <ref>\`).
  --run <id>     A break-glass run (see \`stratum runs\`) instead of --env/--sha.
  --key <path>   Your SSH private key (or its .pub with the private key in ssh-agent). Required.
  --json         Print the stored approval.`,
  async run(args, io) {
    const { values } = parseCommandArgs('approve', args, {
      env: { type: 'string' },
      sha: { type: 'string' },
      run: { type: 'string' },
      key: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (!values.key) throw new UsageError('stratum approve: --key <ssh private key> is required.');
    if (values.run !== undefined && (values.env !== undefined || values.sha !== undefined))
      throw new UsageError('stratum approve: give either --run <id>, or --env <env> with --sha <sha>.');
    if (values.run === undefined && (!values.env || !values.sha))
      throw new UsageError('stratum approve: --env <env> and --sha <sha> are required (or --run <id>).');
    if (values.sha !== undefined && !FULL_SHA.test(values.sha))
      throw new UsageError(
        `--sha: got '${values.sha}'; give the full commit sha (\`git rev-parse ${values.sha}\`), exactly what promote deploys.`,
      );
    const workspace = openWorkspace(io);
    const users = readOrgUserEntities(workspace.root);
    const env = values.env ? openEnvironment(workspace, values.env) : undefined;
    const ledger = await openWorkspaceLedger(workspace, io);
    try {
      const base = { ledger, users, keyPath: values.key };
      const approval: Approval = env
        ? await approvePromotion({ ...base, env, gitSha: values.sha! })
        : await approveBreakGlassRun({ ...base, runId: values.run! });
      if (values.json) io.out(JSON.stringify(approval, null, 2));
      else
        io.out(
          approval.runId
            ? `${approval.approver} approved break-glass run ${approval.runId} (${approval.env}, ${approval.gitSha}) after the fact.`
            : `${approval.approver} approved ${approval.gitSha} for '${approval.env}' (signed ${approval.signedAt}); \`stratum promote --to ${approval.env}\` counts it.`,
        );
      return EXIT.ok;
    } catch (error) {
      if (error instanceof ApprovalRefusedError || error instanceof SshSigningError) {
        io.err(`stratum approve: refused: ${error.message}`);
        return EXIT.failure;
      }
      throw error;
    } finally {
      await ledger.close();
    }
  },
};
