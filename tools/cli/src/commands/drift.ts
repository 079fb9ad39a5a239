import { checkDrift } from '@stratum/deploy';
import { terraformSettings } from '@stratum/terraform';
import { parseCommandArgs, requireEnv, splitList } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';
import { currentActor, currentGitSha, currentTrigger, openWorkspaceLedger } from '../run-context';
import { openEnvironment, openWorkspace, selectProjects } from '../workspace-context';
import { parseConcurrency } from './deploy';

export const driftCommand: Command = {
  name: 'drift',
  summary: 'Find resources changed outside Terraform (exit 3 when there is drift).',
  usage: `Usage: stratum drift --env <env> [--projects a,b] [--concurrency N] [--json]

Runs \`terraform plan -refresh-only -detailed-exitcode\` on every deployed stack, with the artifact it was last
deployed with, and names each drifted resource and attribute (expected → actual). Findings go to the ledger
as a run of kind drift. Exit 0 no drift, 3 drift found, 1 a stack could not be checked.

Options:
  --env <env>        Environment. Required.
  --projects a,b     Only these projects (default: all).
  --concurrency N    Stacks checked at once (default 4).
  --json             Print { runId, env, drifted, stacks: [{ project, stack, status, findings: [{ address, attribute, expected, actual }] }] }.`,
  async run(args, io) {
    const { values } = parseCommandArgs('drift', args, {
      env: { type: 'string' },
      projects: { type: 'string' },
      concurrency: { type: 'string' },
      json: { type: 'boolean' },
    });
    const envName = requireEnv('drift', values.env);
    const workspace = openWorkspace(io);
    const env = openEnvironment(workspace, envName);
    const projects = selectProjects(workspace, splitList('projects', values.projects));
    const ledger = await openWorkspaceLedger(workspace, io);
    try {
      for (const run of await ledger.findInterruptedRuns(env.name)) {
        io.err(
          `note: run ${run.id} was interrupted; roll it back with \`stratum rollback --env ${env.name} --run ${run.id}\`.`,
        );
      }
      const report = await checkDrift({
        workspace,
        env,
        ledger,
        settings: terraformSettings(workspace.root, io.env),
        projects,
        gitSha: currentGitSha(workspace.root, io),
        actor: currentActor(io),
        trigger: currentTrigger(io),
        concurrency: parseConcurrency(values.concurrency),
      });
      if (values.json) io.out(JSON.stringify(report, null, 2));
      else {
        for (const s of report.stacks) {
          io.out(`${s.stack.padEnd(36)} ${s.status}${s.error ? `: ${s.error.split('\n')[0]}` : ''}`);
          for (const f of s.findings)
            io.out(`    ${f.address}.${f.attribute}: expected ${f.expected}, found ${f.actual}`);
        }
        io.out(
          report.drifted
            ? `Drift found (run ${report.runId}). Bring the resources back with \`stratum deploy --env ${env.name} --projects <project> --force\`, or codify the change.`
            : `No drift in ${env.name} (run ${report.runId}).`,
        );
      }
      if (report.stacks.some((s) => s.status === 'error')) return EXIT.failure;
      return report.drifted ? EXIT.drift : EXIT.ok;
    } finally {
      await ledger.close();
    }
  },
};
