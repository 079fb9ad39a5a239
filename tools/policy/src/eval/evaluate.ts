import { callFunction } from './functions';
import {
  exprText,
  hasInterpolation,
  HclSyntaxError,
  parseTemplate,
  type Expr,
  type Step,
  type TemplatePart,
} from './hcl';
import { expandDynamic, isDynamicSection } from './dynamic';
import type { EvalNode, EvalStack, Scope } from './scope';
import { isRecord, isUnknown, JsonText, Unknown, type Value } from './value';

/** Deepest chain of references followed before giving up (guards against reference cycles). */
const MAX_DEPTH = 40;

const NO_SCOPE: Scope = new Map();

/**
 * Evaluates a raw Terraform JSON value (as found in a resource body) in the context of its stack.
 * `dynamic` blocks in an object are expanded into the blocks they generate (see dynamic.ts).
 */
export function evaluateRaw(raw: unknown, stack: EvalStack, depth = 0, scope: Scope = NO_SCOPE): Value {
  if (typeof raw === 'string') return hasInterpolation(raw) ? evaluateString(raw, stack, depth, scope) : raw;
  if (raw === null || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (raw === undefined) return null;
  if (Array.isArray(raw)) return raw.map((item) => evaluateRaw(item, stack, depth, scope));
  const out: Record<string, Value> = {};
  const body = raw as Record<string, unknown>;
  for (const [key, item] of Object.entries(body)) {
    if (key !== '//' && key !== 'dynamic') out[key] = evaluateRaw(item, stack, depth, scope);
  }
  if (isDynamicSection(body.dynamic))
    expandDynamic(body.dynamic, out, (value, inner) => evaluateRaw(value, stack, depth, inner), scope);
  return out;
}

/** Evaluates a `locals` entry. */
export function evaluateLocal(raw: unknown, stack: EvalStack, depth: number): Value {
  return evaluateRaw(raw, stack, depth + 1);
}

function evaluateString(text: string, stack: EvalStack, depth: number, scope: Scope): Value {
  let parts: TemplatePart[];
  try {
    parts = parseTemplate(text);
  } catch (error) {
    const why = error instanceof HclSyntaxError ? error.message : String(error);
    return new Unknown(text, `the expression could not be parsed (${why})`);
  }
  return evaluateTemplate(parts, text, stack, depth, scope);
}

function evaluateTemplate(
  parts: readonly TemplatePart[],
  text: string,
  stack: EvalStack,
  depth: number,
  scope: Scope,
): Value {
  // "${expr}" alone keeps the type of expr (a list, a number, a reference)
  if (parts.length === 1 && typeof parts[0] !== 'string') return evaluateExpr(parts[0]!, stack, depth, scope);
  const values = parts.map((part) =>
    typeof part === 'string' ? part : evaluateExpr(part, stack, depth, scope),
  );
  if (values.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'))
    return values.join('');
  const merged: (string | Unknown)[] = [];
  for (const value of values) {
    const piece: string | Unknown =
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : isUnknown(value)
          ? value
          : new Unknown(text, 'a non-string value inside a string template');
    const last = merged[merged.length - 1];
    if (typeof piece === 'string' && typeof last === 'string') merged[merged.length - 1] = last + piece;
    else merged.push(piece);
  }
  const unknown = merged.find(isUnknown)!;
  return new Unknown(text, unknown.reason, { kind: 'template', parts: merged });
}

/** Evaluates one parsed HCL expression. */
export function evaluateExpr(expr: Expr, stack: EvalStack, depth: number, scope: Scope = NO_SCOPE): Value {
  const sub = (e: Expr): Value => evaluateExpr(e, stack, depth, scope);
  if (depth > MAX_DEPTH)
    return new Unknown(exprText(expr), 'references nest too deeply (a reference cycle?)');
  switch (expr.t) {
    case 'lit':
      return expr.value;
    case 'template':
      return evaluateTemplate(expr.parts, expr.text, stack, depth, scope);
    case 'tuple':
      return expr.items.map(sub);
    case 'object': {
      const out: Record<string, Value> = {};
      for (const [keyExpr, valueExpr] of expr.items) {
        const key = sub(keyExpr);
        if (typeof key !== 'string')
          return new Unknown(exprText(expr), 'an object key is known only after apply');
        out[key] = sub(valueExpr);
      }
      return out;
    }
    case 'call':
      return callFunction(expr.name, expr.args.map(sub), expr.text);
    case 'cond': {
      const test = sub(expr.test);
      if (test === true || test === 'true') return sub(expr.then);
      if (test === false || test === 'false') return sub(expr.otherwise);
      return isUnknown(test)
        ? new Unknown(expr.text, test.reason, test.origin)
        : new Unknown(expr.text, 'the condition is not a boolean');
    }
    case 'opaque':
      return new Unknown(expr.text, expr.why);
    case 'ref':
      if (scope.has(expr.root)) return traverse(scope.get(expr.root)!, expr.steps, expr.text);
      return resolveReference(expr.root, expr.steps, expr.text, stack, depth + 1);
  }
}

function resolveReference(
  root: string,
  steps: readonly Step[],
  text: string,
  stack: EvalStack,
  depth: number,
): Value {
  const names = steps.filter((s): s is string => typeof s === 'string');
  switch (root) {
    case 'var': {
      const name = names[0] ?? '';
      const declared = stack.json.variable[name];
      if (!declared)
        return new Unknown(text, `variable "${name}" is not declared in this stack`, {
          kind: 'undeclared',
          address: `var.${name}`,
        });
      // A default is the value Terraform uses when nothing in the configuration sets another one.
      if ('default' in declared && declared.default !== null && declared.default !== undefined)
        return traverse(evaluateRaw(declared.default, stack, depth), steps.slice(1), text);
      return new Unknown(text, `variable "${name}" is set at plan time`, { kind: 'variable', name });
    }
    case 'local': {
      const name = names[0] ?? '';
      const value = stack.local(name, depth);
      if (value === undefined)
        return new Unknown(text, `local "${name}" is not declared in this stack`, {
          kind: 'undeclared',
          address: `local.${name}`,
        });
      return traverse(value, steps.slice(1), text);
    }
    case 'data':
      return resolveData(steps, text, stack, depth);
    case 'module':
      return new Unknown(text, `module "${names[0] ?? ''}" outputs are not evaluated`, {
        kind: 'data',
        address: `module.${names[0] ?? ''}`,
      });
    case 'count':
    case 'each':
    case 'self':
    case 'path':
    case 'terraform':
      return new Unknown(text, `"${root}" is known only when Terraform expands the resource`);
    default:
      return resolveResource(root, steps, text, stack, depth);
  }
}

function resolveResource(
  type: string,
  steps: readonly Step[],
  text: string,
  stack: EvalStack,
  depth: number,
): Value {
  const name = steps[0];
  const node = typeof name === 'string' ? stack.lookup(`${type}.${name}`) : undefined;
  if (!node)
    return new Unknown(text, `${type}.${String(name)} is not declared in this stack`, {
      kind: 'undeclared',
      address: `${type}.${String(name)}`,
    });
  return resolveAttribute(node, afterInstanceKey(steps.slice(1)), text, depth);
}

function resolveData(steps: readonly Step[], text: string, stack: EvalStack, depth: number): Value {
  const [type, name] = steps;
  const address = `data.${String(type)}.${String(name)}`;
  const node = stack.lookup(address);
  if (!node)
    return new Unknown(text, `${address} is not declared in this stack`, { kind: 'undeclared', address });
  const rest = afterInstanceKey(steps.slice(2));
  const attribute = rest[0];
  const render = typeof attribute === 'string' ? stack.dataRenderer(String(type), attribute) : undefined;
  if (render) return new JsonText(render(node, depth), text);
  if (type === 'terraform_remote_state' && attribute === 'outputs')
    return resolveRemoteOutput(node, rest.slice(1), text, depth);
  return new Unknown(text, `${address} is read from AWS at plan time`, { kind: 'data', address });
}

/** `data.terraform_remote_state.x.outputs.y`: resolved through the producing stack when it is part of the run. */
function resolveRemoteOutput(node: EvalNode, steps: readonly Step[], text: string, depth: number): Value {
  const output = typeof steps[0] === 'string' ? steps[0] : '';
  const backend = node.get('backend', depth);
  const config = node.get('config', depth);
  const producer =
    typeof backend === 'string' && isRecord(config)
      ? node.stack.producerOf(backend, config, node.stack.dir)
      : undefined;
  const declared = producer?.json.output[output];
  if (!producer || !declared) {
    return new Unknown(
      text,
      `output "${output}" of remote state "${node.name}" comes from another stack's state`,
      { kind: 'remote-state', name: node.name, output },
    );
  }
  return traverse(evaluateRaw(declared.value, producer, depth + 1), steps.slice(1), text);
}

/**
 * An attribute of a resource in the stack: the argument's value when it is written in the body, else a
 * value known only after apply that still remembers which resource it belongs to (for linking rules).
 */
function resolveAttribute(node: EvalNode, steps: readonly Step[], text: string, depth: number): Value {
  const attribute = steps[0];
  if (typeof attribute !== 'string') {
    return new Unknown(text, `${node.address} is known after apply`, {
      kind: 'resource',
      node,
      attribute: '',
    });
  }
  const value = node.get(attribute, depth);
  if (value !== undefined) return traverse(value, steps.slice(1), text);
  return new Unknown(text, `${node.address}.${attribute} is known after apply`, {
    kind: 'resource',
    node,
    attribute,
  });
}

/** Skips `[0]` / `["key"]` right after a resource name (an instance of a `count` / `for_each` resource). */
function afterInstanceKey(steps: readonly Step[]): readonly Step[] {
  const first = steps[0];
  return typeof first === 'number' || (typeof first === 'object' && first !== null) ? steps.slice(1) : steps;
}

function traverse(value: Value, steps: readonly Step[], text: string): Value {
  let current = value;
  for (const step of steps) {
    if (isUnknown(current)) return current;
    if (typeof step === 'object') return new Unknown(text, 'a splat or computed index is not evaluated');
    if (Array.isArray(current) && typeof step === 'number')
      current = (current as readonly Value[])[step] ?? null;
    else if (isRecord(current) && step === 0)
      continue; // a single nested block indexed as a list
    else if (isRecord(current) && typeof step === 'string') current = current[step] ?? null;
    else if (
      Array.isArray(current) &&
      current.length === 1 &&
      typeof step === 'string' &&
      isRecord(current[0])
    )
      current = current[0][step] ?? null;
    else return new Unknown(text, `cannot follow "${String(step)}" into this value`);
  }
  return current;
}
