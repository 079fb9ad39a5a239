import type { CommandIO } from './io';

/** One `stratum <name>` verb. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Full usage text, printed with `--help` and after a usage error. */
  readonly usage: string;
  run(args: readonly string[], io: CommandIO): Promise<number>;
}
