import type { Target } from './rules/rule';

/**
 * Key under a resource's `//` object where `suppressPolicy` (tools/constructs) records suppressions:
 * `"//": { "stratum_suppressions": { "<rule id>": { "reason", "owner", "expires" } } }`.
 * Terraform ignores `//` keys, so the record travels with the resource in cdk.tf.json.
 */
export const SUPPRESSIONS_KEY = 'stratum_suppressions';

/** A suppression as written in the JSON, before validation. */
export interface DeclaredSuppression {
  readonly rule: string;
  readonly reason: unknown;
  readonly owner: unknown;
  readonly expires: unknown;
}

/** A suppression the gate honours. */
export interface ActiveSuppression {
  readonly rule: string;
  readonly reason: string;
  readonly owner: string;
  readonly expires: string;
}

export type SuppressionVerdict =
  | { readonly ok: true; readonly suppression: ActiveSuppression }
  | { readonly ok: false; readonly problem: string };

/** The suppressions declared on a resource (object keyed by rule id, or a list of `{ rule, ... }`). */
export function declaredSuppressions(target: Target): DeclaredSuppression[] {
  const comment = target.body['//'];
  if (typeof comment !== 'object' || comment === null) return [];
  const declared = (comment as Record<string, unknown>)[SUPPRESSIONS_KEY];
  if (Array.isArray(declared)) {
    return declared.map((entry) => {
      const e = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
      return { rule: String(e.rule ?? ''), reason: e.reason, owner: e.owner, expires: e.expires };
    });
  }
  if (typeof declared !== 'object' || declared === null)
    return declared === undefined
      ? []
      : [{ rule: '', reason: undefined, owner: undefined, expires: undefined }];
  return Object.entries(declared as Record<string, unknown>).map(([rule, entry]) => {
    const e = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    return { rule, reason: e.reason, owner: e.owner, expires: e.expires };
  });
}

/**
 * Validates a suppression: a known, suppressible rule, a non-empty reason and owner, and an expiry date
 * (`YYYY-MM-DD`, the last day it applies, in UTC) that is not in the past.
 */
export function judgeSuppression(
  declared: DeclaredSuppression,
  now: Date,
  suppressible: (rule: string) => 'ok' | 'unknown' | 'locked',
): SuppressionVerdict {
  const rule = declared.rule;
  const status = suppressible(rule);
  if (status === 'unknown')
    return { ok: false, problem: `names rule ${JSON.stringify(rule)}, which does not exist` };
  if (status === 'locked') return { ok: false, problem: `names ${rule}, which cannot be suppressed` };
  const reason = typeof declared.reason === 'string' ? declared.reason.trim() : '';
  if (!reason) return { ok: false, problem: `for ${rule} has no reason` };
  const owner = typeof declared.owner === 'string' ? declared.owner.trim() : '';
  if (!owner) return { ok: false, problem: `for ${rule} has no owner` };
  const expires = typeof declared.expires === 'string' ? declared.expires.trim() : '';
  if (!isCalendarDate(expires))
    return {
      ok: false,
      problem: `for ${rule} has no valid expiry date (YYYY-MM-DD), found ${JSON.stringify(declared.expires ?? null)}`,
    };
  const today = now.toISOString().slice(0, 10);
  if (expires < today) return { ok: false, problem: `for ${rule} expired on ${expires} (owner ${owner})` };
  return { ok: true, suppression: { rule, reason, owner, expires } };
}

/** `YYYY-MM-DD` naming a real day. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
