import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { ConfigError, showValue, UsageError } from '../errors';
import { readYamlFile } from '../yaml';
import { ENVIRONMENTS_DIR, environmentFile } from '../layout';
import { EnvironmentSchema, type Environment } from './schema';

/** Names of the environments defined under `environments/` (one `<name>.yaml` each), sorted. */
export function listEnvironments(root: string): string[] {
  const dir = join(root, ENVIRONMENTS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/**
 * Loads and validates `environments/<name>.yaml`. Unknown names are a UsageError listing the known
 * ones; a bad file is a ConfigError naming the file, the path inside it, the value and what is allowed.
 */
export function loadEnvironment(root: string, name: string): Environment {
  const known = listEnvironments(root);
  if (!known.includes(name)) {
    throw new UsageError(
      `Unknown environment '${name}'. Known environments: ${known.join(', ') || '(none)'}. ` +
        `Add ${environmentFile(name)} to define it.`,
    );
  }
  const file = environmentFile(name);
  const raw = readYamlFile(join(root, file), file);
  const env = validateEnvironment(raw, file);
  if (env.name !== name) {
    throw new ConfigError(
      `${file}: name: got ${showValue(env.name)}, but it must equal the file name '${name}'.`,
      file,
      'name',
    );
  }
  if (env.promotion && !known.includes(env.promotion.from)) {
    throw new ConfigError(
      `${file}: promotion.from: got ${showValue(env.promotion.from)}, which is not an environment; use one of ${known.join(', ')}.`,
      file,
      'promotion.from',
    );
  }
  if (env.promotion?.from === name) {
    throw new ConfigError(
      `${file}: promotion.from: an environment cannot promote from itself.`,
      file,
      'promotion.from',
    );
  }
  return env;
}

/** Loads every environment; the first bad file stops it with its error. */
export function loadAllEnvironments(root: string): Environment[] {
  return listEnvironments(root).map((name) => loadEnvironment(root, name));
}

/** Validates already-parsed YAML against the environment schema. */
export function validateEnvironment(raw: unknown, file: string): Environment {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(
      `${file}: expected a mapping of environment settings, got ${showValue(raw)}.`,
      file,
    );
  }
  const result = EnvironmentSchema.safeParse(raw);
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) => describeIssue(issue, raw, file));
  const first = result.error.issues[0];
  throw new ConfigError(messages.join('\n'), file, first ? first.path.join('.') : undefined);
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown, file: string): string {
  const path = issue.path.map(String).join('.');
  const at = path ? `${file}: ${path}` : file;
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeysAt(issue.path);
    return issue.keys
      .map(
        (key) =>
          `${at ? `${file}: ${[...issue.path, key].join('.')}` : file}: unknown key '${key}'; allowed keys here: ${allowed.join(', ')}.`,
      )
      .join('\n');
  }
  const value = valueAt(raw, issue.path);
  if (value === undefined && issue.code === 'invalid_type') {
    return `${at}: required field is missing (${issue.message.replace(/, received undefined$/, '')}).`;
  }
  return `${at}: got ${showValue(value)}: ${issue.message}.`;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = raw;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** Keys the schema allows at an object path, for "unknown key" messages. */
function allowedKeysAt(path: readonly PropertyKey[]): string[] {
  let schema: unknown = EnvironmentSchema;
  for (const key of path) {
    schema = unwrap(schema);
    const shape = (schema as { shape?: Record<string, unknown> }).shape;
    if (shape && typeof key === 'string' && key in shape) schema = shape[key];
    else {
      const def = (schema as { _zod?: { def?: { valueType?: unknown } } })._zod?.def;
      if (def?.valueType) schema = def.valueType;
      else return [];
    }
  }
  const shape = (unwrap(schema) as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function unwrap(schema: unknown): unknown {
  let cur = schema as { _zod?: { def?: { innerType?: unknown; in?: unknown; type?: string } } };
  for (let i = 0; i < 10; i++) {
    const def = cur?._zod?.def;
    if (def?.innerType) cur = def.innerType as typeof cur;
    else if (def?.type === 'pipe' && def.in) cur = def.in as typeof cur;
    else break;
  }
  return cur;
}
