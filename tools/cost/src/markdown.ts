import type { ChangeSetCost } from './rollup';

function usd(n: number): string {
  const sign = n > 0 ? '+' : n < 0 ? '−' : '±';
  return `${sign}$${Math.abs(n).toFixed(2)}`;
}

/** The "Cost" section of the PR comment: total, per service and owner, and what could not be priced. */
export function costMarkdown(cost: ChangeSetCost): string[] {
  const lines = [
    '#### Cost',
    '',
    `Monthly change **${usd(cost.monthlyDelta)}** ($${cost.monthlyBefore.toFixed(2)} → $${cost.monthlyAfter.toFixed(2)} a month), ` +
      `from the price sheet of ${cost.priceSheet.asOf} (${cost.priceSheet.region} on-demand list prices).`,
    '',
  ];
  const rows = [
    ...cost.byService.map((g) => ['service', g.name, g.monthlyDelta] as const),
    ...cost.byOwner.map((g) => ['owner', `@${g.name}`, g.monthlyDelta] as const),
  ].filter(([, , delta]) => delta !== 0);
  if (rows.length > 0) {
    lines.push('| by | name | monthly change |', '| --- | --- | ---: |');
    for (const [by, name, delta] of rows) lines.push(`| ${by} | ${name} | ${usd(delta)} |`);
    lines.push('');
  }
  if (cost.unpriced.length > 0) {
    lines.push(`**Not priced** (left out of the totals, not counted as $0):`, '');
    for (const u of cost.unpriced) lines.push(`- \`${u.address}\` in ${u.stack}: ${u.reason}`);
    lines.push('');
  }
  if (cost.usageBased.length > 0)
    lines.push(
      `Usage-based charges not estimated: ${cost.usageBased.map((t) => `\`${t}\``).join(', ')}.`,
      '',
    );
  return lines;
}
