import { environmentFile, UsageError, type Environment } from '@stratum/config';

/** A deploy that skips promotion and approvals on a gated environment, with the reason on record. */
export interface BreakGlass {
  /** Why it could not wait for a promotion: at least `MIN_BREAK_GLASS_REASON` characters. */
  readonly reason: string;
}

export const MIN_BREAK_GLASS_REASON = 10;

/** A change refused because of how it was asked for (a gated environment, a short reason, a dirty tree): exit 2. */
export class ChangeRefusedError extends UsageError {}

/** True when the environment takes changes only through `stratum promote` (it has `promotion.from`). */
export function isGated(env: Environment): boolean {
  return env.promotion !== undefined;
}

/**
 * The one guard of every direct change (`deploy`, `destroy`): a gated environment refuses it unless it is a
 * break-glass change with a reason of at least 10 characters. A break-glass on an ungated environment is refused
 * too, so that the ledger's break-glass runs are exactly the gate bypasses. Returns the break-glass to record.
 */
export function refuseDirectChange(
  env: Environment,
  verb: string,
  breakGlass?: BreakGlass,
): BreakGlass | undefined {
  const file = environmentFile(env.name);
  if (breakGlass) {
    if (!isGated(env)) {
      throw new ChangeRefusedError(
        `--break-glass: ${file} has no promotion.from, so '${env.name}' is not gated; run \`stratum ${verb}\` without --break-glass.`,
      );
    }
    const reason = breakGlass.reason.trim();
    if (reason.length < MIN_BREAK_GLASS_REASON) {
      throw new ChangeRefusedError(
        `--reason: got ${JSON.stringify(reason)}; a break-glass ${verb} needs a reason of at least ${MIN_BREAK_GLASS_REASON} characters saying why it cannot wait for a promotion (it is recorded in the ledger).`,
      );
    }
    return { reason };
  }
  if (!isGated(env)) return undefined;
  throw new ChangeRefusedError(
    `stratum ${verb}: '${env.name}' is gated (${file} has promotion.from: ${env.promotion!.from}); it takes changes only through ` +
      `\`stratum promote --from ${env.promotion!.from} --to ${env.name}\`. In an emergency, ` +
      `\`stratum ${verb} --env ${env.name} ... --break-glass --reason "<why>"\` skips promotion and approvals; it is recorded and must be approved after the fact (\`stratum approve --run <id>\`).`,
  );
}
