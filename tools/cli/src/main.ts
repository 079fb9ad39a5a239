import { ConfigError, UsageError } from '@stratum/config';
import { EXIT, processIO, type CommandIO } from './io';
import { COMMANDS, loadAllCommands } from './registry';

export { COMMANDS } from './registry';

async function help(): Promise<string> {
  const commands = await loadAllCommands();
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
 * Errors whose message says what went wrong and what to do: printed without a stack. Loaded only when a
 * command failed, so start-up does not pay for the packages that define them.
 */
async function isExpectedError(error: unknown): Promise<boolean> {
  const [{ GraphError }, { EndpointUnreachableError, EnvironmentLockedError }, { LedgerError }, terraform] =
    await Promise.all([
      import('@stratum/graph'),
      import('@stratum/deploy'),
      import('@stratum/ledger'),
      import('@stratum/terraform'),
    ]);
  return (
    error instanceof ConfigError ||
    error instanceof GraphError ||
    error instanceof terraform.TerraformStartError ||
    error instanceof LedgerError ||
    error instanceof EnvironmentLockedError ||
    error instanceof EndpointUnreachableError
  );
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function main(argv: readonly string[], io: CommandIO = processIO()): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.out : io.err)(await help());
    return name ? EXIT.ok : EXIT.usage;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.err(`stratum: unknown command '${name}'.\n\n${await help()}`);
    return EXIT.usage;
  }
  const command = await load();
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.usage);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      // A refused change (gated environment, dirty tree) is not a typo: its message says what to do instead.
      const { ChangeRefusedError } = await import('@stratum/deploy');
      io.err(error instanceof ChangeRefusedError ? error.message : `${error.message}\n\n${command.usage}`);
      return EXIT.usage;
    }
    if (await isExpectedError(error)) {
      io.err(`stratum ${name}: ${(error as Error).message}`);
      return EXIT.failure;
    }
    io.err(
      `stratum ${name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return EXIT.failure;
  }
}
