import { ConfigError, UsageError } from '@stratum/config';
import { GraphError } from '@stratum/graph';
import { ChangeRefusedError, EndpointUnreachableError, EnvironmentLockedError } from '@stratum/deploy';
import { LedgerError } from '@stratum/ledger';
import { TerraformStartError } from '@stratum/terraform';
import type { Command } from './command';
import { affectedCommand } from './commands/affected';
import { complianceCommand } from './commands/compliance';
import { approveCommand } from './commands/approve';
import { deployCommand } from './commands/deploy';
import { destroyCommand } from './commands/destroy';
import { driftCommand } from './commands/drift';
import { graphCommand } from './commands/graph';
import { importCommand } from './commands/import';
import { ledgerCommand } from './commands/ledger';
import { localCommand } from './commands/local';
import { planCommand } from './commands/plan';
import { policyCommand } from './commands/policy';
import { promoteCommand } from './commands/promote';
import { rollbackCommand } from './commands/rollback';
import { runsCommand } from './commands/runs';
import { sloCommand } from './commands/slo';
import { unlockCommand } from './commands/unlock';
import { upgradeCommand } from './commands/upgrade';
import { synthCommand } from './commands/synth';
import { validateCommand } from './commands/validate';
import { EXIT, processIO, type CommandIO } from './io';

export const COMMANDS: readonly Command[] = [
  graphCommand,
  affectedCommand,
  synthCommand,
  validateCommand,
  policyCommand,
  planCommand,
  deployCommand,
  destroyCommand,
  rollbackCommand,
  unlockCommand,
  driftCommand,
  complianceCommand,
  importCommand,
  promoteCommand,
  approveCommand,
  runsCommand,
  ledgerCommand,
  sloCommand,
  upgradeCommand,
  localCommand,
];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: stratum <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run `stratum <command> --help` for a command's options. Exit codes: 0 ok, 1 failure, 2 usage error, 3 drift found.",
  ].join('\n');
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function main(argv: readonly string[], io: CommandIO = processIO()): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.out : io.err)(help());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`stratum: unknown command '${name}'.\n\n${help()}`);
    return EXIT.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.usage);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      // A refused change (gated environment, dirty tree) is not a typo: its message says what to do instead.
      io.err(error instanceof ChangeRefusedError ? error.message : `${error.message}\n\n${command.usage}`);
      return EXIT.usage;
    }
    if (
      error instanceof ConfigError ||
      error instanceof GraphError ||
      error instanceof TerraformStartError ||
      error instanceof LedgerError ||
      error instanceof EnvironmentLockedError ||
      error instanceof EndpointUnreachableError
    ) {
      io.err(`stratum ${name}: ${error.message}`);
      return EXIT.failure;
    }
    io.err(
      `stratum ${name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return EXIT.failure;
  }
}
