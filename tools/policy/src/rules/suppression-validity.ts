import { EXTERNAL_EXCEPTIONS } from '../exceptions';
import { declaredSuppressions, judgeSuppression } from '../suppressions';
import type { RuleMeta } from '../types';
import type { Rule } from './rule';

/** STRAT-POL-001: every suppression in code has a reason, an owner and an expiry that has not passed. */
export const suppressionValidityRule: Rule = {
  id: 'STRAT-POL-001',
  checkov: [],
  title:
    'Every suppression names an existing rule and has a reason, an owner and an expiry date not in the past',
  severity: 'high',
  profile: 'baseline',
  locked: true,
  fix: 'Fix the suppressPolicy(construct, { rule, reason, owner, expires }) call: give a reason and an owner, and renew or remove an expired one (and fix the finding it hid).',
  check(ctx) {
    const suppressible = suppressibility(ctx.rules);
    for (const node of ctx.stack.suppressionTargets()) {
      for (const declared of declaredSuppressions(node)) {
        const verdict = judgeSuppression(declared, ctx.now, suppressible);
        if (!verdict.ok)
          ctx.fail(node, {
            message: `The suppression on ${node.address} ${verdict.problem}; it is not honoured`,
            checkov: null,
          });
      }
    }
  },
};

/** Whether a rule id can be suppressed: it exists (or is another check's exception) and is not a gate-integrity rule. */
export function suppressibility(rules: readonly RuleMeta[]): (rule: string) => 'ok' | 'unknown' | 'locked' {
  const byId = new Map(rules.map((r) => [r.id, r]));
  return (rule) => {
    const meta = byId.get(rule);
    if (!meta) return rule in EXTERNAL_EXCEPTIONS ? 'ok' : 'unknown';
    return meta.locked ? 'locked' : 'ok';
  };
}
