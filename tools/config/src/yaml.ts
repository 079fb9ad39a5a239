import { readFileSync, statSync } from 'node:fs';
import {
  isAlias,
  isCollection,
  isPair,
  isScalar,
  parseAllDocuments,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import { ConfigError } from './errors';

export interface YamlLimits {
  /** Largest document accepted, in bytes. @default 1_000_000 */
  readonly maxBytes?: number;
  /** Deepest nesting of mappings and sequences accepted. @default 64 */
  readonly maxDepth?: number;
  /** Most alias expansions accepted (guards against "billion laughs"). @default 50 */
  readonly maxAliasCount?: number;
}

const DEFAULT_LIMITS = { maxBytes: 1_000_000, maxDepth: 64, maxAliasCount: 50 } as const;

/**
 * Parses one YAML document strictly: core schema, unique string keys, no merge keys, limited size,
 * depth and aliases. Every parser error and warning is fatal and reported with file, line and column.
 */
export function parseYaml(text: string, file: string, limits: YamlLimits = {}): unknown {
  checkBeforeParse(text, file, limits);
  const doc = parseDocument(text, PARSE_OPTIONS);
  return documentToJs(doc, file, limits);
}

/**
 * Parses a multi-document YAML stream (`---` separated, as Backstage catalog files are) with the same
 * limits as `parseYaml`; empty documents are dropped.
 */
export function parseYamlAll(text: string, file: string, limits: YamlLimits = {}): unknown[] {
  checkBeforeParse(text, file, limits);
  const docs = parseAllDocuments(text, PARSE_OPTIONS);
  if (!Array.isArray(docs)) return [documentToJs(docs as unknown as Document, file, limits)];
  return docs
    .map((doc) => documentToJs(doc, file, limits))
    .filter((value) => value !== null && value !== undefined);
}

const PARSE_OPTIONS = {
  schema: 'core',
  uniqueKeys: true,
  stringKeys: true,
  merge: false,
  strict: true,
  prettyErrors: true,
} as const;

function checkBeforeParse(text: string, file: string, limits: YamlLimits): void {
  const { maxBytes, maxDepth } = { ...DEFAULT_LIMITS, ...limits };
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) {
    throw new ConfigError(
      `${file}: the document is ${bytes} bytes, over the limit of ${maxBytes} bytes; split it or remove what is not configuration.`,
      file,
    );
  }
  const flowDepth = maxFlowDepth(text);
  if (flowDepth > maxDepth) {
    throw new ConfigError(
      `${file}: nesting of ${flowDepth} levels is deeper than the limit of ${maxDepth}; flatten the document.`,
      file,
    );
  }
}

function documentToJs(doc: Document, file: string, limits: YamlLimits): unknown {
  const { maxDepth, maxAliasCount } = { ...DEFAULT_LIMITS, ...limits };
  const problems = [...doc.errors, ...doc.warnings];
  const first = problems[0];
  if (first) {
    const where = first.linePos?.[0] ? `:${first.linePos[0].line}:${first.linePos[0].col}` : '';
    const extra = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s))` : '';
    const reason = (first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(`${file}${where}: ${reason}${extra}`, file);
  }
  const depth = nodeDepth(doc.contents as Node | null, 0, maxDepth);
  if (depth > maxDepth) {
    throw new ConfigError(
      `${file}: nesting deeper than the limit of ${maxDepth} levels; flatten the document.`,
      file,
    );
  }
  try {
    return doc.toJS({ maxAliasCount });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      `${file}: ${reason} (more than ${maxAliasCount} alias expansions); write the values out instead of using anchors and aliases.`,
      file,
    );
  }
}

/** Reads and parses a YAML file, checking its size before reading it whole. */
export function readYamlFile(path: string, displayName: string = path, limits: YamlLimits = {}): unknown {
  return parseYaml(readLimited(path, displayName, limits), displayName, limits);
}

/** Reads and parses a multi-document YAML file. */
export function readYamlFileAll(
  path: string,
  displayName: string = path,
  limits: YamlLimits = {},
): unknown[] {
  return parseYamlAll(readLimited(path, displayName, limits), displayName, limits);
}

function readLimited(path: string, displayName: string, limits: YamlLimits): string {
  const maxBytes = limits.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new ConfigError(`${displayName}: file not found.`, displayName);
  }
  if (size > maxBytes) {
    throw new ConfigError(
      `${displayName}: the document is ${size} bytes, over the limit of ${maxBytes} bytes; split it or remove what is not configuration.`,
      displayName,
    );
  }
  return readFileSync(path, 'utf8');
}

/** Deepest `[`/`{` flow nesting, ignoring quoted strings and comments; a cheap guard run before parsing. */
function maxFlowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let quote: string | null = null;
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (comment) {
      if (ch === '\n') comment = false;
      continue;
    }
    if (quote) {
      if (ch === quote && text[i - 1] !== '\\') quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) comment = true;
    else if (ch === '[' || ch === '{') max = Math.max(max, ++depth);
    else if ((ch === ']' || ch === '}') && depth > 0) depth--;
  }
  return max;
}

function nodeDepth(node: Node | null, level: number, limit: number): number {
  if (!node || isScalar(node) || isAlias(node) || level > limit) return level;
  if (!isCollection(node)) return level;
  let max = level + 1;
  for (const item of node.items) {
    const child = isPair(item) ? (item.value as Node | null) : (item as Node);
    max = Math.max(max, nodeDepth(child, level + 1, limit));
    if (max > limit) break;
  }
  return max;
}
