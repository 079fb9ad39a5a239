/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface CommandIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Working directory the command was started in. */
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

export function processIO(): CommandIO {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    cwd: process.cwd(),
    env: process.env,
  };
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, failure: 1, usage: 2, drift: 3 } as const;
