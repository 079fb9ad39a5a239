import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { ApplyResult, RollbackResult, StackRunner, StackUnit } from '../scheduler/types';

/** Path of the fake terraform script (also usable as STRATUM_TERRAFORM_BIN in end-to-end tests). */
export const fakeTerraformPath = join(__dirname, 'fake-terraform.cjs');

export interface ProcessRunnerOptions {
  /** Executable to spawn, e.g. `process.execPath` (with `prefixArgs: [fakeTerraformPath]`) or a terraform binary. */
  readonly bin: string;
  /**
   * Arguments put before the terraform command.
   * @default []
   */
  readonly prefixArgs?: readonly string[];
  /**
   * Folder of a unit's stack, passed as `-chdir=`; the fake terraform names the stack after its last segment.
   * @default the unit id
   */
  readonly stackDir?: (unit: StackUnit) => string;
  /**
   * Environment of the child processes.
   * @default process.env of the caller
   */
  readonly env?: NodeJS.ProcessEnv;
  /**
   * Output kept per stream and process (the tail).
   * @default 1_000_000
   */
  readonly maxOutputBytes?: number;
}

interface ProcessOutcome {
  readonly exitCode: number;
  readonly output: string;
  readonly startError?: string;
}

/**
 * A runner that spawns a terraform-compatible binary: `apply -auto-approve` to apply, `destroy -auto-approve`
 * to roll back. Exit 0 is success (`unchanged` when terraform says "No changes."), anything else a failure
 * whose `changed` tells whether any resource completed first. It waits for the child to exit: it never
 * kills an apply; an aborted signal only prevents a start.
 */
export function createProcessRunner({
  bin,
  prefixArgs = [],
  stackDir = (unit) => unit.id,
  env = process.env,
  maxOutputBytes = 1_000_000,
}: ProcessRunnerOptions): StackRunner {
  function run(unit: StackUnit, command: 'apply' | 'destroy'): Promise<ProcessOutcome> {
    const args = [
      ...prefixArgs,
      `-chdir=${stackDir(unit)}`,
      command,
      '-auto-approve',
      '-input=false',
      '-no-color',
    ];
    return new Promise((resolve) => {
      const child = spawn(bin, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      const keep = (chunk: Buffer): void => {
        output += chunk.toString('utf8');
        if (output.length > maxOutputBytes) output = output.slice(output.length - maxOutputBytes);
      };
      child.stdout.on('data', keep);
      child.stderr.on('data', keep);
      child.on('error', (error: NodeJS.ErrnoException) => {
        const why = error.code === 'ENOENT' ? 'not found' : error.message;
        resolve({
          exitCode: -1,
          output,
          startError: `could not start '${bin}' (${why}); check the terraform binary path`,
        });
      });
      child.on('close', (code, signal) => resolve({ exitCode: code ?? (signal ? 128 : 1), output }));
    });
  }

  return {
    async apply(unit, signal): Promise<ApplyResult> {
      if (signal?.aborted)
        return { status: 'failed', changed: false, error: 'not started: the run was cancelled' };
      const { exitCode, output, startError } = await run(unit, 'apply');
      if (startError) return { status: 'failed', changed: false, error: startError };
      if (exitCode === 0)
        return { status: /^No changes\./m.test(output) ? 'unchanged' : 'succeeded', exitCode };
      const changed = /: (Creation|Modifications|Destruction) complete/.test(output);
      return { status: 'failed', changed, exitCode, error: errorLines(output, exitCode) };
    },
    async rollback(unit): Promise<RollbackResult> {
      const { exitCode, output, startError } = await run(unit, 'destroy');
      if (startError) return { ok: false, error: startError };
      return exitCode === 0 ? { ok: true } : { ok: false, error: errorLines(output, exitCode) };
    },
  };
}

/** The `Error:` lines of terraform output, or its tail, with the exit code. */
function errorLines(output: string, exitCode: number): string {
  const lines = output
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const start = lines.findIndex((l) => l.startsWith('Error:'));
  const picked = start >= 0 ? lines.slice(start, start + 8) : lines.slice(-8);
  return `${picked.join('\n') || 'no output'} (exit code ${exitCode})`;
}
