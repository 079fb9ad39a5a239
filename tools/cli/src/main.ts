/* eslint-disable @typescript-eslint/no-require-imports -- error classes required lazily (see isExpectedError) */
import { ConfigError, UsageError } from '@stratum/config';
import { EXIT, processIO, type CommandIO } from './io';
import { COMMANDS, loadAllCommands } from './registry';

export { COMMANDS } from './registry';

function help(): string {
  const commands = loadAllCommands();
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: stratum <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run `stratum <command> --help` for a command's options. Exit codes: 0 ok, 1 failure, 2 usage error, 3 drift found.",
  ].join('\n');
}

/**
 * Errors whose message says what went wrong and what to do: printed without a stack. Their packages are
 * required only when a command failed (by then the command has loaded them), so start-up does not pay for them.
 */
function isExpectedError(error: unknown): boolean {
  const { GraphError } = require('@stratum/graph') as typeof import('@stratum/graph');
  const deploy = require('@stratum/deploy') as typeof import('@stratum/deploy');
  const { LedgerError } = require('@stratum/ledger') as typeof import('@stratum/ledger');
  const { TerraformStartError } = require('@stratum/terraform') as typeof import('@stratum/terraform');
  return (
    error instanceof ConfigError ||
    error instanceof GraphError ||
    error instanceof TerraformStartError ||
    error instanceof LedgerError ||
    error instanceof deploy.EnvironmentLockedError ||
    error instanceof deploy.EndpointUnreachableError
  );
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function main(argv: readonly string[], io: CommandIO = processIO()): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.out : io.err)(help());
    return name ? EXIT.ok : EXIT.usage;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.err(`stratum: unknown command '${name}'.\n\n${help()}`);
    return EXIT.usage;
  }
  const command = load();
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.usage);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      // A refused change (gated environment, dirty tree) is not a typo: its message says what to do instead.
      const { ChangeRefusedError } = require('@stratum/deploy') as typeof import('@stratum/deploy');
      io.err(error instanceof ChangeRefusedError ? error.message : `${error.message}\n\n${command.usage}`);
      return EXIT.usage;
    }
    if (error instanceof Error && isExpectedError(error)) {
      io.err(`stratum ${name}: ${error.message}`);
      return EXIT.failure;
    }
    io.err(
      `stratum ${name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return EXIT.failure;
  }
}
