import { environmentFile, UsageError, type Environment } from '@stratum/config';
import { IMPORTABLE_RESOURCES } from '@stratum/constructs';
import type { Workspace } from '@stratum/workspace';

/** One `<type>.<name>=<id>` argument: the address the resource gets in the project and its cloud id. */
export interface ImportTarget {
  /** Terraform resource type, e.g. `aws_s3_bucket`. */
  readonly type: string;
  /** The resource's name in the stack (its construct id), e.g. `legacy`. */
  readonly name: string;
  /** `<type>.<name>`. */
  readonly address: string;
  /** The id the provider imports it by (a bucket's name, a security group's `sg-…`). */
  readonly id: string;
  /** The construct library class that types it, e.g. `S3Bucket`. */
  readonly className: string;
}

/** A Terraform identifier that is also a plain construct id (so the address is exactly `<type>.<name>`). */
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Parses and checks every `<address>=<id>` before anything is read or written: the type is one the construct
 * library exports a class for, the name is an identifier, the id is not empty, and no address or id repeats.
 * Throws a UsageError naming the argument and what to do.
 */
export function parseImportTargets(args: readonly string[]): ImportTarget[] {
  if (args.length === 0)
    throw new UsageError(
      'stratum import: name at least one resource as <type>.<name>=<id>, e.g. aws_s3_bucket.legacy=my-bucket.',
    );
  const targets = args.map(parseOne);
  for (const key of ['address', 'id'] as const) {
    const seen = new Set<string>();
    for (const t of targets) {
      if (seen.has(`${t.type} ${t[key]}`))
        throw new UsageError(`stratum import: ${t.address}=${t.id}: the ${key} '${t[key]}' is given twice.`);
      seen.add(`${t.type} ${t[key]}`);
    }
  }
  return targets;
}

function parseOne(arg: string): ImportTarget {
  const eq = arg.indexOf('=');
  if (eq <= 0)
    throw new UsageError(
      `stratum import: '${arg}' is not <type>.<name>=<id>; e.g. aws_s3_bucket.legacy=my-bucket.`,
    );
  const address = arg.slice(0, eq);
  const id = arg.slice(eq + 1).trim();
  const parts = address.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1])
    throw new UsageError(
      `stratum import: '${address}' is not a resource address <type>.<name> (no module paths or indexes).`,
    );
  const [type, name] = parts as [string, string];
  const className = IMPORTABLE_RESOURCES[type];
  if (!className)
    throw new UsageError(
      `stratum import: ${address}: the construct library has no class for '${type}'. Importable: ` +
        `${Object.keys(IMPORTABLE_RESOURCES).join(', ')}. Add its class to tools/constructs/src/importable-classes.ts (one line).`,
    );
  if (!NAME.test(name))
    throw new UsageError(
      `stratum import: ${address}: the name '${name}' must start with a letter or _ and hold only letters, digits and _.`,
    );
  if (id === '' || /[\s"'`\\]/.test(id))
    throw new UsageError(
      `stratum import: ${address}: the id '${id}' must be non-empty, without spaces, quotes or backslashes.`,
    );
  return { type, name, address, id, className };
}

/** The project and region the import goes into; refuses an unknown project or a region the environment lacks. */
export function importScope(
  workspace: Workspace,
  env: Environment,
  project: string | undefined,
  region: string | undefined,
): { project: string; region: string } {
  if (!project)
    throw new UsageError('stratum import: --project <name> is required (the project that adopts them).');
  if (!workspace.projects.has(project))
    throw new UsageError(
      `stratum import: no project '${project}'; projects: ${[...workspace.projects.keys()].sort().join(', ')}.`,
    );
  const chosen = region ?? env.regions[0]!;
  if (!env.regions.includes(chosen))
    throw new UsageError(
      `stratum import: --region ${chosen} is not a region of ${env.name} (${environmentFile(env.name)}: ${env.regions.join(', ')}).`,
    );
  if (region === undefined && env.regions.length > 1)
    throw new UsageError(
      `stratum import: ${env.name} has several regions (${env.regions.join(', ')}); say which one holds the resources with --region.`,
    );
  return { project, region: chosen };
}
