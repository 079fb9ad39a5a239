import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** The stratum CLI that ships with this plugin (tools/cli), whichever workspace Nx runs in. */
export const CLI_BIN = join(__dirname, '..', '..', '..', 'cli', 'bin', 'stratum.cjs');

/** Runs `stratum <args>` on the workspace at `root`, streaming its output; resolves with the exit code. */
export function runStratum(root: string, args: readonly string[]): Promise<number> {
  return new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, STRATUM_ROOT: root },
    });
    child.on('error', () => resolve(1));
    child.on('close', (exit) => resolve(exit ?? 1));
  });
}
