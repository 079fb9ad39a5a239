import { spawn } from 'node:child_process';
import type { TerraformSettings } from './cli-config';

export interface TerraformResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Raised when the terraform binary cannot be started at all (missing, not executable). */
export class TerraformStartError extends Error {
  override readonly name = 'TerraformStartError';
}

/**
 * Runs `terraform <args>` in `cwd` and resolves with its exit code and output; never rejects for a
 * non-zero exit. Output is capped at `maxOutputBytes` per stream (the tail is kept).
 */
export function runTerraform(
  settings: TerraformSettings,
  args: readonly string[],
  cwd: string,
  { maxOutputBytes = 4_000_000 }: { readonly maxOutputBytes?: number } = {},
): Promise<TerraformResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(settings.bin, ['-chdir=' + cwd, ...args], {
      env: settings.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const keep = (buf: string, chunk: Buffer): string => {
      const next = buf + chunk.toString('utf8');
      return next.length > maxOutputBytes ? next.slice(next.length - maxOutputBytes) : next;
    };
    child.stdout.on('data', (chunk: Buffer) => (stdout = keep(stdout, chunk)));
    child.stderr.on('data', (chunk: Buffer) => (stderr = keep(stderr, chunk)));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        new TerraformStartError(
          error.code === 'ENOENT'
            ? `terraform binary '${settings.bin}' not found; install Terraform 1.5+ or set STRATUM_TERRAFORM_BIN to its path.`
            : `could not start terraform binary '${settings.bin}': ${error.message}`,
        ),
      );
    });
    child.on('close', (code, signal) => resolve({ exitCode: code ?? (signal ? 128 : 1), stdout, stderr }));
  });
}

/** Terminal colour codes (ESC [ … m), built from a string so the pattern has no control character literal. */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** The first meaningful error lines of terraform's output, without colour codes. */
export function terraformError(result: TerraformResult): string {
  const text = `${result.stderr}\n${result.stdout}`.replace(ANSI_COLOUR, '');
  const lines = text
    .split('\n')
    .map((l) => l.replace(/^[│╷╵]\s?/, '').trimEnd())
    .filter((l) => l.trim() !== '');
  const start = lines.findIndex((l) => /^Error:/.test(l.trim()));
  return (start >= 0 ? lines.slice(start, start + 12) : lines.slice(-12)).join('\n');
}
