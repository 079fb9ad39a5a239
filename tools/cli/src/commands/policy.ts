import { join, resolve } from 'node:path';
import { UsageError } from '@stratum/config';
import { prepareSchemaMigrations } from '@stratum/deploy';
import {
  formatPolicyJson,
  formatPolicyText,
  PolicyInputError,
  policyExitCode,
  runPolicy,
} from '@stratum/policy';
import { synthesize } from '@stratum/synth';
import { parseCommandArgs, splitList } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';
import { openEnvironment, openWorkspace, selectProjects } from '../workspace-context';

export const policyCommand: Command = {
  name: 'policy',
  summary:
    'The policy gate: check synthesized stacks (or any Terraform JSON files) for insecure infrastructure.',
  usage: `Usage: stratum policy --env <env> [--projects a,b] [--json]
       stratum policy [--env <env>] [--json] <file.tf.json>...

With --env and no files: synthesizes the projects for the environment and checks every stack with the
environment's policy profile (environments/<env>.yaml policy.profile and overrides). With files: checks those
Terraform JSON files (the standard profile unless --env is given). Unreadable or truncated input fails closed.

Report: file, resource address, rule id, checkov id, severity, message, fix; every active suppression is listed.
Exit: 0 clean, 1 violations, 2 usage error or unreadable input.

Options:
  --env <env>        Environment whose profile applies.
  --projects a,b     Only these projects (with --env and no files).
  --json             Print { "violations": [...], "suppressed": [...], ... }.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      'policy',
      args,
      { env: { type: 'string' }, projects: { type: 'string' }, json: { type: 'boolean' } },
      true,
    );
    if (positionals.length > 0 && values.projects)
      throw new UsageError('stratum policy: --projects goes with --env, not with files.');
    if (positionals.length === 0 && !values.env)
      throw new UsageError('stratum policy: give --env <env> or one or more Terraform JSON files.');
    let files: string[];
    let env;
    let migrationsRefused: string[] = [];
    if (positionals.length > 0) {
      files = positionals.map((f) => resolve(io.cwd, f));
      if (values.env) env = openEnvironment(openWorkspace(io), values.env);
    } else {
      const workspace = openWorkspace(io);
      env = openEnvironment(workspace, values.env!);
      const projects = selectProjects(workspace, splitList('projects', values.projects));
      files = synthesize({ workspace, env, projects }).map((s) => join(workspace.root, s.dir, 'cdk.tf.json'));
      if (files.length === 0) throw new UsageError('stratum policy: no stacks to check.');
      migrationsRefused = prepareSchemaMigrations(workspace, projects).refused;
    }
    try {
      const report = runPolicy({ files, ...(env ? { env } : {}) });
      io.out(values.json ? formatPolicyJson(report) : formatPolicyText(report));
      for (const line of migrationsRefused) io.err(`schema migration refused: ${line}`);
      return policyExitCode(report) === 0 && migrationsRefused.length === 0 ? EXIT.ok : EXIT.failure;
    } catch (error) {
      if (error instanceof PolicyInputError) {
        io.err(`stratum policy: ${error.message}`);
        return EXIT.usage;
      }
      throw error;
    }
  },
};
