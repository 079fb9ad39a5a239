import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  type Entity,
  type ResourceEntityV1alpha1,
  type SystemEntityV1alpha1,
} from '@backstage/catalog-model';
import {
  ANNOTATION_LAYER,
  ANNOTATION_ORPHAN,
  ANNOTATION_PROJECT,
  ANNOTATION_SERVICE,
  PLATFORM_SYSTEM,
  RESOURCE_TYPE_TERRAFORM_STACK,
  UNOWNED,
} from '@stratum/plugin-stratum-common';
import type { WorkspaceSnapshot } from '@stratum/plugin-stratum-node';

export interface EntityOptions {
  /** Name of the System that shared projects belong to. @default platform */
  readonly platformSystem?: string;
  /** Owner group of that System. @default platform-team */
  readonly platformOwner?: string;
}

const group = (name: string): string => `group:default/${name}`;

/**
 * The catalog entities of a workspace snapshot: one `Resource` (type `terraform-stack`) per project, with its owner,
 * system, layer annotation and `dependsOn` its dependencies; a service's projects are `dependencyOf` the service's
 * Component (so the Component, defined by the service's catalog-info.yaml, gets `dependsOn` relations to its stacks
 * without being emitted twice); shared projects belong to the platform System, which is emitted too. Orphans are
 * emitted with the owner they name (or `unowned`) and a `stratum.dev/orphan` annotation saying why.
 */
export function projectEntities(snapshot: WorkspaceSnapshot, options: EntityOptions = {}): Entity[] {
  const { platformSystem = PLATFORM_SYSTEM, platformOwner = 'platform-team' } = options;
  const services = new Map(snapshot.services.map((s) => [s.name, s]));
  const orphans = new Map(snapshot.orphans.map((o) => [o.name, o]));
  const system: SystemEntityV1alpha1 = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: {
      name: platformSystem,
      title: 'Platform',
      description:
        'Shared infrastructure of the Stratum workspace: network, security baseline, platform, observability.',
      annotations: location(snapshot.root, 'shared-infra'),
    },
    spec: { owner: group(platformOwner) },
  };
  const resources = snapshot.projects.map((project): ResourceEntityV1alpha1 => {
    const service = project.service ? services.get(project.service) : undefined;
    const orphan = orphans.get(project.name);
    const owner = project.owner ?? orphan?.declaredOwner ?? UNOWNED;
    const systemName = project.service ? (service?.system ?? undefined) : platformSystem;
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: project.name,
        description: project.service
          ? `${project.layer} stack of the ${project.service} service (${project.root}).`
          : `Shared ${project.layer} stack (${project.root}).`,
        tags: [project.layer],
        annotations: {
          ...location(snapshot.root, `${project.root}/stratum.yaml`),
          [ANNOTATION_LAYER]: project.layer,
          [ANNOTATION_PROJECT]: project.name,
          ...(project.service ? { [ANNOTATION_SERVICE]: project.service } : {}),
          ...(orphan ? { [ANNOTATION_ORPHAN]: orphan.reason } : {}),
        },
      },
      spec: {
        type: RESOURCE_TYPE_TERRAFORM_STACK,
        owner: group(owner),
        ...(systemName ? { system: systemName } : {}),
        dependsOn: project.dependsOn.map((name) => `resource:default/${name}`),
        ...(service ? { dependencyOf: [`component:default/${service.component}`] } : {}),
      },
    };
  });
  return [system, ...resources];
}

function location(root: string, path: string): Record<string, string> {
  const target = `file:${root}/${path}`;
  return { [ANNOTATION_LOCATION]: target, [ANNOTATION_ORIGIN_LOCATION]: target };
}
