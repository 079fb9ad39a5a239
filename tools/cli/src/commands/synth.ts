import { synthesize } from '@stratum/synth';
import { parseCommandArgs, requireEnv, splitList } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';
import { openEnvironment, openWorkspace, selectProjects } from '../workspace-context';

export const synthCommand: Command = {
  name: 'synth',
  summary: 'Synthesize Terraform JSON (cdk.tf.json) for an environment.',
  usage: `Usage: stratum synth --env <env> [--projects a,b] [--json]

Synthesizes each project once per region of the environment into <project>/cdktf.out/<env>/stacks/<stack>/cdk.tf.json,
all in this one process. A failed project leaves its previous output untouched.

Options:
  --env <env>        Environment name (environments/<env>.yaml). Required.
  --projects a,b     Only these projects (default: all).
  --json             Print [{ "project", "stack", "region", "dir", "hash" }].`,
  async run(args, io) {
    const { values } = parseCommandArgs('synth', args, {
      env: { type: 'string' },
      projects: { type: 'string' },
      json: { type: 'boolean' },
    });
    const envName = requireEnv('synth', values.env);
    const workspace = openWorkspace(io);
    const env = openEnvironment(workspace, envName);
    const projects = selectProjects(workspace, splitList('projects', values.projects));
    const started = Date.now();
    const stacks = synthesize({ workspace, env, projects });
    if (values.json) io.out(JSON.stringify(stacks, null, 2));
    else {
      for (const s of stacks) io.out(`synthesized ${s.stack.padEnd(40)} ${s.dir}/cdk.tf.json`);
      io.out(`${stacks.length} stack(s) for ${env.name} in ${Date.now() - started} ms`);
    }
    return EXIT.ok;
  },
};
