import { UsageError } from '@stratum/config';
import { deployOrder, graphWidth, type GraphWidth } from '@stratum/graph';
import { parseCommandArgs, requireEnv } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';
import { resolveTargets, TARGET_OPTIONS, TARGET_USAGE } from '../targets';
import { openEnvironment, openWorkspace } from '../workspace-context';

/** Matrix jobs when `--max` is not given. */
export const DEFAULT_MAX_WORKERS = 16;
/** GitHub Actions runs at most 256 jobs of one matrix. */
export const GITHUB_MATRIX_LIMIT = 256;

/** What `stratum ci matrix --json` prints. */
export interface CiMatrix {
  /** The value for `strategy.matrix`: `fromJSON` of it gives one `stratum worker` job per entry. */
  readonly matrix: { readonly worker: number[] };
  readonly workers: number;
  readonly max: number;
  readonly width: GraphWidth;
  readonly env: string;
  /** Regions run one after another, so one region's DAG is what runs at once. */
  readonly regions: readonly string[];
  /** Projects to deploy, in deploy order. */
  readonly projects: readonly string[];
  /** Projects deleted since the base (with --affected), destroyed after the deploy. */
  readonly destroy: readonly string[];
}

/** Workers worth starting: as many as stacks can run at once, at least one, at most `max`. */
export function workersFor(width: GraphWidth, max: number): number {
  return Math.min(max, Math.max(1, width.antichain));
}

export const ciCommand: Command = {
  name: 'ci',
  summary: 'CI helpers: `ci matrix` sizes the CI matrix of `stratum worker` jobs from the change set.',
  usage: `Usage: stratum ci matrix --env <env> (--affected --base <ref> [--head <ref>] | --projects a,b | --all)
                         [--max N] [--json]

Prints the GitHub Actions matrix of worker jobs, e.g. {"worker":[1,2,3]}, for
  strategy: { matrix: \${{ fromJSON(needs.planner.outputs.matrix) }} }
Its size is the number of stacks of the change set that can run at once: the largest set of projects none of
which depends on another, directly or not (the widest antichain of the deploy DAG; exact, whatever each
stack's apply time; never below the widest wave). A worker beyond that number would always wait. Regions are
deployed one after another, so the width is one region's. At least 1 (a matrix cannot be empty), at most --max.

Options:
${TARGET_USAGE}
  --env <env>   The environment (its file narrows --affected). Required.
  --max N       At most N workers (default ${DEFAULT_MAX_WORKERS}, at most ${GITHUB_MATRIX_LIMIT}, GitHub's matrix limit).
  --json        Print { "matrix": { "worker": [1..k] }, "workers": k, "max", "width": { "antichain",
                "widestWave", "projects" }, "env", "regions", "projects": [deploy order], "destroy": [...] }.`,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub !== 'matrix')
      throw new UsageError(`stratum ci: give a subcommand, matrix${sub ? `; got '${sub}'` : ''}.`);
    const { values } = parseCommandArgs('ci matrix', rest, {
      ...TARGET_OPTIONS,
      env: { type: 'string' },
      max: { type: 'string' },
      json: { type: 'boolean' },
    });
    const envName = requireEnv('ci matrix', values.env);
    const max = parseMax(values.max);
    const workspace = openWorkspace(io);
    const environment = openEnvironment(workspace, envName);
    const targets = await resolveTargets('ci matrix', workspace, values, envName);
    const width = graphWidth(workspace.graph, targets.projects);
    const workers = workersFor(width, max);
    const result: CiMatrix = {
      matrix: { worker: Array.from({ length: workers }, (_, i) => i + 1) },
      workers,
      max,
      width,
      env: envName,
      regions: environment.regions,
      projects: deployOrder(workspace.graph, targets.projects),
      destroy: targets.deleted,
    };
    io.out(JSON.stringify(values.json ? result : result.matrix, null, values.json ? 2 : undefined));
    return EXIT.ok;
  },
};

function parseMax(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_WORKERS;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > GITHUB_MATRIX_LIMIT)
    throw new UsageError(
      `--max: got '${value}'; give a whole number of workers from 1 to ${GITHUB_MATRIX_LIMIT} (GitHub's matrix limit).`,
    );
  return n;
}
