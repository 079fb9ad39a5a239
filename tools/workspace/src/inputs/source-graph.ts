import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { SYNTH_OUT_DIR } from '@stratum/config';

/** One import of a workspace file, resolved. */
export interface ResolvedImport {
  /** The imported file, relative to the workspace root (posix). */
  readonly file: string;
  /** `import type` / `export type`: erased before the code runs, so it cannot change what the code does. */
  readonly typeOnly: boolean;
}

/** What a source file's own tokens say it reads besides imports (see `sloReads`). */
export interface SourceReads {
  /** slo.yaml files this file reads, as workspace-relative globs (`services/orders/slo.yaml`, `services/*\/slo.yaml`). */
  readonly slo: readonly string[];
}

const SKIP_DIRS = new Set(['node_modules', SYNTH_OUT_DIR, '.terraform', 'dist']);
const SOURCE = /\.(ts|tsx|mts|cts)$/;
const TEST = /\.(test|spec)\.[cm]?tsx?$/;
/**
 * Identifiers of @stratum/slo that read one service's slo.yaml (the file the caller names or
 * `services/<svc>/slo.yaml`; `ServiceSloAlarms` reads its stack's service's).
 */
const ONE_SLO_READERS = new Set(['readSloFile', 'readServiceSlo', 'SLO_FILE', 'ServiceSloAlarms']);
/** Identifiers that read every service's slo.yaml. */
const ALL_SLO_READERS = new Set(['readServiceSlos']);
const NAMED_SLO = /services\/([a-z0-9][a-z0-9-]*)\/slo\.yaml/;

/**
 * The workspace's TypeScript files as a graph of imports, built lazily and memoized per file: each file is read,
 * scanned and resolved once (the workspace tsconfig, `paths` included; workspace packages resolve to their real
 * folder under tools/). Imports that leave the workspace or land in node_modules are not followed.
 */
export class SourceGraph {
  private readonly options: ts.CompilerOptions;
  private readonly cache: ts.ModuleResolutionCache;
  private readonly importsOf = new Map<string, readonly ResolvedImport[]>();
  private readonly readsOf = new Map<string, SourceReads>();
  private readonly texts = new Map<string, string>();

  constructor(readonly root: string) {
    this.options = compilerOptions(root);
    this.cache = ts.createModuleResolutionCache(root, (f) => f, this.options);
  }

  /** The workspace files `file` imports (relative posix paths), in source order, each once. */
  imports(file: string): readonly ResolvedImport[] {
    const known = this.importsOf.get(file);
    if (known) return known;
    const text = this.text(file);
    const typeOnly = typeOnlySpecifiers(file, text);
    const absolute = join(this.root, file);
    const seen = new Map<string, ResolvedImport>();
    for (const ref of ts.preProcessFile(text, true, false).importedFiles) {
      const resolved = ts.resolveModuleName(
        ref.fileName,
        absolute,
        this.options,
        ts.sys,
        this.cache,
      ).resolvedModule;
      if (!resolved) continue;
      const rel = toPosix(relative(this.root, resolved.resolvedFileName));
      if (rel.startsWith('..') || rel.split('/').includes('node_modules')) continue;
      const isTypeOnly = typeOnly.get(ref.fileName) === 'type';
      const before = seen.get(rel);
      if (!before || (before.typeOnly && !isTypeOnly)) seen.set(rel, { file: rel, typeOnly: isTypeOnly });
    }
    const list = [...seen.values()];
    this.importsOf.set(file, list);
    return list;
  }

