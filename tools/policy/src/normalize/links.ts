import { couldEqual, isUnknown, toStr, type Check, type Unknown, type Value } from '../eval/value';
import type { ResourceNode, Workspace } from '../model/stack';

/**
 * Whether an argument (`bucket`, `vpc_id`, `security_group_id`) designates `target`: a reference to any of
 * its attributes (`${aws_s3_bucket.b.id}`, `.arn`, `.bucket`, also through locals and remote state of a
 * stack in the run), or a literal equal to the target's literal name argument (`nameArgument`).
 */
export function designates(value: Value | undefined, target: ResourceNode, nameArgument?: string): Check {
  if (value === undefined || value === null) return false;
  if (isUnknown(value)) {
    if (value.origin.kind === 'resource') return value.origin.node === target;
    if (value.origin.kind === 'template') {
      const name = literalName(target, nameArgument);
      return name === undefined ? value : couldEqual(value, name);
    }
    return value;
  }
  const name = literalName(target, nameArgument);
  const text = toStr(value);
  return name !== undefined && text === name;
}

function literalName(target: ResourceNode, nameArgument: string | undefined): string | undefined {
  if (!nameArgument) return undefined;
  const name = toStr(target.get(nameArgument));
  return typeof name === 'string' ? name : undefined;
}

export interface Companions {
  /** Resources of the companion type that designate the target. */
  readonly linked: readonly ResourceNode[];
  /** Companions whose link argument is unknown: they might designate the target. */
  readonly unresolved: readonly { readonly node: ResourceNode; readonly value: Unknown }[];
}

/**
 * Finds the resources of `types` in the whole run whose `argument` designates `target`
 * (the public access block of a bucket, the flow log of a VPC).
 */
export function companionsOf(
  workspace: Workspace,
  types: readonly string[],
  argument: string,
  target: ResourceNode,
  nameArgument?: string,
): Companions {
  const linked: ResourceNode[] = [];
  const unresolved: { node: ResourceNode; value: Unknown }[] = [];
  for (const node of workspace.ofType(...types)) {
    const check = designates(node.get(argument), target, nameArgument);
    if (check === true) linked.push(node);
    else if (isUnknown(check)) unresolved.push({ node, value: check });
  }
  return { linked, unresolved };
}
