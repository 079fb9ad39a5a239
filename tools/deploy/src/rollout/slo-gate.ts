import type { Ledger } from '@stratum/ledger';
import { platformSloGate } from '@stratum/slo';
import { PromotionRefusedError } from '../promotion-checks';

/**
 * The platform SLO gate (`stratum slo check`) of each environment, before a promotion touches anything: refused
 * while any overall error budget is spent, naming the SLOs and the command that shows them.
 */
export async function sloGateOf(
  ledger: Ledger,
  root: string,
  envs: readonly string[],
  now: number,
): Promise<void> {
  for (const env of envs) {
    const { report, spent } = await platformSloGate(ledger.knex, { root, env, now });
    if (spent.length === 0) continue;
    const which = spent
      .map(
        (s) =>
          `${s.name} (${s.bad} bad of ${s.samples}, ${s.status === 'breached' ? 'breached' : 'no budget left'})`,
      )
      .join(', ');
    throw new PromotionRefusedError(
      `the platform SLO gate holds promotions while an error budget is spent: in '${env}' over ${report.window}, ${which}. ` +
        `See \`stratum slo check --env ${env}\`; promote again when the budget recovers.`,
    );
  }
}
