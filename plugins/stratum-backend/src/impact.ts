import { deployOrder, withDependants } from '@stratum/graph';
import type { ImpactReport } from '@stratum/plugin-stratum-common';
import type { WorkspaceSnapshot } from '@stratum/plugin-stratum-node';

/**
 * What a change to `project` reaches: the project and every dependant (with owner, service and the edges among
 * them), the services and owner groups touched, and the order a deploy of the change takes. Undefined when the
 * workspace has no such project.
 */
export function impactOf(snapshot: WorkspaceSnapshot, project: string): ImpactReport | undefined {
  if (!snapshot.byName.has(project)) return undefined;
  const reached = withDependants(snapshot.graph, [project]);
  const projects = [...reached]
    .sort()
    .map((name) => snapshot.byName.get(name)!)
    .map((p) => ({
      name: p.name,
      layer: p.layer,
      owner: p.owner,
      service: p.service,
      dependsOn: p.dependsOn.filter((d) => reached.has(d)),
    }));
  const distinct = (values: readonly (string | null)[]) =>
    [...new Set(values.filter((v): v is string => v !== null))].sort();
  return {
    project,
    projects,
    dependants: projects.map((p) => p.name).filter((name) => name !== project),
    services: distinct(projects.map((p) => p.service)),
    owners: distinct(projects.map((p) => p.owner)),
    deployOrder: deployOrder(snapshot.graph, reached),
  };
}
