import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '@stratum/config';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments strictly; anything unknown is a UsageError naming it. */
export function parseCommandArgs<O extends Options>(
  command: string,
  args: readonly string[],
  options: O,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`stratum ${command}: ${message}`);
  }
}

/** `--projects a,b` → ['a', 'b'] (undefined when absent); empty names are a usage error. */
export function splitList(flag: string, value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((s) => s.trim());
  if (items.some((s) => s === ''))
    throw new UsageError(`--${flag}: got '${value}'; give comma-separated names without empty entries.`);
  return items;
}

/** Requires `--env`; the environment file itself is checked by loadEnvironment. */
export function requireEnv(command: string, value: string | undefined): string {
  if (!value)
    throw new UsageError(`stratum ${command}: --env <name> is required (an environments/<name>.yaml file).`);
  return value;
}
