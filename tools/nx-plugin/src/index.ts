import { dirname } from 'node:path';
import { listEnvironments } from '@stratum/config';
import {
  buildInputModel,
  connectProjects,
  importEdges,
  MANIFEST_FILE,
  type DiscoveredProject,
  type WorkspaceProblem,
} from '@stratum/workspace';
import {
  AggregateCreateNodesError,
  createNodesFromFiles,
  type CreateDependencies,
  type CreateNodes,
  type CreateNodesResult,
  type RawProjectGraphDependency,
} from 'nx/src/devkit-exports';
import { discover, problemError, type Discovery } from './discovery';
import { nxInputs } from './inputs';
import { stratumTargets } from './targets';

/** Options in nx.json: `{ "plugin": "./tools/nx-plugin", "options": { "defaultEnvironment": "local" } }`. */
export interface StratumPluginOptions {
  /** Environment a target uses without `-c <env>`. @default 'local' when it exists, else the first environment */
  readonly defaultEnvironment?: string;
}

/**
 * Infers one Nx project per `stratum.yaml`, file by file: name, layer and owner tags, and the synth/validate/
 * policy/plan/deploy/drift targets with one configuration per environment file. A file with problems reports
 * them as its own error and the other projects stand; problems of no stratum.yaml (an unreadable org file, a
 * stack without one) are reported under their own file.
 */
export const createNodes: CreateNodes<StratumPluginOptions> = [
  `**/${MANIFEST_FILE}`,
  async (configFiles, options, context) => {
    const root = context.workspaceRoot;
    const discovery = discover(root);
    const folders = new Set(configFiles.map(dirname));
    const elsewhere = discovery.scan.problems
      .filter((p) => !p.projects.some((folder) => folders.has(folder)))
      .map((p): [string, Error] => [p.file, problemError([p], p.file)]);
    const nodeOf = projectNodes(root, discovery, options);
    let results: Awaited<ReturnType<typeof createNodesFromFiles>>;
    try {
      results = await createNodesFromFiles(nodeOf, configFiles, options, context);
    } catch (error) {
      if (!(error instanceof AggregateCreateNodesError)) throw error;
      throw new AggregateCreateNodesError([...error.errors, ...elsewhere], error.partialResults);
    }
    if (elsewhere.length > 0) throw new AggregateCreateNodesError(elsewhere, results);
    return results;
  },
];

/** @deprecated alias kept for Nx versions that look for `createNodesV2`. */
export const createNodesV2 = createNodes;

/** The node of one stratum.yaml; what every node needs (environments, the input model) is computed once. */
function projectNodes(
  root: string,
  { sound, problemsOf }: Discovery,
  options: StratumPluginOptions | undefined,
): (file: string) => CreateNodesResult {
  const workspace = connectProjects(root, sound);
  const byRoot = new Map<string, DiscoveredProject>(sound.map((p) => [p.root, p]));
  const inputs = nxInputs(buildInputModel(root, sound, workspace.sources), workspace.graph);
  const environments = listEnvironments(root);
  const defaultEnvironment =
    options?.defaultEnvironment ?? (environments.includes('local') ? 'local' : (environments[0] ?? 'local'));
  return function projectNode(file) {
    const problems: readonly WorkspaceProblem[] | undefined = problemsOf.get(dirname(file));
    if (problems) throw problemError(problems, file);
    const project = byRoot.get(dirname(file));
    if (!project) return {};
    return {
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
  };
}

/**
 * Edges from code: an import in a Stratum project that resolves into another Nx project's folder (another
 * stack's accessors, or a workspace library such as @stratum/constructs) is a static dependency. The projects
 * are createNodes' (the same discovery, by content hash), so a broken stratum.yaml drops only its own edges.
 */
export const createDependencies: CreateDependencies<StratumPluginOptions> = (_options, context) => {
  const root = context.workspaceRoot;
  const { sound } = discover(root);
  const all = Object.entries(context.projects).map(([name, config]) => ({ name, root: config.root }));
  const nameByRoot = new Map(all.map((p) => [p.root, p.name]));
  const sources = sound.map((p) => ({ name: nameByRoot.get(p.root) ?? p.name, root: p.root }));
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
