import type { RiskScore } from './score';

/** The "Risk" section of the PR comment: the score, its level, and every term with its reason. */
export function riskMarkdown(risk: RiskScore, extraApprovals?: string): string[] {
  return [
    '#### Risk',
    '',
    `Score **${risk.score}** (${risk.level}).`,
    '',
    '| term | points | because |',
    '| --- | ---: | --- |',
    ...risk.terms.map((t) => `| ${t.term} | ${t.points} | ${t.because.replace(/\|/g, '\\|')} |`),
    '',
    ...(extraApprovals ? [`> ${extraApprovals}.`, ''] : []),
  ];
}
