import { costMarkdown } from '@stratum/cost';
import { riskMarkdown } from '@stratum/risk';
import type { PlanReport } from './plan';
import { edgesMarkdown } from './plan-edges-markdown';

/** Renders a plan report as a pull-request comment: summary table, impact, and a Mermaid graph of the deploy order. */
export function planMarkdown(report: PlanReport): string {
  const lines: string[] = [`### Stratum plan for \`${report.env}\` at \`${report.gitSha.slice(0, 12)}\``, ''];
  if (report.refused.length > 0) {
    lines.push(
      '**The policy gate refused this change; nothing was planned.**',
      '',
      ...report.refused.map((r) => `- ${escape(r)}`),
      '',
    );
    return lines.join('\n');
  }
  if (report.stacks.length === 0) return [...lines, 'No stack is affected by this change.', ''].join('\n');
  lines.push(
    '| stack | layer | result | add | change | destroy | replaced |',
    '| --- | --- | --- | ---: | ---: | ---: | --- |',
  );
  for (const s of report.stacks) {
    const c = s.counts;
    const result = s.status === 'failed' ? `❌ ${escape((s.error ?? '').split('\n')[0] ?? '')}` : s.status;
    lines.push(
      `| ${s.stack} | ${s.layer} | ${result} | ${c?.adds ?? ''} | ${c?.changes ?? ''} | ${c?.destroys ?? ''} | ${c?.replaced.map((r) => `\`${r}\``).join(', ') ?? ''} |`,
    );
  }
  const destroys = report.stacks.reduce((n, s) => n + (s.counts?.destroys ?? 0), 0);
  lines.push('');
  if (destroys > 0) lines.push(`> ⚠️ This change destroys ${destroys} resource(s).`, '');
  if (report.assessment) {
    const { cost, risk, extraApprovals, costRefused } = report.assessment;
    lines.push(...costMarkdown(cost));
    if (costRefused) lines.push(`> ❌ Refused: ${escape(costRefused)}`, '');
    lines.push(...riskMarkdown(risk, extraApprovals.because));
  }
  lines.push(...edgesMarkdown(report));
  lines.push(
    `**Impact:** services ${report.impact.services.join(', ') || 'none'}; owners ${report.impact.owners.map((o) => `@${o}`).join(', ') || 'none'}` +
      (report.impact.dependants.length ? `; downstream ${report.impact.dependants.join(', ')}` : ''),
    '',
    '**Deploy order**',
    '',
    '```mermaid',
    'graph LR',
    ...report.order.map((n) => `  ${id(n)}["${n}"]`),
    ...report.edges.map(([from, to]) => `  ${id(from)} --> ${id(to)}`),
    '```',
    '',
  );
  return lines.join('\n');
}

function id(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, '_');
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/</g, '&lt;');
}
