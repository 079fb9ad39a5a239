import { costMarkdown } from '@stratum/cost';
import { riskMarkdown } from '@stratum/risk';
import type { PlanReport, StackPlan } from './plan';
import type { DestroyPlan } from './plan-destroy';
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
  const torn = report.destroys;
  if (report.stacks.length === 0 && !torn?.stacks.length)
    return [...lines, 'No stack is affected by this change.', ''].join('\n');
  if (report.stacks.length > 0) {
    lines.push(
      '| stack | layer | result | add | change | destroy | replaced |',
      '| --- | --- | --- | ---: | ---: | ---: | --- |',
    );
    for (const s of report.stacks) {
      const c = s.counts;
      lines.push(
        `| ${s.stack} | ${s.layer} | ${result(s)} | ${c?.adds ?? ''} | ${c?.changes ?? ''} | ${c?.destroys ?? ''} | ${c?.replaced.map((r) => `\`${r}\``).join(', ') ?? ''} |`,
      );
    }
    lines.push('');
  }
  if (torn?.stacks.length) lines.push(...destroySection(torn));
  const destroys = [...report.stacks, ...(torn?.stacks ?? [])].reduce(
    (n, s) => n + (s.counts?.destroys ?? 0),
    0,
  );
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
    ...(torn?.order.length
      ? [
          ...torn.order.map((n) => `  ${id(n)}["${n} (destroy)"]:::destroyed`),
          ...torn.edges.map(
            ([dependant, dependency]) => `  ${id(dependant)} -.->|destroyed first| ${id(dependency)}`,
          ),
          '  classDef destroyed fill:#fde0e0,stroke:#c62828,stroke-dasharray:4 3',
        ]
      : []),
    '```',
    '',
  );
  return lines.join('\n');
}

/** The "will be destroyed" section: teardown order, one row per stack, what is lost, and that nothing comes back. */
function destroySection(torn: DestroyPlan): string[] {
  return [
    `**Will be destroyed** (dependants first: ${torn.order.join(' → ')})`,
    '',
    '| stack | layer | result | destroy |',
    '| --- | --- | --- | ---: |',
    ...torn.stacks.map((s) => `| ${s.stack} | ${s.layer} | ${result(s)} | ${s.counts?.destroys ?? ''} |`),
    '',
    ...torn.lost.map((l) => `> ⚠️ ${escape(l)}`),
    ...torn.refused.map((r) => `> ❌ Refused: ${escape(r)}`),
    '> A destroy is not rolled back: what it removes is gone even if a later stack fails.',
    '',
  ];
}

function result(s: StackPlan): string {
  return s.status === 'failed' ? `❌ ${escape((s.error ?? '').split('\n')[0] ?? '')}` : s.status;
}

function id(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, '_');
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/</g, '&lt;');
}
