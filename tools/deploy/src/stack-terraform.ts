import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  initSerially,
  runTerraform,
  terraformError,
  type TerraformResult,
  type TerraformSettings,
} from '@stratum/terraform';
import { GIT_SHA_VARIABLE } from '@stratum/constructs';
import type { TerraformLockRecorder } from './tf-locks';

/** Terraform commands that take the state lock. */
const LOCKING = new Set(['plan', 'apply', 'destroy']);

/** Adds, changes, destroys and replaced resources of a plan, from `terraform plan -json`. */
export interface PlanCounts {
  readonly adds: number;
  readonly changes: number;
  readonly destroys: number;
  readonly replaced: string[];
  /** Outputs the plan creates, updates or deletes (from the `outputs` message); absent when terraform sent none. */
  readonly changedOutputs?: string[];
}

export interface StepResult {
  readonly ok: boolean;
  readonly exitCode: number;
  readonly error?: string;
}

/** The terraform steps one stack goes through, each in the stack's own folder. */
export class StackTerraform {
  constructor(
    private readonly settings: TerraformSettings,
    /** Absolute folder holding cdk.tf.json. */
    readonly dir: string,
    /** Records the state locks the locking commands take. @default none */
    private readonly locks?: { readonly recorder: TerraformLockRecorder; readonly stack: string },
  ) {}

  /**
   * A stored artifact's working copy: writes `config` as `cdk.tf.json` into `dir` (created when missing) and runs
   * `terraform init` there (rollback, drift, compliance and a rollback's migrations run from such folders).
   */
  static async workingCopy(
    settings: TerraformSettings,
    dir: string,
    config: string,
    locks?: { readonly recorder: TerraformLockRecorder; readonly stack: string },
  ): Promise<{ tf: StackTerraform; init: StepResult }> {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'cdk.tf.json'), config);
    const tf = new StackTerraform(settings, dir, locks);
    return { tf, init: await tf.init() };
  }

  /** `terraform init`, queued behind other inits (they share the plugin cache; see `initSerially`). */
  async init(): Promise<StepResult> {
    return step(await initSerially(this.settings, this.dir));
  }

  /** `terraform plan -out=<planFile>` with the commit variable; counts come from the JSON UI stream. */
  async plan(planFile: string, gitSha: string): Promise<StepResult & { counts?: PlanCounts }> {
    const result = await this.run([
      'plan',
      '-input=false',
      '-no-color',
      '-json',
      `-out=${planFile}`,
      '-lock-timeout=60s',
      varArg(gitSha),
    ]);
    if (result.exitCode !== 0)
      return { ok: false, exitCode: result.exitCode, error: jsonDiagnostics(result) };
    return { ok: true, exitCode: 0, counts: planCounts(result.stdout) };
  }

  /** Applies a saved plan; never interrupted once started. */
  async applyPlan(planFile: string): Promise<StepResult> {
    return step(
      await this.run(['apply', '-input=false', '-no-color', '-auto-approve', '-lock-timeout=60s', planFile]),
    );
  }

  /** Plans and applies the folder's configuration in one step (used by rollback). */
  async applyConfig(gitSha: string): Promise<StepResult> {
    return step(
      await this.run([
        'apply',
        '-input=false',
        '-no-color',
        '-auto-approve',
        '-lock-timeout=60s',
        varArg(gitSha),
      ]),
    );
  }

  /** `terraform plan -destroy -out=<planFile>`: what tearing the stack down removes (counts from the JSON stream). */
  async planDestroy(planFile: string, gitSha: string): Promise<StepResult & { counts?: PlanCounts }> {
    const result = await this.run([
      'plan',
      '-destroy',
      '-input=false',
      '-no-color',
      '-json',
      `-out=${planFile}`,
      '-lock-timeout=60s',
      varArg(gitSha),
    ]);
    if (result.exitCode !== 0)
      return { ok: false, exitCode: result.exitCode, error: jsonDiagnostics(result) };
    return { ok: true, exitCode: 0, counts: planCounts(result.stdout) };
  }

  /**
   * Removes `addresses` from the state without touching the real resources (`terraform state rm`), for those the
   * state holds; returns the ones removed.
   */
  async forget(addresses: readonly string[]): Promise<StepResult & { forgotten?: string[] }> {
    if (addresses.length === 0) return { ok: true, exitCode: 0, forgotten: [] };
    const listed = await this.run(['state', 'list', '-no-color']);
    if (listed.exitCode !== 0) return step(listed);
    const held = new Set(listed.stdout.split('\n').map((l) => l.trim()));
    const present = addresses.filter((a) => held.has(a));
    if (present.length === 0) return { ok: true, exitCode: 0, forgotten: [] };
    const removed = step(await this.run(['state', 'rm', '-lock-timeout=60s', ...present]));
    return removed.ok ? { ...removed, forgotten: present } : removed;
  }

  async destroy(gitSha: string): Promise<StepResult> {
    return step(
      await this.run([
        'destroy',
        '-input=false',
        '-no-color',
        '-auto-approve',
        '-lock-timeout=60s',
        varArg(gitSha),
      ]),
    );
  }

  /**
   * `plan -detailed-exitcode` of a stack's deployed configuration with the commit it was deployed with: exit 0
   * the real resources match it, 2 terraform would change something back (drift), anything else an error.
   */
  async driftPlan(planFile: string, gitSha: string): Promise<TerraformResult> {
    return this.run([
      'plan',
      '-detailed-exitcode',
      '-input=false',
      '-no-color',
      `-out=${planFile}`,
      '-lock-timeout=60s',
      varArg(gitSha),
    ]);
  }

  /** A refresh-only plan: reads every resource from the cloud; its JSON's `prior_state` is the refreshed state. */
  async refreshOnlyPlan(planFile: string, gitSha: string): Promise<TerraformResult> {
    return this.run([
      'plan',
      '-refresh-only',
      '-input=false',
      '-no-color',
      `-out=${planFile}`,
      '-lock-timeout=60s',
      varArg(gitSha),
    ]);
  }

  async showJson(planFile: string): Promise<TerraformResult> {
    return this.run(['show', '-json', '-no-color', planFile]);
  }

  private run(args: string[]): Promise<TerraformResult> {
    const work = () => runTerraform(this.settings, args, this.dir);
    return this.locks && LOCKING.has(args[0] ?? '')
      ? this.locks.recorder.around(this.locks.stack, this.dir, work)
      : work();
  }
}