  /**
   * slo.yaml reads of one file, found in its tokens (comments do not count): an identifier that reads one
   * service's SLOs (`readSloFile`, `readServiceSlo`, `SLO_FILE`) or a string literal naming `slo.yaml` reads
   * `services/<svc>/slo.yaml` of the service whose folder holds the file (a literal `services/<x>/slo.yaml` names
   * that service; outside a service folder, every service's); `readServiceSlos` reads every service's.
   */
  reads(file: string): SourceReads {
    const known = this.readsOf.get(file);
    if (known) return known;
    const text = this.text(file);
    const slo = new Set<string>();
    if (text.includes('slo') || text.includes('Slo') || text.includes('SLO')) {
      const service = /^services\/([^/]+)\//.exec(file)?.[1];
      const own = service ? `services/${service}/slo.yaml` : 'services/*/slo.yaml';
      const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
      for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
        if (token === ts.SyntaxKind.Identifier) {
          const name = scanner.getTokenValue();
          if (ONE_SLO_READERS.has(name)) slo.add(own);
          else if (ALL_SLO_READERS.has(name)) slo.add('services/*/slo.yaml');
        } else if (isStringToken(token)) {
          const value = scanner.getTokenValue();
          const named = NAMED_SLO.exec(value);
          if (named) slo.add(`services/${named[1]}/slo.yaml`);
          else if (value.includes('slo.yaml')) slo.add(own);
        }
      }
    }
    const reads = { slo: [...slo].sort() };
    this.readsOf.set(file, reads);
    return reads;
  }

  /** Every file reachable from `entries` through value imports (type-only imports are not followed), entries included. */
  closure(entries: readonly string[]): Set<string> {
    const seen = new Set<string>();
    const stack = [...entries];
    while (stack.length > 0) {
      const file = stack.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const imported of this.imports(file)) if (!imported.typeOnly) stack.push(imported.file);
    }
    return seen;
  }

  /** The non-test TypeScript files under a folder (relative to the root), sorted. */
  sourceFiles(dir: string): string[] {
    return listSources(join(this.root, dir)).map((f) => toPosix(relative(this.root, f)));
  }

  private text(file: string): string {
    let text = this.texts.get(file);
    if (text === undefined) {
      try {
        text = readFileSync(join(this.root, file), 'utf8');
      } catch {
        text = '';
      }
      this.texts.set(file, text);
    }
    return text;
  }
}

function isStringToken(token: ts.SyntaxKind): boolean {
  return (
    token === ts.SyntaxKind.StringLiteral ||
    token === ts.SyntaxKind.NoSubstitutionTemplateLiteral ||
    token === ts.SyntaxKind.TemplateHead
  );
}

/**
 * Module specifiers whose every import/export declaration in the file is type-only (`import type`,
 * `export type ... from`), as 'type'; any value use makes it 'value'. Parsed only when the file has such a
 * declaration at all.
 */
function typeOnlySpecifiers(file: string, text: string): Map<string, 'type' | 'value'> {
  const kinds = new Map<string, 'type' | 'value'>();
  if (!/\b(import|export)\s+type\b/.test(text)) return kinds;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const note = (specifier: ts.Expression | undefined, typeOnly: boolean) => {
    if (!specifier || !ts.isStringLiteral(specifier)) return;
    const name = specifier.text;
    kinds.set(name, typeOnly && kinds.get(name) !== 'value' ? 'type' : 'value');
  };
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement))
      note(statement.moduleSpecifier, statement.importClause?.isTypeOnly ?? false);
    else if (ts.isExportDeclaration(statement)) note(statement.moduleSpecifier, statement.isTypeOnly);
  }
  // A dynamic import() or require() of the same module elsewhere is a value use.
  const typed = [...kinds].filter(([, kind]) => kind === 'type').map(([name]) => name);
  if (typed.length === 0) return kinds;
  const count = (names: readonly string[], name: string) => names.filter((n) => n === name).length;
  const uses = ts.preProcessFile(text, true, false).importedFiles.map((f) => f.fileName);
  const declared = source.statements.flatMap((s) =>
    (ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) &&
    s.moduleSpecifier &&
    ts.isStringLiteral(s.moduleSpecifier)
      ? [s.moduleSpecifier.text]
      : [],
  );
  for (const name of typed) if (count(uses, name) > count(declared, name)) kinds.set(name, 'value');
  return kinds;
}

function compilerOptions(root: string): ts.CompilerOptions {
  const configPath = join(root, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  if (read.error)
    return { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext };
  return ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configPath).options;
}

function listSources(dir: string, out: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) listSources(full, out);
    } else if (SOURCE.test(entry.name) && !TEST.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      out.push(full);
    }
  }
  return out.sort();
}

export function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** Test files never feed a synth: `*.test.ts`, `*.spec.tsx`, ... */
export function isTestFile(path: string): boolean {
  return TEST.test(path);
}
