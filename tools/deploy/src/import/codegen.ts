import type { SchemaBlock } from './schema';
import type { ImportTarget } from './request';

/** One resource to write: its target, and the arguments to write by snake_case name (see `writtenArguments`). */
export interface GeneratedResource {
  readonly target: ImportTarget;
  readonly schema: SchemaBlock;
  readonly args: Readonly<Record<string, unknown>>;
}

export interface ImportModule {
  /** The module's path relative to the project's `src/`, without extension, e.g. `imported/local-legacy`. */
  readonly modulePath: string;
  /** The exported function the stack calls, e.g. `importedLocalLegacy`. */
  readonly functionName: string;
  readonly source: string;
}

const camel = (s: string): string => s.replace(/[_-]([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (s: string): string => {
  const c = camel(s);
  return c.charAt(0).toUpperCase() + c.slice(1);
};

function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A TypeScript literal of `value`; `schema` (when a block) turns argument names into the binding's camelCase. */
/** Code written as is (a reference to another imported resource), not as a literal. */
class Expression {
  constructor(readonly code: string) {}
}

function literal(value: unknown, indent: string, schema?: SchemaBlock, maxOne?: boolean): string {
  if (value === null || value === undefined) return 'undefined';
  if (value instanceof Expression) return value.code;
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (schema && maxOne && value.length === 1) return literal(value[0], indent, schema);
    const inner = indent + '  ';
    return `[\n${value.map((v) => `${inner}${literal(v, inner, schema)},`).join('\n')}\n${indent}]`;
  }
  const inner = indent + '  ';
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([key, v]) => {
    if (!schema) return `${inner}${IDENT.test(key) ? key : quote(key)}: ${literal(v, inner)},`;
    const block = schema.block_types?.[key];
    const rendered = block ? literal(v, inner, block.block, block.max_items === 1) : literal(v, inner); // attribute values (maps, lists) keep their keys as they are
    return `${inner}${camel(key)}: ${rendered},`;
  });
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/**
 * The TypeScript module that adds the imported resources to a stack: one construct per resource through the
 * construct library's typed classes, each with `importFrom(id)` (cdktn's Terraform import block), only in
 * the environment and region they were imported from.
 */
export function importModule(
  env: string,
  region: string,
  resources: readonly GeneratedResource[],
): ImportModule {
  const first = `${resources[0]!.target.type.replace(/^aws_/, '')}_${resources[0]!.target.name}`;
  const functionName = `imported${pascal(env)}${pascal(first)}`;
  const classes = [...new Set(resources.map((r) => r.target.className))].sort();
  // Construct ids are unique in a stack; a name shared by several types gets its own id and keeps its address.
  const shared = new Set(resources.map((r) => r.target.name).filter((n, i, all) => all.indexOf(n) !== i));
  const buckets = new Map<string, string>();
  const body = resources.map((r) => {
    const variable = camel(`${r.target.name}_${r.target.type.replace(/^aws_/, '')}`);
    const args: Record<string, unknown> = { ...r.args };
    // A companion of an imported bucket refers to it, as a person would write it.
    if (typeof args.bucket === 'string' && buckets.has(args.bucket) && r.target.type !== 'aws_s3_bucket')
      args.bucket = new Expression(`${buckets.get(args.bucket)}.bucket`);
    if (r.target.type === 'aws_s3_bucket' && typeof r.args.bucket === 'string')
      buckets.set(r.target.id, variable);
    const constructId = shared.has(r.target.name)
      ? `${r.target.name}_${r.target.type.replace(/^aws_/, '')}`
      : r.target.name;
    return [
      `  // ${r.target.address}, imported from ${r.target.id}`,
      `  const ${variable} = new ${r.target.className}(stack, ${quote(constructId)}, ${literal(args, '  ', r.schema)});`,
      ...(constructId !== r.target.name ? [`  ${variable}.overrideLogicalId(${quote(r.target.name)});`] : []),
      `  ${variable}.importFrom(${quote(r.target.id)});`,
    ].join('\n');
  });
  const source = [
    `// Written by \`stratum import --env ${env}\`: resources created outside Stratum, managed by this project from`,
    '// now on. Edit it like the rest of the stack. The import blocks are no-ops once the import is deployed.',
    `import { ${classes.join(', ')}, type StratumStack } from '@stratum/constructs';`,
    '',
    `/** Resources imported into ${env} (${region}); other environments and regions do not have them. */`,
    `export function ${functionName}(stack: StratumStack): void {`,
    `  if (stack.ctx.env.name !== ${quote(env)} || stack.ctx.region !== ${quote(region)}) return;`,
    ...body,
    '}',
    '',
  ].join('\n');
  return { modulePath: `imported/${env}-${first.replace(/_/g, '-')}`, functionName, source };
}

/**
 * `stack.ts` with the module wired in: an import after the last import line and a call right after
 * `super(scope, ctx);`. Throws (naming the file) when that call is not there exactly once, so nothing is written.
 */
export function wireIntoStack(stackSource: string, stackFile: string, module: ImportModule): string {
  const supers = [...stackSource.matchAll(/^([ \t]*)super\(\s*scope\s*,\s*ctx\s*\);[ \t]*$/gm)];
  if (supers.length !== 1)
    throw new Error(
      `${stackFile}: found ${supers.length} \`super(scope, ctx);\` lines, expected one; add ` +
        `\`import { ${module.functionName} } from './${module.modulePath}';\` and \`${module.functionName}(this);\` by hand.`,
    );
  const call = supers[0]!;
  const at = call.index! + call[0].length;
  const withCall = `${stackSource.slice(0, at)}\n${call[1]}${module.functionName}(this);${stackSource.slice(at)}`;
  const importLine = `import { ${module.functionName} } from './${module.modulePath}';`;
  const imports = [...withCall.matchAll(/^import [^;]*;[ \t]*$/gm)];
  const last = imports[imports.length - 1];
  if (!last) return `${importLine}\n${withCall}`;
  const end = last.index! + last[0].length;
  return `${withCall.slice(0, end)}\n${importLine}${withCall.slice(end)}`;
}
