import type { Scope } from './scope';
import { isRecord, isUnknown, Unknown, type Value } from './value';

/**
 * `dynamic` blocks as Terraform JSON writes them:
 * `"dynamic": { "rule": { "for_each": "${var.rules}", "iterator": "r", "content": { ... } } }`
 * (one spec per label, or a list of specs for several dynamic blocks with the same label).
 */
export type DynamicSection = Readonly<Record<string, unknown>>;

export function isDynamicSection(value: unknown): value is DynamicSection {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Evaluate = (raw: unknown, scope: Scope) => Value;

/**
 * Adds the blocks each dynamic block generates to `out[label]`, after the label's static blocks.
 * A known `for_each` (list, set or map) expands to one block per element, its content evaluated with
 * `<iterator>.key` / `<iterator>.value` bound. An unknown `for_each` adds the unknown itself, so a rule
 * sees "may be configured" and reports an unknown: never "not configured".
 */
export function expandDynamic(
  section: DynamicSection,
  out: Record<string, Value>,
  evaluate: Evaluate,
  scope: Scope,
): void {
  for (const [label, specs] of Object.entries(section)) {
    const generated: Value[] = [];
    for (const spec of Array.isArray(specs) ? specs : [specs]) {
      if (!isDynamicSection(spec)) continue;
      generated.push(...expandOne(label, spec, evaluate, scope));
    }
    const existing = out[label];
    const statics =
      existing === undefined || existing === null ? [] : Array.isArray(existing) ? existing : [existing];
    out[label] = [...(statics as readonly Value[]), ...generated];
  }
}

function expandOne(label: string, spec: DynamicSection, evaluate: Evaluate, scope: Scope): Value[] {
  const iterator = typeof spec.iterator === 'string' && spec.iterator !== '' ? spec.iterator : label;
  const content = Array.isArray(spec.content) ? (spec.content[0] as unknown) : spec.content;
  const forEach = evaluate(spec.for_each, scope);
  if (isUnknown(forEach))
    return [
      new Unknown(
        forEach.expression,
        `dynamic "${label}" blocks depend on it: ${forEach.reason}`,
        forEach.origin,
      ),
    ];
  const entries: (readonly [Value, Value])[] = Array.isArray(forEach)
    ? (forEach as readonly Value[]).map((value, i) => [i, value] as const)
    : isRecord(forEach)
      ? Object.entries(forEach)
      : [];
  if (!Array.isArray(forEach) && !isRecord(forEach))
    return [new Unknown(JSON.stringify(spec.for_each), `dynamic "${label}" for_each is not a collection`)];
  return entries.map(([key, value]) => {
    const inner = new Map(scope);
    inner.set(iterator, { key, value });
    return evaluate(content ?? {}, inner);
  });
}
