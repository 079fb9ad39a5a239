import { UsageError } from '@stratum/config';
import { stackName } from '@stratum/constructs';
import { teardownOrder, withDependants, type ProjectGraph } from '@stratum/graph';
import type { Ledger } from '@stratum/ledger';

/** A destroy would leave a deployed dependant without what it depends on. */
export class DependantsExistError extends UsageError {
  constructor(
    readonly env: string,
    readonly dependants: readonly string[],
  ) {
    super(
      `Cannot destroy: ${dependants.join(', ')} still exist${dependants.length === 1 ? 's' : ''} in '${env}' and depend${dependants.length === 1 ? 's' : ''} on it. ` +
        `Destroy ${dependants.length === 1 ? 'it' : 'them'} too with --with-dependants, or list ${dependants.length === 1 ? 'it' : 'them'} in --projects.`,
    );
  }
}

/**
 * What `stratum destroy --projects <requested>` tears down, dependants first: the requested projects, plus, with
 * `withDependants`, every project that depends on them (directly or not) and still exists. Without it, a
 * dependant that still exists is refused (DependantsExistError); dependants that do not exist are no concern.
 */
export function destroySelection(
  graph: ProjectGraph,
  requested: readonly string[],
  exists: ReadonlySet<string>,
  { env, withDependants: include }: { readonly env: string; readonly withDependants: boolean },
): string[] {
  const wanted = new Set(requested);
  const blocking = [...withDependants(graph, requested)]
    .filter((n) => !wanted.has(n) && exists.has(n))
    .sort();
  if (blocking.length > 0 && !include) throw new DependantsExistError(env, blocking);
  return teardownOrder(graph, [...wanted, ...blocking]);
}

/** The projects among `names` that exist in `env` per the ledger: a stack in some region whose last record has an artifact. */
export async function deployedProjects(
  ledger: Ledger,
  env: { readonly name: string; readonly regions: readonly string[] },
  names: Iterable<string>,
): Promise<Set<string>> {
  const out = new Set<string>();
  for (const name of names) {
    for (const region of env.regions) {
      const last = await ledger.lastDeployment(env.name, stackName(name, region));
      if (last?.artifactHash) {
        out.add(name);
        break;
      }
    }
  }
  return out;
}
