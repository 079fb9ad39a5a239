import type { Page } from 'playwright-core';

const AXE = require.resolve('axe-core/axe.min.js');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: string[];
  /** axe's explanation for the first node (e.g. the contrast ratio it measured). */
  readonly summary: string;
}

/** Runs axe-core on the page as it is now and returns the violations of impact serious or critical. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const { axe, document } = globalThis as unknown as { axe: AxeRunner; document: unknown };
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      summary: v.nodes[0]?.failureSummary ?? '',
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The part of axe-core's API used here (the page gets it from axe.min.js). */
interface AxeRunner {
  run(
    context: unknown,
    options: { resultTypes: string[] },
  ): Promise<{
    violations: {
      id: string;
      impact?: string;
      help: string;
      nodes: { target: string[]; failureSummary?: string }[];
    }[];
  }>;
}

/** One line per violation, for assertion messages. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join(', ')}) ${v.summary.replace(/\s+/g, ' ')}`)
    .join('\n');
}
