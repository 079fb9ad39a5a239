import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeWorkspace } from '@stratum/workspace/src/testing';
import type { CommandIO } from '../io';
import { main } from '../main';

export const REPO_ROOT = join(__dirname, '../../../..');

/** A stack that only has what the base stack adds (provider, backend, tags). */
export const EMPTY_STACK = `import { StratumStack, type Construct, type StackContext } from '@stratum/constructs';
export default class EmptyStack extends StratumStack {
  constructor(scope: Construct, ctx: StackContext) {
    super(scope, ctx);
  }
}
`;

/** A temp workspace inside the repo (so @stratum/* resolve) with the shipped environment files. */
export function cliWorkspace(files: Record<string, string>): string {
  const envs = Object.fromEntries(
    ['local', 'local-prod', 'dev', 'staging', 'prod'].map((env) => [
      `environments/${env}.yaml`,
      readFileSync(join(REPO_ROOT, 'environments', `${env}.yaml`), 'utf8'),
    ]),
  );
  return makeWorkspace({ ...envs, ...files }, join(REPO_ROOT, '.stratum', 'tmp'));
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process against `root`. */
export async function runCli(root: string, ...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CommandIO = {
    out: (t) => (stdout += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => (stderr += t.endsWith('\n') ? t : `${t}\n`),
    cwd: root,
    env: { ...process.env, STRATUM_ROOT: root },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
