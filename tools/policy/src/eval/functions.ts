import { isRecord, isUnknown, JsonText, knownJson, Unknown, type Value } from './value';

type Fn = (args: readonly Value[], text: string) => Value;

/** Functions whose result the engine can compute from known arguments; all others evaluate to unknown. */
const FUNCTIONS: Readonly<Record<string, Fn>> = {
  jsonencode: (args, text) => new JsonText(args[0] ?? null, text),
  jsondecode: (args, text) => {
    const arg = args[0];
    if (arg instanceof JsonText) return arg.value;
    if (typeof arg !== 'string') return unknownArg(arg, text);
    try {
      return JSON.parse(arg) as Value;
    } catch {
      return new Unknown(text, 'jsondecode of text that is not JSON');
    }
  },
  tostring: identity,
  tolist: identity,
  toset: identity,
  tomap: identity,
  tonumber: identity,
  tobool: identity,
  sensitive: identity,
  nonsensitive: identity,
  concat: (args, text) => {
    const lists = args.map((a) => (Array.isArray(a) ? (a as readonly Value[]) : undefined));
    return lists.every((l) => l !== undefined)
      ? lists.flatMap((l) => l ?? [])
      : unknownArg(
          args.find((a) => !Array.isArray(a)),
          text,
        );
  },
  flatten: (args, text) =>
    Array.isArray(args[0]) ? flattenDeep(args[0] as readonly Value[]) : unknownArg(args[0], text),
  merge: (args, text) =>
    args.every(isRecord)
      ? Object.assign({}, ...args)
      : unknownArg(
          args.find((a) => !isRecord(a)),
          text,
        ),
  base64encode: (args, text) => stringFn(args, text, (s) => Buffer.from(s, 'utf8').toString('base64')),
  base64decode: (args, text) => stringFn(args, text, (s) => Buffer.from(s, 'base64').toString('utf8')),
  lower: (args, text) => stringFn(args, text, (s) => s.toLowerCase()),
  upper: (args, text) => stringFn(args, text, (s) => s.toUpperCase()),
  trimspace: (args, text) => stringFn(args, text, (s) => s.trim()),
  join: (args, text) => {
    const [sep, ...lists] = args;
    const items = lists.flatMap((l) => (Array.isArray(l) ? (l as readonly Value[]) : [l]));
    if (typeof sep !== 'string' || !items.every((i) => typeof i === 'string' || typeof i === 'number'))
      return unknownArg(sep, text);
    return items.join(sep);
  },
};

/** Calls a Terraform function on evaluated arguments. */
export function callFunction(name: string, args: readonly Value[], text: string): Value {
  const fn = FUNCTIONS[name];
  if (!fn)
    return new Unknown(text, `the function ${name}() is evaluated by Terraform, not by the policy gate`);
  return fn(args, text);
}

function identity(args: readonly Value[]): Value {
  return args[0] ?? null;
}

function stringFn(args: readonly Value[], text: string, fn: (s: string) => string): Value {
  const arg = args[0];
  if (typeof arg === 'string') return fn(arg);
  if (arg instanceof JsonText) {
    const json = knownJson(arg);
    if (json !== undefined) return fn(json);
  }
  return unknownArg(arg, text);
}

function unknownArg(arg: Value | undefined, text: string): Unknown {
  return isUnknown(arg)
    ? new Unknown(text, arg.reason, arg.origin)
    : new Unknown(text, 'an argument is not known before apply');
}

function flattenDeep(items: readonly Value[]): Value[] {
  return items.flatMap((item) => (Array.isArray(item) ? flattenDeep(item as readonly Value[]) : [item]));
}
