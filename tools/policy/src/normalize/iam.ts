import {
  allOf,
  anyOf,
  couldEqual,
  isRecord,
  isUnknown,
  JsonText,
  toList,
  Unknown,
  type Check,
  type Value,
  type ValueRecord,
} from '../eval/value';

/** An IAM policy read from any spelling: JSON text, `jsonencode(...)`, a policy document's `.json`. */
export interface ParsedPolicy {
  /** Statements, or an unknown for a statement that cannot be read before apply. */
  readonly statements: readonly (ValueRecord | Unknown)[];
  /** Set when the policy as a whole cannot be read (a variable, text that is not JSON). */
  readonly unknown?: Unknown;
}

/** How a statement grants everything. */
export interface AdminGrant {
  readonly check: Check;
  readonly description: string;
}

const PLACEHOLDER = /__stratum_unknown_(\d+)__/g;

/** Reads the statements of a policy value. */
export function policyStatements(value: Value | undefined): ParsedPolicy {
  if (value === undefined || value === null) return { statements: [] };
  if (value instanceof JsonText) return fromDocument(value.value, value.expression);
  if (typeof value === 'string') return fromText(value, []);
  if (isUnknown(value)) {
    if (value.origin.kind === 'template') return fromTemplate(value);
    return { statements: [], unknown: value };
  }
  return fromDocument(value, JSON.stringify(value));
}

function fromText(text: string, unknowns: readonly Unknown[]): ParsedPolicy {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
    return { statements: [], unknown: new Unknown(shown, 'the policy is not valid JSON') };
  }
  return fromDocument(restoreUnknowns(parsed, unknowns), text);
}

/** JSON text with interpolations: each unknown part becomes a placeholder, parsed, then put back. */
function fromTemplate(value: Unknown): ParsedPolicy {
  if (value.origin.kind !== 'template') return { statements: [], unknown: value };
  const unknowns: Unknown[] = [];
  const text = value.origin.parts
    .map((part) => (typeof part === 'string' ? part : `__stratum_unknown_${unknowns.push(part) - 1}__`))
    .join('');
  const parsed = fromText(text, unknowns);
  return parsed.unknown ? { statements: [], unknown: value } : parsed;
}

function restoreUnknowns(value: unknown, unknowns: readonly Unknown[]): Value {
  if (typeof value === 'string') {
    const whole = /^__stratum_unknown_(\d+)__$/.exec(value);
    if (whole) return unknowns[Number(whole[1])]!;
    if (!PLACEHOLDER.test(value)) return value;
    PLACEHOLDER.lastIndex = 0;
    const parts = value
      .split(PLACEHOLDER)
      .map((piece, i) => (i % 2 === 1 ? unknowns[Number(piece)]! : piece))
      .filter((p) => p !== '');
    return new Unknown(value, (parts.find(isUnknown) as Unknown).reason, { kind: 'template', parts });
  }
  if (Array.isArray(value)) return value.map((v) => restoreUnknowns(v, unknowns));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, restoreUnknowns(v, unknowns)]));
  }
  return value as Value;
}

function fromDocument(doc: Value, expression: string): ParsedPolicy {
  if (isUnknown(doc)) return { statements: [], unknown: doc };
  if (typeof doc === 'string') return policyStatements(doc);
  if (!isRecord(doc))
    return { statements: [], unknown: new Unknown(expression, 'the policy is not a JSON object') };
  const statement = field(doc, 'Statement');
  if (isUnknown(statement)) return { statements: [statement] };
  const list = Array.isArray(statement)
    ? (statement as readonly Value[])
    : statement === undefined
      ? []
      : [statement];
  return { statements: list.filter((s): s is ValueRecord | Unknown => isRecord(s) || isUnknown(s)) };
}

/** A policy element by name, whatever its case (`Action`, `action`, `ACTION`). */
export function field(record: ValueRecord, name: string): Value | undefined {
  const lower = name.toLowerCase();
  const key = Object.keys(record).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : record[key];
}

/**
 * Whether a statement allows every action on every resource: `Action: "*"` (or `"*:*"`) with `Resource: "*"`,
 * or the near-equivalents `NotAction` on `*` and `*` on `NotResource`. Strings or lists, any key case.
 */
export function adminGrants(statement: ValueRecord | Unknown): AdminGrant[] {
  if (isUnknown(statement))
    return [{ check: statement, description: '"*" on "*" (the statement is known only after apply)' }];
  const effect = field(statement, 'Effect');
  const allows =
    effect === undefined
      ? true
      : typeof effect === 'string' || isUnknown(effect)
        ? couldEqual(effect, 'Allow', true)
        : false;
  if (allows === false) return [];
  const action = field(statement, 'Action');
  const notAction = field(statement, 'NotAction');
  const resource = field(statement, 'Resource');
  const notResource = field(statement, 'NotResource');
  const grants: AdminGrant[] = [];
  if (action !== undefined) {
    const starAction = containsWildcard(action, ['*', '*:*']);
    if (resource !== undefined)
      grants.push({
        check: allOf(allows, starAction, containsWildcard(resource, ['*'])),
        description: 'Action "*" on Resource "*"',
      });
    if (notResource !== undefined)
      grants.push({
        check: allOf(allows, starAction, nonEmpty(notResource)),
        description: 'Action "*" on every resource except its NotResource',
      });
  }
  if (notAction !== undefined && resource !== undefined) {
    grants.push({
      check: allOf(allows, nonEmpty(notAction), containsWildcard(resource, ['*'])),
      description: 'NotAction (every action but a few) on Resource "*"',
    });
  }
  return grants;
}

function containsWildcard(value: Value, wildcards: readonly string[]): Check {
  const list = isUnknown(value) ? [value] : toList(value);
  if (isUnknown(list)) return list;
  return anyOf(
    list.map((item) => {
      if (typeof item !== 'string' && !isUnknown(item)) return false;
      if (isUnknown(item) && isComputedAttribute(item)) return false;
      return anyOf(wildcards.map((w) => couldEqual(item, w)));
    }),
  );
}

/** An ARN or id AWS assigns to a resource (`aws_s3_bucket.b.arn`) is never the wildcard itself. */
function isComputedAttribute(value: Unknown): boolean {
  return value.origin.kind === 'resource';
}

function nonEmpty(value: Value): Check {
  const list = toList(value);
  return isUnknown(list) ? list : list.length > 0;
}
