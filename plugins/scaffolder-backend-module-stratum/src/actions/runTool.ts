import { spawn } from 'node:child_process';

/** The end of a tool's output, secrets replaced, for an error message or the task log. */
export function toolMessage(output: string, secrets: readonly string[], lines = 60): string {
  let text = output.trim().split('\n').slice(-lines).join('\n');
  for (const secret of secrets) if (secret.length >= 4) text = text.split(secret).join('***');
  return text;
}

export interface ToolRun {
  readonly code: number;
  readonly output: string;
}

/** Runs `node <args>` (an argv array, never a shell) in `cwd` and collects stdout and stderr together. */
export function runNode(
  cwd: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(signal ? { signal } : {}),
    });
    let output = '';
    const append = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.length > 2_000_000) output = output.slice(-1_000_000);
    };
    child.stdout.on('data', append);
    child.stderr.on('data', append);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
