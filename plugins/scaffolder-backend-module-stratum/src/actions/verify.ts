import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { SYNTH_OUT_DIR } from '@stratum/config';
import { assertName, ScaffoldInputError } from '@stratum/scaffold';
import { examples } from './verify.examples';
import { taskRepository } from './monorepo';
import { runNode, toolMessage } from './runTool';

const PROJECT_ROOT = /^services\/([^/]+)\/([^/]+)$/;

/** `services/<service>/<stack>` → the project name `<service>-<stack>`, both parts checked like names. */
function projectName(root: string): string {
  const match = PROJECT_ROOT.exec(root);
  if (!match)
    throw new InputError(
      `projects: ${JSON.stringify(root)} is not a service project folder (services/<service>/<stack>).`,
    );
  try {
    return `${assertName('projects', match[1])}-${assertName('projects', match[2])}`;
  } catch (error) {
    if (error instanceof ScaffoldInputError) throw new InputError(error.message);
    throw error;
  }
}

/** True when `dir` holds a `*.test.ts` file (node_modules and synth output skipped). */
function hasTests(dir: string): boolean {
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { withFileTypes: true }).some((entry) =>
    entry.isDirectory()
      ? entry.name !== 'node_modules' && entry.name !== SYNTH_OUT_DIR && hasTests(join(dir, entry.name))
      : entry.name.endsWith('.test.ts'),
  );
}

/**
 * `stratum:verify`: before anything is published, runs on the task's monorepo clone what CI runs — `stratum synth`
 * and the `stratum policy` gate for the environment (prod: the strict profile), then the new projects' own tests
 * (`tools/scripts/run-tests.mjs <folders>`). Each tool runs with an argv array; a failure fails the task with the
 * tool's own message.
 */
export function verifyAction() {
  return createTemplateAction({
    id: 'stratum:verify',
    description:
      'Synthesizes the new projects, runs the policy gate and their tests on the monorepo clone; fails with the tool message.',
    examples,
    schema: {
      input: {
        workspaceDir: (z) =>
          z
            .string()
            .describe('The monorepo clone in the task workspace (the create step output workspaceDir).'),
        projects: (z) =>
          z.array(z.string()).min(1).describe('Project folders to verify, e.g. services/billing/app.'),
        env: (z) =>
          z
            .string()
            .optional()
            .describe('Environment whose synth and policy profile apply (default prod, the strict gate).'),
      },
      output: {
        checks: (z) =>
          z.array(z.string()).describe('The checks that passed, in order: synth, policy, tests.'),
      },
    },
    async handler(ctx) {
      const dir = taskRepository(ctx, ctx.input.workspaceDir);
      const env = (() => {
        try {
          return assertName('env', ctx.input.env ?? 'prod');
        } catch (error) {
          throw new InputError((error as Error).message);
        }
      })();
      const names = ctx.input.projects.map(projectName);
      for (const root of ctx.input.projects)
        if (!existsSync(join(dir, root, 'stratum.yaml')))
          throw new InputError(`projects: ${root}/stratum.yaml does not exist in the clone.`);
      const secrets = Object.values(ctx.secrets ?? {}).filter((s): s is string => typeof s === 'string');
      const toolEnv = { ...process.env, STRATUM_ROOT: dir, FORCE_COLOR: '0', NO_COLOR: '1' };
      const cli = join(dir, 'tools', 'cli', 'bin', 'stratum.cjs');
      const steps: [check: string, args: string[]][] = [
        ['synth', [cli, 'synth', '--env', env, '--projects', names.join(',')]],
        ['policy', [cli, 'policy', '--env', env, '--projects', names.join(',')]],
        [
          'tests',
          [join(dir, 'tools', 'scripts', 'run-tests.mjs'), ...ctx.input.projects.map((p) => `${p}/`)],
        ],
      ];
      const passed: string[] = [];
      for (const [check, args] of steps) {
        if (check === 'tests' && !ctx.input.projects.some((p) => hasTests(join(dir, p)))) continue;
        ctx.logger.info(`stratum:verify: ${check} for ${names.join(', ')}`);
        const run = await runNode(dir, args, toolEnv, ctx.signal);
        if (run.code !== 0)
          throw new Error(
            `stratum:verify: ${check} failed for ${names.join(', ')} (exit ${run.code}):\n${toolMessage(run.output, secrets)}`,
          );
        ctx.logger.info(toolMessage(run.output, secrets, 5));
        passed.push(check);
      }
      ctx.output('checks', passed);
    },
  });
}
