import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, type Environment } from '@stratum/config';
import { stackName, stateLocation, type StackContext } from '@stratum/constructs';
import {
  unitId,
  type ApplyResult,
  type RollbackResult,
  type StackRunner,
  type StackUnit,
} from '@stratum/orchestrator';
import { runTerraform, terraformError, type TerraformSettings } from '@stratum/terraform';
import type { Ledger } from '@stratum/ledger';
import type { StackArtifact } from './stacks';

/** A project renamed with a declared `previousName`: its stacks' state moves from `from` to `to`. */
export interface ProjectRename {
  readonly from: string;
  readonly to: string;
}

/** One stack whose state was moved (per region), so that a rollback can move it back. */
export interface MovedState {
  readonly unitId: string;
  readonly fromStack: string;
  readonly toStack: string;
  readonly from: BackendBlock;
  readonly to: BackendBlock;
}

/** A terraform `backend` block: `{ local: { path } }` or `{ s3: { bucket, key, ... } }`. */
type BackendBlock = Record<string, Record<string, unknown>>;

export interface StateFile {
  version: number;
  serial: number;
  lineage: string;
  resources?: { mode: string }[];
  outputs?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface MoveContext {
  readonly root: string;
  readonly env: Environment;
  readonly runId: string;
  readonly settings: TerraformSettings;
  /** The synthesized stacks of the run; every renamed project must be among them. */
  readonly artifacts: ReadonlyMap<string, StackArtifact>;
}

/**
 * Moves the state of each renamed project's stacks to the new stack's state location (local backend: the state
 * file; S3: the key) before anything plans, through terraform itself (`state pull` from the old location,
 * `state push` to the new, then an empty state pushed to the old), so nothing is destroyed or recreated.
 * Refuses (nothing moved) when the new location already holds resources. Returns what was moved.
 */
export async function moveRenamedStates(
  renames: readonly ProjectRename[],
  ctx: MoveContext,
  region: string,
): Promise<{ moved: MovedState[]; notes: string[] }> {
  const moved: MovedState[] = [];
  const notes: string[] = [];
  for (const { from, to } of renames) {
    const artifact = ctx.artifacts.get(unitId(to, region));
    if (!artifact)
      throw new ConfigError(
        `Project '${to}' was renamed from '${from}' but is not deployed in this run; deploy it with the change that renames it.`,
        `${to}/stratum.yaml`,
        'previousName',
      );
    const move: MovedState = {
      unitId: artifact.unitId,
      fromStack: stackName(from, region),
      toStack: artifact.stack,
      from: backendAt(ctx, artifact, from, region),
      to: backendAt(ctx, artifact, to, region),
    };
    const dir = join(ctx.root, '.stratum', 'tmp', `state-move-${ctx.runId}`, artifact.unitId);
    const result = await moveState(ctx.settings, dir, move.from, move.to);
    if (result === 'empty') notes.push(`${move.fromStack} has no state to move to ${move.toStack}.`);
    else {
      moved.push(move);
      notes.push(
        `Moved the state of ${move.fromStack} to ${move.toStack} (renamed from ${from}): nothing is destroyed or recreated.`,
      );
    }
  }
  return { moved, notes };
}

/**
 * `moveRenamedStates` for every region, before anything plans. When one move fails (the new location holds
 * resources), the moves already made are undone before the error is thrown: all or nothing.
 */
export async function moveRenamedStatesEverywhere(
  renames: readonly ProjectRename[],
  ctx: MoveContext,
): Promise<{ moved: MovedState[]; notes: string[] }> {
  const moved: MovedState[] = [];
  const notes: string[] = [];
  try {
    for (const region of ctx.env.regions) {
      const done = await moveRenamedStates(renames, ctx, region);
      moved.push(...done.moved);
      notes.push(...done.notes);
    }
  } catch (error) {
    await moveBackUnapplied(moved, [], ctx);
    throw error;
  }
  return { moved, notes };
}

/**
 * A runner that, when rolling back a stack whose state this run moved, moves the state back to the old stack
 * first (the old stack's record in the ledger is still its deployment) instead of destroying what the rename
 * kept; every other call goes to `inner`.
 */
export function withStateMoves(
  inner: StackRunner,
  moved: readonly MovedState[],
  ctx: MoveContext,
): StackRunner {
  return {
    apply: (unit: StackUnit, signal?: AbortSignal): Promise<ApplyResult> => inner.apply(unit, signal),
    async rollback(unit: StackUnit): Promise<RollbackResult> {
      const move = moved.find((m) => m.unitId === unit.id); // read late: `moved` grows region by region
      if (!move) return inner.rollback(unit);
      const dir = join(ctx.root, '.stratum', 'tmp', `state-move-${ctx.runId}`, `${unit.id}-back`);
      try {
        await moveState(ctx.settings, dir, move.to, move.from);
        return { ok: true };
      } catch (error) {
        return {
          ok: false,
          error: `moving the state back to ${move.fromStack}: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
    },
  };
}

/**
 * After a failed run: moves back the state of every moved stack that was not applied and not already rolled back
 * (a skipped or never-started stack), so the old stack is whole again. Returns a note per stack.
 */
export async function moveBackUnapplied(
  moved: readonly MovedState[],
  outcomes: readonly { readonly unit: { readonly id: string }; readonly status: string }[],
  ctx: MoveContext,
): Promise<string[]> {
  const keep = new Set(['succeeded', 'failed', 'rolled_back', 'rollback_failed']);
  const notes: string[] = [];
  for (const move of moved) {
    const status = outcomes.find((o) => o.unit.id === move.unitId)?.status;
    if (status && keep.has(status)) continue;
    const dir = join(ctx.root, '.stratum', 'tmp', `state-move-${ctx.runId}`, `${move.unitId}-back`);
    await moveState(ctx.settings, dir, move.to, move.from);
    notes.push(`Moved the state of ${move.toStack} back to ${move.fromStack}: the run did not apply it.`);
  }
  return notes;
}

/** The new stack's backend block with its location set to `project`'s state (local paths made absolute). */
export function backendAt(
  ctx: Pick<MoveContext, 'root' | 'env'>,
  artifact: StackArtifact,
  project: string,
  region: string,
): BackendBlock {
  const synthesized = (JSON.parse(artifact.json) as { terraform?: { backend?: BackendBlock } }).terraform
    ?.backend;
  // stateLocation (the one owner of the state layout) reads only env, region and stackDirToRoot; the workspace
  // root as stackDirToRoot makes a local path absolute.
  const where = { env: ctx.env, region, stackDirToRoot: ctx.root } as Pick<
    StackContext,
    'env' | 'region' | 'stackDirToRoot'
  >;
  const location = stateLocation(where as StackContext, project);
  if ('local' in location) return { local: { path: location.local } };
  return { s3: { ...(synthesized?.s3 ?? {}), ...location.s3 } };
}

/** Moves the state at `from` to `to`; 'empty' when `from` holds no state. Throws when `to` already holds resources. */
async function moveState(
  settings: TerraformSettings,
  dir: string,
  from: BackendBlock,
  to: BackendBlock,
): Promise<'moved' | 'empty'> {
  try {
    const source = await pull(settings, join(dir, 'from'), from);
    if (!source) return 'empty';
    const target = await pull(settings, join(dir, 'to'), to);
    if (target && managed(target) > 0)
      throw new Error(
        `the new state location already holds ${managed(target)} resource(s); move or remove one of the two states by hand (terraform state pull/push) and deploy again`,
      );
    await push(settings, join(dir, 'to'), source, target !== undefined);
    await push(
      settings,
      join(dir, 'from'),
      { ...source, serial: source.serial + 1, resources: [], outputs: {} },
      false,
    );
    return 'moved';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The state at `backend` (terraform init + state pull in `dir`); undefined when none is stored. */
export async function pull(
  settings: TerraformSettings,
  dir: string,
  backend: BackendBlock,
): Promise<StateFile | undefined> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.tf.json'), JSON.stringify({ terraform: { backend } }));
  await step(settings, dir, ['init', '-input=false', '-no-color', '-reconfigure']);
  const text = (await step(settings, dir, ['state', 'pull'])).trim();
  return text ? (JSON.parse(text) as StateFile) : undefined;
}

async function push(
  settings: TerraformSettings,
  dir: string,
  state: StateFile,
  force: boolean,
): Promise<void> {
  writeFileSync(join(dir, 'moved.tfstate'), JSON.stringify(state, null, 2));
  await step(settings, dir, ['state', 'push', ...(force ? ['-force'] : []), 'moved.tfstate']);
}

async function step(settings: TerraformSettings, dir: string, args: string[]): Promise<string> {
  const result = await runTerraform(settings, args, dir);
  if (result.exitCode !== 0) throw new Error(`terraform ${args.join(' ')}: ${terraformError(result)}`);
  return result.stdout;
}

/** How many managed resources a state holds. */
export function managed(state: StateFile): number {
  return (state.resources ?? []).filter((r) => r.mode === 'managed').length;
}

/** After a successful run: the old stacks whose state moved no longer exist (a deployment without artifact). */
export async function retireMovedStacks(
  ledger: Ledger,
  env: string,
  runId: string,
  moved: readonly MovedState[],
  renames: readonly ProjectRename[],
): Promise<void> {
  for (const m of moved) {
    const project = renames.find((r) => m.fromStack.startsWith(`${r.from}-`))?.from ?? m.fromStack;
    await ledger.recordDeployment({ env, project, stack: m.fromStack, runId, artifactHash: null });
  }
}
