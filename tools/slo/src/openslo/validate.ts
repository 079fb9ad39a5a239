import { ConfigError, showValue } from '@stratum/config';
import type { z } from 'zod';

/** Where a piece of an slo.yaml sits: the file, which document, and the path inside that document. */
export interface Location {
  readonly file: string;
  /** e.g. `document 2 (SLI "payments-requests")`. */
  readonly document: string;
  readonly path: readonly (string | number)[];
}

/** `spec.objectives[0].target` from `['spec', 'objectives', 0, 'target']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(document)';
}

/** A ConfigError naming file, document, path and value: `slo.yaml: document 1 (SLO "x"): spec.y: got 2: reason.` */
export function sloError(at: Location, value: unknown, reason: string): ConfigError {
  const path = formatPath(at.path);
  return new ConfigError(
    `${at.file}: ${at.document}: ${path}: got ${showValue(value)}: ${reason}`,
    at.file,
    path,
  );
}

/** Parses `value` at `at` with `schema`; the first issue becomes a ConfigError (all issues are listed in it). */
export function check<T extends z.ZodType>(schema: T, value: unknown, at: Location): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) => describe(issue, schema, value, at));
  const first = result.error.issues[0]!;
  const path = formatPath([...at.path, ...(first.path as PropertyKey[] as (string | number)[])]);
  return fail(messages, at.file, path);
}

function fail(messages: string[], file: string, path: string): never {
  throw new ConfigError(messages.join('\n'), file, path);
}

function describe(issue: z.core.$ZodIssue, schema: z.ZodType, value: unknown, at: Location): string {
  const inner = issue.path as (string | number)[];
  const where = { ...at, path: [...at.path, ...inner] };
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(schema, inner);
    return issue.keys
      .map((key) => {
        const keyAt = { ...where, path: [...where.path, key] };
        return sloError(
          keyAt,
          valueAt(value, [...inner, key]),
          `unknown field; allowed here: ${allowed.join(', ')}.`,
        ).message;
      })
      .join('\n');
  }
  const found = valueAt(value, inner);
  if (found === undefined && issue.code === 'invalid_type') {
    return sloError(where, found, `required field is missing (expected ${issue.expected}).`).message;
  }
  if (issue.code === 'invalid_value') {
    return sloError(where, found, `allowed values: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`)
      .message;
  }
  return sloError(where, found, `${issue.message.replace(/\.$/, '')}.`).message;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = raw;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

type Def = { shape?: Record<string, unknown>; element?: unknown; innerType?: unknown; in?: unknown };

/** Field names an object schema allows at `path` (through arrays, optionals and defaults). */
function allowedKeys(schema: unknown, path: readonly (string | number)[]): string[] {
  let current = unwrap(schema);
  for (const key of path) {
    const def = defOf(current);
    if (typeof key === 'number' && def.element) current = unwrap(def.element);
    else if (typeof key === 'string' && def.shape?.[key]) current = unwrap(def.shape[key]);
    else return [];
  }
  return Object.keys(defOf(current).shape ?? {});
}

function defOf(schema: unknown): Def {
  return ((schema as { _zod?: { def?: Def } })._zod?.def ?? {}) as Def;
}

function unwrap(schema: unknown): unknown {
  let current = schema;
  for (let i = 0; i < 10; i++) {
    const def = defOf(current);
    const next = def.innerType ?? def.in;
    if (!next) return current;
    current = next;
  }
  return current;
}
