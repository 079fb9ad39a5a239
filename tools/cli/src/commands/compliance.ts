import { checkCompliance } from '@stratum/deploy';
import { terraformSettings } from '@stratum/terraform';
import { parseCommandArgs, requireEnv, splitList } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';
import { currentActor, currentGitSha, currentTrigger, openWorkspaceLedger } from '../run-context';
import { openEnvironment, openWorkspace, selectProjects } from '../workspace-context';
import { parseConcurrency } from './deploy';

export const complianceCommand: Command = {
  name: 'compliance',
  summary: 'Run the policy rules over what is deployed (exit 1 on findings).',
  usage: `Usage: stratum compliance --env <env> [--projects a,b] [--concurrency N] [--json]

Reads every deployed stack's real resources (a refresh-only plan of the artifact it was last deployed with)
and runs the policy rules of the environment's profile over that state, not over the code, so a change made
in the console that breaks a rule is caught. Each finding names the rule, the resource and its id, and the
owning project, service and owner group. Recorded as a run of kind compliance; the portal lists the findings
by owner. Exit 0 compliant, 1 findings (or a stack could not be read).

Options:
  --env <env>        Environment. Required.
  --projects a,b     Only these projects (default: all).
  --concurrency N    Stacks read at once (default 4).
  --json             Print { runId, env, profile, findings: [...], warnings: [...], stacks: [...] }.`,
  async run(args, io) {
    const { values } = parseCommandArgs('compliance', args, {
      env: { type: 'string' },
      projects: { type: 'string' },
      concurrency: { type: 'string' },
      json: { type: 'boolean' },
    });
    const envName = requireEnv('compliance', values.env);
    const workspace = openWorkspace(io);
    const env = openEnvironment(workspace, envName);
    const projects = selectProjects(workspace, splitList('projects', values.projects));
    const ledger = await openWorkspaceLedger(workspace, io);
    try {
      const report = await checkCompliance({
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
        for (const s of report.stacks.filter((s) => s.status === 'error'))
          io.err(`${s.stack}: could not be read: ${s.error?.split('\n')[0]}`);
        for (const f of report.findings)
          io.out(
            `${f.owner}: ${f.stack}: ${f.resourceAddress}${f.resourceId ? ` (${f.resourceId})` : ''}: ${f.rule} (${f.severity}): ${f.message}`,
          );
        io.out(
          report.findings.length > 0
            ? `${report.findings.length} compliance finding(s) in ${env.name} (run ${report.runId}): fix the resources, or bring them back to the code with \`stratum deploy --env ${env.name} --projects <project> --force\`.`
            : `${env.name} is compliant with the ${report.profile} profile (run ${report.runId}; ${report.warnings.length} warning(s)).`,
        );
      }
      return report.findings.length > 0 || report.stacks.some((s) => s.status === 'error')
        ? EXIT.failure
        : EXIT.ok;
    } finally {
      await ledger.close();
    }
  },
};