function varArg(gitSha: string): string {
  return `-var=${GIT_SHA_VARIABLE}=${gitSha}`;
}

function step(result: TerraformResult): StepResult {
  return result.exitCode === 0
    ? { ok: true, exitCode: 0 }
    : { ok: false, exitCode: result.exitCode, error: terraformError(result) };
}

interface UiMessage {
  type?: string;
  '@level'?: string;
  '@message'?: string;
  diagnostic?: { summary?: string; detail?: string; address?: string };
  change?: { action?: string; resource?: { addr?: string } };
  changes?: { add?: number; change?: number; remove?: number };
  outputs?: Record<string, { action?: string }>;
}

function messages(stdout: string): UiMessage[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as UiMessage];
      } catch {
        return [];
      }
    });
}

/** Counts from a `terraform plan -json` stream. */
export function planCounts(stdout: string): PlanCounts {
  let adds = 0;
  let changes = 0;
  let destroys = 0;
  const replaced: string[] = [];
  let changedOutputs: string[] | undefined;
  for (const m of messages(stdout)) {
    if (m.type === 'outputs' && m.outputs)
      changedOutputs = Object.entries(m.outputs)
        .filter(([, o]) => o.action !== 'noop')
        .map(([name]) => name)
        .sort();
    if (m.type === 'change_summary' && m.changes) {
      adds = m.changes.add ?? 0;
      changes = m.changes.change ?? 0;
      destroys = m.changes.remove ?? 0;
    }
    if (m.type === 'planned_change' && m.change?.action === 'replace' && m.change.resource?.addr)
      replaced.push(m.change.resource.addr);
  }
  return { adds, changes, destroys, replaced, ...(changedOutputs ? { changedOutputs } : {}) };
}

/** Error diagnostics from a `-json` stream (falls back to plain stderr). */
function jsonDiagnostics(result: TerraformResult): string {
  const errors = messages(result.stdout)
    .filter((m) => m.type === 'diagnostic' && m['@level'] === 'error')
    .map((m) =>
      [m.diagnostic?.summary, m.diagnostic?.address ? `(${m.diagnostic.address})` : '', m.diagnostic?.detail]
        .filter(Boolean)
        .join(' '),
    );
  return errors.length > 0 ? errors.join('\n') : terraformError(result);
}
