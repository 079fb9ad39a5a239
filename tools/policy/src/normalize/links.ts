import { hasInterpolation, parseTemplate } from '../eval/hcl';
import { couldEqual, isUnknown, toStr, type Check, type Unknown, type Value } from '../eval/value';
import type { ResourceNode, Workspace } from '../model/stack';

/** Reference roots that are not managed resources. */
const NOT_RESOURCES = new Set([
  'var',
  'local',
  'data',
  'module',
  'count',
  'each',
  'self',
  'path',
  'terraform',
]);

/**
 * Whether `companion.<argument>` (`bucket`, `vpc_id`, `security_group_id`) designates `target`, by
 * reference first and by literal name only when that name is unique:
 * - a direct reference to a resource (`${aws_s3_bucket.b.id}`, `.arn`, `.bucket`) designates that
 *   resource and no other, even when several resources share its literal name;
 * - an unknown that remembers its resource (through locals or the remote state of a stack in the run)
 *   designates that resource;
 * - a literal equal to the target's literal `nameArgument` designates it only when no other resource of
 *   the target's type in the run has the same literal name (otherwise it designates none of them).
 */
export function designates(
  companion: ResourceNode,
  argument: string,
  target: ResourceNode,
  nameArgument?: string,
): Check {
  const referenced = referencedAddress(companion, argument);
  // a direct reference names one resource of its own stack, declared or not: it designates no other
  if (referenced) return referenced === target.address && companion.stack === target.stack;
  const value: Value | undefined = companion.get(argument);
  if (value === undefined || value === null) return false;
  if (isUnknown(value)) {
    if (value.origin.kind === 'resource') return value.origin.node === target;
    if (value.origin.kind === 'template') {
      const name = uniqueName(target, nameArgument);
      return name === undefined ? value : couldEqual(value, name);
    }
    return value;
  }
  const name = uniqueName(target, nameArgument);
  return name !== undefined && toStr(value) === name;
}

/** The address of the resource the argument references directly (`${type.name.attr}`), if it does. */
function referencedAddress(node: ResourceNode, argument: string): string | undefined {
  const raw = node.body[argument];
  if (typeof raw !== 'string' || !hasInterpolation(raw)) return undefined;
  let parts: ReturnType<typeof parseTemplate>;
  try {
    parts = parseTemplate(raw);
  } catch {
    return undefined;
  }
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only === undefined || typeof only === 'string' || only.t !== 'ref' || NOT_RESOURCES.has(only.root))
    return undefined;
  const name = only.steps[0];
  return typeof name === 'string' ? `${only.root}.${name}` : undefined;
}

/** The target's literal name, when it is written literally and no other resource of its type in the run has it. */
function uniqueName(target: ResourceNode, nameArgument: string | undefined): string | undefined {
  const name = literalName(target, nameArgument);
  if (name === undefined || nameArgument === undefined) return undefined;
  const sharing = target.stack.workspace
    .ofType(target.type)
    .filter((other) => literalName(other, nameArgument) === name);
  return sharing.length === 1 ? name : undefined;
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
    const check = designates(node, argument, target, nameArgument);
    if (check === true) linked.push(node);
    else if (isUnknown(check)) unresolved.push({ node, value: check });
  }
  return { linked, unresolved };
}

/**
 * The resources of `ownerType` in the run that `companion.<argument>` designates: the bucket of an
 * `aws_s3_bucket_acl`. Findings about a companion are filed on its owner, where users fix and suppress.
 */
export function ownersOf(
  companion: ResourceNode,
  argument: string,
  ownerType: string,
  nameArgument?: string,
): readonly ResourceNode[] {
  return companion.stack.workspace
    .ofType(ownerType)
    .filter((owner) => designates(companion, argument, owner, nameArgument) === true);
}

/** The companions of a bucket of one type (`aws_s3_bucket_acl`, ...), linked through their `bucket` argument. */
export function bucketCompanions(bucket: ResourceNode, type: string): Companions {
  return companionsOf(bucket.stack.workspace, [type], 'bucket', bucket, 'bucket');
}

/**
 * Companions of a type in the stack whose bucket is not a bucket of the run (or cannot be told): they
 * are judged on their own address, since there is no bucket to report on.
 */
export function orphanBucketCompanions(
  stack: { ofType(...types: readonly string[]): ResourceNode[] },
  type: string,
): ResourceNode[] {
  return stack
    .ofType(type)
    .filter((node) => ownersOf(node, 'bucket', 'aws_s3_bucket', 'bucket').length === 0);
}
