import type { Layer } from '@stratum/config';
import type { ProjectGraph } from '@stratum/graph';

/** A project graph from `{ name: [layer, dependsOn] }`, for tests and benchmarks. */
export function graphOf(spec: Readonly<Record<string, readonly [Layer, readonly string[]]>>): ProjectGraph {
  return {
    projects: Object.entries(spec)
      .map(([name, [layer, dependsOn]]) => ({
        name,
        root: `projects/${name}`,
        layer,
        owner: 'team',
        dependsOn: [...dependsOn].sort(),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** A small platform: shared infrastructure, one service with data, app and monitoring, and a second app. */
export const exampleGraph: ProjectGraph = graphOf({
  network: ['infrastructure', []],
  'security-baseline': ['infrastructure', []],
  platform: ['platform', ['network']],
  observability: ['platform', []],
  'payments-data': ['data', ['network']],
  'payments-app': ['application', ['platform', 'payments-data']],
  'payments-monitoring': ['monitoring', ['payments-app', 'observability']],
  'orders-app': ['application', ['platform']],
});
