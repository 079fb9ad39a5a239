import { readFileSync, statSync } from 'node:fs';
import { PolicyInputError } from '../errors';

/** One block map of Terraform JSON: `type -> name -> body` for resources and data sources. */
export type BlockMap = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>>;

/** The parts of a Terraform JSON file (`cdk.tf.json`) the gate reads. */
export interface TerraformJson {
  readonly resource: BlockMap;
  readonly data: BlockMap;
  readonly variable: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly locals: Readonly<Record<string, unknown>>;
  readonly output: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly module: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly provider: Readonly<Record<string, readonly Readonly<Record<string, unknown>>[]>>;
  readonly terraform: Readonly<Record<string, unknown>>;
  /** The file-level comment object (`//`), where cdktf keeps metadata and other scanners put markers. */
  readonly comment: unknown;
}

export interface TerraformDocument {
  /** The file as it was given to the gate (used in every finding). */
  readonly file: string;
  readonly json: TerraformJson;
}

export interface ReadLimits {
  /** Largest file accepted, in bytes. @default 64 MiB */
  readonly maxBytes?: number;
}

const TOP_LEVEL = new Set([
  'resource',
  'data',
  'variable',
  'locals',
  'output',
  'module',
  'provider',
  'terraform',
  '//',
  'moved',
  'import',
  'check',
  'removed',
]);

/** Reads and parses one Terraform JSON file; any problem is a PolicyInputError naming the file. */
export function readTerraformJson(
  file: string,
  { maxBytes = 64 * 1024 * 1024 }: ReadLimits = {},
): TerraformDocument {
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > maxBytes)
      throw new PolicyInputError(
        `${file}: ${size} bytes is more than the ${maxBytes} the policy gate reads; split the stack.`,
        file,
      );
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof PolicyInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : String(error);
    throw new PolicyInputError(
      `${file}: cannot read the Terraform JSON file (${why}); synthesize the stack first or fix the path.`,
      file,
    );
  }
  return parseTerraformJson(text, file);
}

/** Parses Terraform JSON text; malformed, truncated or non-Terraform JSON is a PolicyInputError. */
export function parseTerraformJson(text: string, file: string): TerraformDocument {
  if (text.trim() === '')
    throw new PolicyInputError(`${file}: the file is empty; synthesize the stack again.`, file);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new PolicyInputError(`${file}: not valid JSON: ${describeJsonError(error as Error, text)}`, file);
  }
  if (!isObject(raw))
    throw new PolicyInputError(
      `${file}: Terraform JSON must be an object at the top level, found ${kind(raw)}.`,
      file,
    );
  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL.has(key)) {
      throw new PolicyInputError(
        `${file}: not Terraform JSON: unexpected top-level key "${key}" (expected resource, data, variable, locals, output, provider, terraform).`,
        file,
      );
    }
  }
  return {
    file,
    json: {
      resource: blockMap(raw.resource, 'resource', file),
      data: blockMap(raw.data, 'data', file),
      variable: namedMap(raw.variable, 'variable', file),
      locals: mergeObjects(raw.locals, 'locals', file),
      output: namedMap(raw.output, 'output', file),
      module: namedMap(raw.module, 'module', file),
      provider: providers(raw.provider, file),
      terraform: mergeObjects(raw.terraform, 'terraform', file),
      comment: raw['//'],
    },
  };
}

function describeJsonError(error: Error, text: string): string {
  const message = error.message;
  const at = /position (\d+)/.exec(message);
  const endsEarly = at !== null && Number(at[1]) >= text.trimEnd().length;
  if (endsEarly || /end of JSON input|Unterminated string/i.test(message)) {
    return `the file ends in the middle of a value (${text.length} bytes): it looks truncated; synthesize the stack again.`;
  }
  if (!at) return message;
  const pos = Number(at[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}.`;
}

/** Terraform JSON allows each top-level block to be an object or an array of objects; both are merged. */
function mergeObjects(value: unknown, key: string, file: string): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  const items = Array.isArray(value) ? value : [value];
  const out: Record<string, unknown> = {};
  for (const item of items) {
    if (!isObject(item))
      throw new PolicyInputError(`${file}: "${key}" must be an object, found ${kind(item)}.`, file);
    Object.assign(out, item);
  }
  return out;
}

function namedMap(value: unknown, key: string, file: string): Record<string, Record<string, unknown>> {
  const merged = mergeObjects(value, key, file);
  const out: Record<string, Record<string, unknown>> = {};
  for (const [name, body] of Object.entries(merged)) {
    const single = Array.isArray(body) && body.length === 1 ? body[0] : body;
    if (!isObject(single))
      throw new PolicyInputError(`${file}: ${key}.${name} must be an object, found ${kind(body)}.`, file);
    out[name] = single;
  }
  return out;
}

function blockMap(value: unknown, key: string, file: string): BlockMap {
  const out: Record<string, Record<string, Record<string, unknown>>> = {};
  const items = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
  for (const item of items) {
    for (const [type, byName] of Object.entries(mergeObjects(item, key, file))) {
      if (type !== '//') out[type] = { ...out[type], ...namedMap(byName, `${key}.${type}`, file) };
    }
  }
  return out;
}

function providers(value: unknown, file: string): Record<string, Record<string, unknown>[]> {
  const merged = mergeObjects(value, 'provider', file);
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const [name, config] of Object.entries(merged)) {
    const list = Array.isArray(config) ? config : [config];
    out[name] = list.filter(isObject);
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kind(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
}
