import { dirname } from 'node:path';
import { listEnvironments } from '@stratum/config';
import {
  buildInputModel,
  discoverProjects,
  importEdges,
  loadWorkspace,
  MANIFEST_FILE,
  type DiscoveredProject,
} from '@stratum/workspace';
import type {
  CreateDependencies,
  CreateNodes,
  CreateNodesResult,
  RawProjectGraphDependency,
} from 'nx/src/devkit-exports';
import { nxInputs } from './inputs';
import { stratumTargets } from './targets';

/** Options in nx.json: `{ "plugin": "./tools/nx-plugin", "options": { "defaultEnvironment": "local" } }`. */
export interface StratumPluginOptions {
  /** Environment a target uses without `-c <env>`. @default 'local' when it exists, else the first environment */
  readonly defaultEnvironment?: string;
}

/**
 * Infers one Nx project per `stratum.yaml`: name, layer and owner tags, and the synth/validate/policy/plan/
 * deploy/drift targets with one configuration per environment file.
 */
export const createNodes: CreateNodes<StratumPluginOptions> = [
  `**/${MANIFEST_FILE}`,
  (configFiles, options, context) => {
    const root = context.workspaceRoot;
    const workspace = loadWorkspace(root, { validate: false });
    const discovered = [...workspace.projects.values()];
    const byRoot = new Map<string, DiscoveredProject>(discovered.map((p) => [p.root, p]));
    const inputs = nxInputs(buildInputModel(root, discovered, workspace.sources), workspace.graph);
    const environments = listEnvironments(root);
    const defaultEnvironment =
      options?.defaultEnvironment ??
      (environments.includes('local') ? 'local' : (environments[0] ?? 'local'));
    return configFiles.flatMap((file) => {
      const project = byRoot.get(dirname(file));
      if (!project) return [];
      const result: CreateNodesResult = {
        projects: {
          [project.root]: {
            name: project.name,
            root: project.root,
            projectType: 'application',
            tags: [
              `layer:${project.layer}`,
              `owner:${project.owner}`,
              ...(project.service ? [`service:${project.service}`] : ['scope:shared']),
            ],
            metadata: {
              description: project.description ?? `Stratum ${project.layer} project`,
              technologies: ['cdktn', 'terraform'],
            },
            targets: stratumTargets({
              projectRoot: project.root,
              environments,
              defaultEnvironment,
              inputs: inputs.get(project.name)!,
            }),
          },
        },
      };
      return [[file, result] as const];
    });
  },
];

/** @deprecated alias kept for Nx versions that look for `createNodesV2`. */
export const createNodesV2 = createNodes;

/**
 * Edges from code: an import in a Stratum project that resolves into another Nx project's folder (another
 * stack's accessors, or a workspace library such as @stratum/constructs) is a static dependency.
 */
export const createDependencies: CreateDependencies<StratumPluginOptions> = (_options, context) => {
  const root = context.workspaceRoot;
  const stratum = discoverProjects(root);
  const all = Object.entries(context.projects).map(([name, config]) => ({ name, root: config.root }));
  const nameByRoot = new Map(all.map((p) => [p.root, p.name]));
  const sources = stratum.map((p) => ({ name: nameByRoot.get(p.root) ?? p.name, root: p.root }));
  const deps: RawProjectGraphDependency[] = [];
  for (const [source, edges] of importEdges(root, sources, all)) {
    for (const edge of edges)
      deps.push({
        source,
        target: edge.target,
        sourceFile: edge.sourceFile,
        type: 'static',
      } as RawProjectGraphDependency);
  }
  return deps;
};
