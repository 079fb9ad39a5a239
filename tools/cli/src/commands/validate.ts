import { UsageError } from '@stratum/config';
import { join } from 'node:path';
import { synthesize } from '@stratum/synth';
import { terraformSettings, validateStacks } from '@stratum/terraform';
import { parseCommandArgs, requireEnv, splitList } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';
import { openEnvironment, openWorkspace, selectProjects } from '../workspace-context';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Synthesize, then run terraform validate on every stack (offline through the provider mirror).',
  usage: `Usage: stratum validate --env <env> [--projects a,b] [--concurrency N] [--json]

Synthesizes the projects, then runs \`terraform init -backend=false\` and \`terraform validate\` in every stack.
Providers come from the filesystem mirror when one exists (tools/terraform/config/mirror.tfrc), else the
registry; set STRATUM_TF_CLI_CONFIG to choose a CLI config and STRATUM_TERRAFORM_BIN for the binary.
Stacks whose Terraform JSON was validated before are not validated again.

Options:
  --env <env>        Environment name. Required.
  --projects a,b     Only these projects (default: all).
  --concurrency N    Stacks validated at once (default 2).
  --json             Print [{ "stack", "valid", "cached", "error"? }].`,
  async run(args, io) {
    const { values } = parseCommandArgs('validate', args, {
      env: { type: 'string' },
      projects: { type: 'string' },
      concurrency: { type: 'string' },
      json: { type: 'boolean' },
    });
    const envName = requireEnv('validate', values.env);
    const concurrency = values.concurrency === undefined ? 2 : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) {
      throw new UsageError(`--concurrency: got '${values.concurrency}'; give a whole number from 1 to 32.`);
    }
    const workspace = openWorkspace(io);
    const env = openEnvironment(workspace, envName);
    const projects = selectProjects(workspace, splitList('projects', values.projects));
    const stacks = synthesize({ workspace, env, projects });
    const settings = terraformSettings(workspace.root, io.env);
    const results = await validateStacks(
      stacks.map((s) => ({ stack: s.stack, dir: join(workspace.root, s.dir), hash: s.hash })),
      { settings, cacheDir: join(workspace.root, '.stratum', 'validated'), concurrency },
    );
    const failed = results.filter((r) => !r.valid);
    if (values.json) io.out(JSON.stringify(results, null, 2));
    else {
      for (const r of results)
        io.out(
          `${r.valid ? 'valid  ' : 'INVALID'} ${r.stack}${r.cached ? ' (unchanged since last validate)' : ''}`,
        );
      for (const r of failed) io.err(`\n${r.stack}: ${r.error}`);
      io.out(
        `${results.length - failed.length}/${results.length} stack(s) valid for ${env.name} (providers from ${settings.providerSource})`,
      );
    }
    return failed.length > 0 ? EXIT.failure : EXIT.ok;
  },
};
