import type { PlanReport } from './plan';

/** Reasons that need no explanation in a PR comment: the stack's own code changed, or it is new. */
const PLAIN = new Set(['cdk.tf.json changed', 'not deployed in this environment']);

/**
 * The plan comment's lines about outputs as edges: stacks planned because an upstream output changed, and stacks
 * planned on placeholders (unknowns for upstream outputs that do not exist yet), which deploy plans again.
 */
export function edgesMarkdown(report: PlanReport): string[] {
  const lines: string[] = [];
  const why = report.stacks.filter((s) => (s.reasons ?? []).some((r) => !PLAIN.has(r)));
  if (why.length > 0) {
    lines.push('**Planned because of upstream outputs**', '');
    for (const s of why)
      lines.push(`- \`${s.stack}\`: ${(s.reasons ?? []).filter((r) => !PLAIN.has(r)).join('; ')}`);
    lines.push('');
  }
  const placeholder = report.stacks.filter((s) => (s.placeholders ?? []).length > 0);
  if (placeholder.length > 0) {
    lines.push(
      '**Planned on placeholders**: these plans read upstream outputs that do not exist yet, or that this change ' +
        'alters, as unknowns ("known after apply"). They are never applied: deploy plans them again after their ' +
        'upstreams applied.',
      '',
    );
    for (const s of placeholder) lines.push(`- \`${s.stack}\`: ${(s.placeholders ?? []).join(', ')}`);
    lines.push('');
  }
  return lines;
}
