import { UsageError } from '@stratum/config';
import { deploy, DependantsExistError, deployedProjects, destroySelection } from '@stratum/deploy';
import { withDependants } from '@stratum/graph';
import { terraformSettings } from '@stratum/terraform';
import { parseCommandArgs, requireEnv, splitList } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';
import { currentActor, currentGitSha, currentTrigger, openWorkspaceLedger } from '../run-context';
import { openEnvironment, openWorkspace, selectProjects } from '../workspace-context';
import { parseConcurrency, printReport } from './deploy';

export const destroyCommand: Command = {
  name: 'destroy',
  summary: 'Tear projects down in an environment, dependants first; refuses while a dependant still exists.',
  usage: `Usage: stratum destroy --env <env> --projects a,b [--with-dependants] [--allow-stateful-destroy] [options]

Locks the environment, records a run, synthesizes the projects and destroys their stacks dependants first
(terraform plan -destroy, then apply that plan), several at once. A project that something still deployed in
the environment depends on (per the ledger) is refused unless --with-dependants, which destroys those
dependants too. Databases, buckets, KMS keys and other stateful resources are refused unless
--allow-stateful-destroy or a STRAT-DESTROY-001 policy exception on the resource; the report says what is lost.
A destroy is not rolled back: a failed one leaves what it depends on in place and ends the run failed.

Options:
  --env <env>                Environment. Required.
  --projects a,b             Projects to destroy. Required.
  --with-dependants          Also destroy every deployed project that depends on them.
  --allow-stateful-destroy   Destroy stateful resources (their data is lost).
  --concurrency N            Stacks destroyed at once (default 4).
  --wait                     Wait for another run's lock on the environment instead of failing.
  --sha <sha> --actor <name> --trigger <name>   Recorded with the run (as for deploy).
  --json                     Print the report (stack status destroyed) as JSON.

Exit: 0 destroyed, 1 refused or failed, 2 usage error.`,
  async run(args, io) {
    const { values } = parseCommandArgs('destroy', args, {
      env: { type: 'string' },
      projects: { type: 'string' },
      'with-dependants': { type: 'boolean' },
      'allow-stateful-destroy': { type: 'boolean' },
      concurrency: { type: 'string' },
      wait: { type: 'boolean' },
      sha: { type: 'string' },
      actor: { type: 'string' },
      trigger: { type: 'string' },
      json: { type: 'boolean' },
    });
    const envName = requireEnv('destroy', values.env);
    const requested = splitList('projects', values.projects);
    if (!requested) throw new UsageError('stratum destroy: --projects a,b is required.');
    const concurrency = parseConcurrency(values.concurrency);
    const workspace = openWorkspace(io);
    const env = openEnvironment(workspace, envName);
    const projects = selectProjects(workspace, requested);
    const ledger = await openWorkspaceLedger(workspace, io);
    try {
      const exists = await deployedProjects(ledger, env, withDependants(workspace.graph, projects));
      let selection: string[];
      try {
        selection = destroySelection(workspace.graph, projects, exists, {
          env: env.name,
          withDependants: values['with-dependants'] ?? false,
        });
      } catch (error) {
        if (!(error instanceof DependantsExistError)) throw error;
        io.err(`stratum destroy: ${error.message}`);
        return EXIT.failure;
      }
      // The one call site of a destroy: it runs through deploy(), so a gated environment asks of it exactly
      // what it asks of a deploy there (the gate guard of deploy() applies unchanged).
      const report = await deploy({
        workspace,
        env,
        projects: [],
        destroy: {
          projects: selection,
          source: { kind: 'workspace' },
          allowStateful: values['allow-stateful-destroy'] ?? false,
        },
        ledger,
        settings: terraformSettings(workspace.root, io.env),
        gitSha: currentGitSha(workspace.root, io, values.sha),
        actor: currentActor(io, values.actor),
        trigger: currentTrigger(io, values.trigger),
        concurrency,
        wait: values.wait ?? false,
      });
      printReport(io, report, values.json ?? false);
      return report.status === 'succeeded' ? EXIT.ok : EXIT.failure;
    } finally {
      await ledger.close();
    }
  },
};
