import { LAYERS, type Layer } from '@stratum/config';
import type { GraphProject, ProjectGraph } from '@stratum/graph';
import { planDeployment } from '../scheduler/plan';
import type { DeploymentPlan } from '../scheduler/types';
import { seededRandom } from '@stratum/testing';

/** Shapes of generated DAGs, after the workspaces the scheduler meets. */
export const DAG_SHAPES = ['layered', 'services', 'chains', 'hubs', 'multi-region'] as const;
export type DagShape = (typeof DAG_SHAPES)[number];

export interface GeneratedDag {
  readonly shape: DagShape;
  readonly graph: ProjectGraph;
  readonly plan: DeploymentPlan;
  /** Simulated apply duration per unit id, in ms (heavy-tailed, by layer). */
  readonly durations: ReadonlyMap<string, number>;
}

export interface GenerateOptions {
  /**
   * Number of units (stacks) wanted; multi-region plans round to a multiple of their region count.
   * @default 200
   */
  readonly stacks?: number;
  /** @default 1 */
  readonly seed?: number;
}

/** Typical apply time per layer, in simulated ms (a second each): databases and clusters are slow. */
const LAYER_MS: Readonly<Record<Layer, number>> = {
  infrastructure: 180_000,
  platform: 420_000,
  data: 300_000,
  application: 120_000,
  security: 45_000,
  monitoring: 30_000,
};

export { seededRandom };

/** A generated DAG of `stacks` units with simulated durations. */
export function generateDag(shape: DagShape, { stacks = 200, seed = 1 }: GenerateOptions = {}): GeneratedDag {
  const random = seededRandom(seed * 7919 + DAG_SHAPES.indexOf(shape));
  const regions =
    shape === 'multi-region' ? ['ap-southeast-2', 'eu-west-1', 'us-east-1', 'us-west-2'] : ['us-east-1'];
  const count = Math.max(1, Math.round(stacks / regions.length));
  const projects = BUILDERS[shape](count, random);
  const graph: ProjectGraph = { projects: [...projects].sort((a, b) => a.name.localeCompare(b.name)) };
  const plan = planDeployment(graph, { projects: projects.map((p) => p.name), regions });
  const durations = new Map(
    plan.units.map((u) => [u.id, Math.round(LAYER_MS[u.layer] * Math.exp(gaussian(random) * 0.6))]),
  );
  return { shape, graph, plan, durations };
}

type Builder = (count: number, random: () => number) => GraphProject[];

function project(name: string, layer: Layer, dependsOn: Iterable<string>): GraphProject {
  return { name, root: `generated/${name}`, layer, owner: 'team', dependsOn: [...new Set(dependsOn)].sort() };
}

/** Random layers (more apps than clusters), 0-3 dependencies on earlier projects of the same or a lower layer. */
const layered: Builder = (count, random) => {
  const weights = [0.08, 0.07, 0.2, 0.35, 0.15, 0.15];
  const layers = Array.from({ length: count }, () => pickWeighted(weights, random)).sort((a, b) => a - b);
  const out: GraphProject[] = [];
  layers.forEach((rank, i) => {
    const deps =
      i === 0
        ? []
        : Array.from({ length: Math.floor(random() * 4) }, () => out[Math.floor(random() * i)]!.name);
    out.push(project(`p${pad(i)}`, LAYERS[rank]!, deps));
  });
  return out;
};

/** A Stratum workspace: shared infrastructure, then services of data → application → security → monitoring. */
const services: Builder = (count, random) => {
  const out = [
    project('network', 'infrastructure', []),
    project('security-baseline', 'infrastructure', []),
    project('dns', 'infrastructure', []),
    project('platform', 'platform', ['network', 'security-baseline']),
    project('observability', 'platform', ['network']),
    project('registry', 'platform', ['security-baseline']),
  ];
  const apps: string[] = [];
  for (let s = 0; out.length < count; s++) {
    const svc = `svc${pad(s)}`;
    const upstream = apps.length > 0 && random() < 0.4 ? [apps[Math.floor(random() * apps.length)]!] : [];
    const stacks = [
      project(`${svc}-data`, 'data', ['network']),
      project(`${svc}-app`, 'application', ['platform', 'registry', `${svc}-data`, ...upstream]),
      project(`${svc}-security`, 'security', [`${svc}-app`, 'dns']),
      project(`${svc}-monitoring`, 'monitoring', [`${svc}-app`, 'observability']),
    ];
    apps.push(`${svc}-app`);
    out.push(...stacks.slice(0, count - out.length));
  }
  return out;
};

/** Long chains climbing the layers, with a few links across chains. */
const chains: Builder = (count, random) => {
  const length = 10;
  const out: GraphProject[] = [];
  for (let i = 0; i < count; i++) {
    const chain = Math.floor(i / length);
    const step = i % length;
    const deps = step === 0 ? [] : [`c${pad(chain)}-${step - 1}`];
    if (step > 1 && chain > 0 && random() < 0.25)
      deps.push(`c${pad(Math.floor(random() * chain))}-${step - 1 - Math.floor(random() * 2)}`);
    out.push(project(`c${pad(chain)}-${step}`, LAYERS[Math.floor((step * LAYERS.length) / length)]!, deps));
  }
  return out;
};

/** A few slow hubs everything else hangs off, two levels deep. */
const hubs: Builder = (count, random) => {
  const hubNames = ['core-network', 'core-identity', 'core-cluster', 'core-db', 'core-logs'];
  const hubLayers: Layer[] = ['infrastructure', 'infrastructure', 'platform', 'data', 'platform'];
  const out = hubNames.map((name, i) =>
    project(name, hubLayers[i]!, i === 2 || i === 3 ? ['core-network'] : []),
  );
  const middle: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const hubDeps = [hubNames[Math.floor(random() * 5)]!, hubNames[Math.floor(random() * 5)]!];
    const second = middle.length > 0 && random() < 0.5;
    const deps = second ? [...hubDeps, middle[Math.floor(random() * middle.length)]!] : hubDeps;
    const name = `leaf${pad(i)}`;
    out.push(project(name, second ? 'monitoring' : 'application', deps));
    if (!second) middle.push(name);
  }
  return out;
};

const BUILDERS: Readonly<Record<DagShape, Builder>> = {
  layered,
  services,
  chains,
  hubs,
  'multi-region': layered,
};

function pickWeighted(weights: readonly number[], random: () => number): number {
  let r = random() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) if ((r -= weights[i]!) < 0) return i;
  return weights.length - 1;
}

/** A standard normal sample (Box-Muller). */
function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function pad(n: number): string {
  return String(n).padStart(3, '0');
}
