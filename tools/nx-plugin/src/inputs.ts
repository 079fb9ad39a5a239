import {
  upstreamProjects,
  WORKSPACE_INPUTS,
  type InputModel,
  type ProjectInputs,
  type Workspace,
} from '@stratum/workspace';
import { SYNTH_OUT_DIR } from '@stratum/config';

/** The Nx `inputs` of one project's targets, all rendered from the one input model of @stratum/workspace. */
export interface NxTargetInputs {
  /** What its synthesized JSON depends on (see ProjectInputs). */
  readonly synth: string[];
  /** synth + the policy gate's code. */
  readonly policy: string[];
  /**
   * synth of the project and of every project it depends on, transitively: a change that reaches an upstream
   * makes `nx affected -t deploy` select its dependants too, as `stratum affected` does.
   */
  readonly deploy: string[];
}

const workspaceFile = (pattern: string) =>
  `{workspaceRoot}/${pattern.endsWith('/') ? `${pattern}**` : pattern}`;

/** Files of one project, as Nx input globs ({projectRoot} for its own folder, {workspaceRoot} otherwise). */
function ownInputs(inputs: ProjectInputs, self: boolean): string[] {
  const folder = self ? '{projectRoot}' : `{workspaceRoot}/${inputs.folder}`;
  return [
    `${folder}/**/*`,
    `!${folder}/${SYNTH_OUT_DIR}/**`,
    `!${folder}/**/*.test.ts`,
    `!${folder}/**/*.spec.ts`,
    ...inputs.imports.map(workspaceFile),
    ...(inputs.catalog ? [workspaceFile(inputs.catalog)] : []),
    ...inputs.slo.map(workspaceFile),
    ...inputs.declared.map(workspaceFile),
  ];
}

const unique = (list: readonly string[]) => [...new Set(list)];

/** Nx inputs of every project's synth, policy and deploy targets. */
export function nxInputs(model: InputModel, graph: Workspace['graph']): Map<string, NxTargetInputs> {
  const shared = WORKSPACE_INPUTS.map((w) => workspaceFile(w.pattern));
  const result = new Map<string, NxTargetInputs>();
  for (const [name, inputs] of model.projects) {
    const synth = unique([...ownInputs(inputs, true), ...shared]);
    const upstream = upstreamProjects(graph, name);
    const deploy = unique([
      ...synth,
      ...upstream.flatMap((p) => {
        const other = model.projects.get(p);
        return other ? ownInputs(other, false) : [];
      }),
    ]);
    result.set(name, { synth, policy: unique([...synth, ...model.policy.map(workspaceFile)]), deploy });
  }
  return result;
}
