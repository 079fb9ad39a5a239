import { importResources, importScope, parseImportTargets } from '@stratum/deploy';
import { terraformSettings } from '@stratum/terraform';
import { parseCommandArgs, requireEnv } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';
import { currentActor, currentGitSha, currentTrigger, openWorkspaceLedger } from '../run-context';
import { openEnvironment, openWorkspace } from '../workspace-context';

export const importCommand: Command = {
  name: 'import',
  summary:
    'Bring existing resources into a project: typed code, import blocks, a plan that changes nothing else.',
  usage: `Usage: stratum import --env <env> --project <p> [--region r] <type>.<name>=<id>... [--json]

Brings resources created outside Stratum under a project's management. The provider reads each one (a plan
of the project's stack with Terraform import blocks and -generate-config-out); typed code for them, through
the construct library's classes with importFrom(id), is written to <project>/src/imported/<env>-<type>-<name>.ts
(only for that environment and region) and called from src/stack.ts. The project is then planned again: the
import is kept only when that plan imports them and changes nothing else (Stratum's default tags, tags_all,
are added) and the policy gate passes on them; otherwise the files are put back and the import is refused.
The next \`stratum deploy\` applies the import. Recorded as a run of kind import.

Example: stratum import --env local --project legacy-data aws_s3_bucket.legacy=my-bucket \\
           aws_s3_bucket_public_access_block.legacy=my-bucket

Options:
  --env <env>        Environment. Required.
  --project <p>      The project that adopts the resources. Required.
  --region <r>       The region holding them (default: the environment's only region).
  --json             Print { runId, env, project, stack, status, files, imports, counts, problems, policy }.

Exit 0 planned (code written), 1 refused (nothing written), 2 usage error.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      'import',
      args,
      {
        env: { type: 'string' },
        project: { type: 'string' },
        region: { type: 'string' },
        json: { type: 'boolean' },
      },
      true,
    );
    const envName = requireEnv('import', values.env);
    const targets = parseImportTargets(positionals);
    const workspace = openWorkspace(io);
    const env = openEnvironment(workspace, envName);
    const { project, region } = importScope(workspace, env, values.project, values.region);
    const ledger = await openWorkspaceLedger(workspace, io);
    try {
      const report = await importResources({
        workspace,
        env,
        project,
        region,
        targets,
        ledger,
        settings: terraformSettings(workspace.root, io.env),
        gitSha: currentGitSha(workspace.root, io),
        actor: currentActor(io),
        trigger: currentTrigger(io),
      });
      if (values.json) io.out(JSON.stringify(report, null, 2));
      else {
        for (const f of report.policy)
          io.out(
            `policy: ${f.address}: ${f.rule} (${f.severity}${f.blocking ? ', blocking' : ''}): ${f.message}`,
          );
        if (report.status === 'planned') {
          for (const i of report.imports)
            io.out(
              `${i.address} (${i.id}): will be imported${i.changes.length ? `; also changes ${i.changes.join(', ')}` : ''}`,
            );
          io.out(
            `Plan of ${report.stack}: ${report.imports.length} to import, 0 to add, 0 to change, 0 to destroy otherwise ` +
              `(run ${report.runId}). Wrote ${report.files.join(', ')}: review and commit them, then ` +
              `\`stratum deploy --env ${env.name} --projects ${project}\` applies the import.`,
          );
        } else {
          for (const p of report.problems) io.err(`refused: ${p}`);
          io.err(`stratum import: refused (run ${report.runId}); nothing was written.`);
        }
      }
      return report.status === 'planned' ? EXIT.ok : EXIT.failure;
    } finally {
      await ledger.close();
    }
  },
};
