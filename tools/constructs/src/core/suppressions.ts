import type { IConstruct } from '../cdktn';

/**
 * Key under a resource's `//` object in the synthesized JSON where suppressions are recorded. Terraform
 * ignores `//` keys; the policy gate (`@stratum/policy`, SUPPRESSIONS_KEY) reads them from there.
 */
export const POLICY_SUPPRESSIONS_KEY = 'stratum_suppressions';

/** An exception to one policy rule for one resource, owned by someone until a date. */
export interface PolicySuppression {
  /** The rule id, e.g. `STRAT-SG-001` (see tools/policy/README.md). */
  readonly rule: string;
  /** Why the exception is acceptable; shown in every policy report. */
  readonly reason: string;
  /** Who answers for it: a team or group, e.g. `group:payments-team`. */
  readonly owner: string;
  /** The last day the exception applies, `YYYY-MM-DD` (UTC). After it the gate fails on the suppression itself. */
  readonly expires: string;
}

/** What suppressPolicy needs of a construct: a Terraform resource, data source or module (duck-typed). */
interface OverridableElement extends IConstruct {
  addOverride(path: string, value: unknown): void;
}

const RULE_ID = /^[A-Z]+-[A-Z0-9]+-[0-9]{3}$/;

/**
 * Records a policy suppression on a resource (or on every resource under a construct) in the synthesized
 * JSON: `"//": { "stratum_suppressions": { "<rule>": { reason, owner, expires } } }`. The gate honours it
 * while the expiry has not passed and lists it in every report. Malformed input throws at synth time.
 *
 * @example suppressPolicy(bastionSg, { rule: 'STRAT-SG-001', reason: 'break-glass SSH, INC-1234', owner: 'group:platform-team', expires: '2026-03-31' })
 */
export function suppressPolicy(construct: IConstruct, suppression: PolicySuppression): void {
  const path = construct.node.path;
  const { rule, reason, owner, expires } = suppression;
  if (!RULE_ID.test(rule))
    throw new Error(
      `suppressPolicy on ${path}: rule ${JSON.stringify(rule)} is not a rule id such as STRAT-SG-001.`,
    );
  if (!reason?.trim())
    throw new Error(
      `suppressPolicy on ${path} for ${rule}: give a reason; it is shown in every policy report.`,
    );
  if (!owner?.trim())
    throw new Error(
      `suppressPolicy on ${path} for ${rule}: give an owner (a team or group such as group:platform-team).`,
    );
  if (!isCalendarDate(expires))
    throw new Error(
      `suppressPolicy on ${path} for ${rule}: expires must be a date YYYY-MM-DD, got ${JSON.stringify(expires)}.`,
    );
  const targets = isOverridable(construct) ? [construct] : construct.node.findAll().filter(isOverridable);
  if (targets.length === 0)
    throw new Error(
      `suppressPolicy on ${path}: no Terraform resource, data source or module under this construct.`,
    );
  for (const target of targets) {
    target.addOverride(`//.${POLICY_SUPPRESSIONS_KEY}.${rule}`, {
      reason: reason.trim(),
      owner: owner.trim(),
      expires,
    });
  }
}

/** Resources and data sources carry `terraformResourceType`; modules carry `source`. Stacks have neither. */
function isOverridable(construct: IConstruct): construct is OverridableElement {
  const c = construct as unknown as Record<string, unknown>;
  if (typeof c.addOverride !== 'function') return false;
  return (
    typeof c.terraformResourceType === 'string' ||
    (typeof c.source === 'string' && typeof c.addProvider === 'function')
  );
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text ?? '')) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
