import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Layer } from '@stratum/config';
import { hashArtifact, type Job, type Ledger } from '@stratum/ledger';
import type { StackUnit } from '@stratum/orchestrator';
import type { TerraformSettings } from '@stratum/terraform';
import { EventLog } from '../event-log';
import { TerraformStackRunner } from '../runner';
import type { StackArtifact } from '../stacks';
import { TerraformLockRecorder } from '../tf-locks';
import type { JobPayload, WorkerReport } from './protocol';

export interface TerraformJobOptions {
  readonly ledger: Ledger;
  /** The worker's checkout (the repo at the run's commit). */
  readonly root: string;
  readonly env: string;
  readonly settings: TerraformSettings;
}

/**
 * Runs one claimed job with the same TerraformStackRunner as a one-process deploy, from the artifact pinned in
 * the ledger: its bytes are checked against their hash and written (temp + rename) where synth would have put
 * them, so plan, saved plan and apply all happen on this worker from exactly the coordinator's bytes.
 */
export function terraformJobHandler(
  o: TerraformJobOptions,
): (job: Job) => Promise<Omit<WorkerReport, 'worker'>> {
  return async (job) => {
    const payload = readPayload(job);
    const { stack } = payload;
    const content = await o.ledger.getArtifact(stack.artifactHash);
    if (content === undefined)
      throw new Error(
        `artifact ${stack.artifactHash} of ${stack.stack} is missing from the ledger (pruned?); deploy again`,
      );
    if (hashArtifact(content) !== stack.artifactHash)
      throw new Error(
        `artifact ${stack.artifactHash} of ${stack.stack} does not match its hash in the ledger`,
      );
    const dir = insideRoot(o.root, stack.dir, job);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'cdk.tf.json');
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, content);
    renameSync(temp, file);
    const artifact: StackArtifact = {
      unitId: stack.unitId,
      project: stack.project,
      stack: stack.stack,
      region: stack.region,
      layer: stack.layer as Layer,
      dir,
      projectRoot: stack.projectRoot,
      hash: stack.artifactHash,
      json: content,
    };
    const log = new EventLog(o.ledger, job.runId);
    const runner = new TerraformStackRunner({
      root: o.root,
      env: o.env,
      runId: job.runId,
      gitSha: payload.gitSha,
      ledger: o.ledger,
      settings: o.settings,
      stacks: new Map([[stack.unitId, artifact]]),
      log,
      force: payload.force,
      locks: new TerraformLockRecorder({ ledger: o.ledger, env: o.env, runId: job.runId }),
    });
    const unit: StackUnit = {
      id: stack.unitId,
      project: stack.project,
      region: stack.region,
      layer: artifact.layer,
      dependsOn: [],
    };
    const result =
      job.kind === 'apply' ? { apply: await runner.apply(unit) } : { rollback: await runner.rollback(unit) };
    await log.flush();
    return {
      ...result,
      ...(runner.reasons.get(unit.id) ? { reasons: runner.reasons.get(unit.id)! } : {}),
      notes: [...runner.notes, ...log.failures.map((f) => `ledger write failed: ${f}`)],
    };
  };
}

function readPayload(job: Job): JobPayload {
  const p = job.payload as Partial<JobPayload> | null;
  const s = p?.stack;
  if (
    !p ||
    typeof p.gitSha !== 'string' ||
    !s ||
    typeof s.artifactHash !== 'string' ||
    typeof s.dir !== 'string'
  )
    throw new Error(
      `job ${job.id} (${job.kind} ${job.unit}) has no stack payload a worker can run: ${JSON.stringify(p)}`,
    );
  return p as JobPayload;
}

function insideRoot(root: string, dir: string, job: Job): string {
  const full = resolve(root, dir);
  const rel = relative(root, full);
  if (isAbsolute(dir) || rel.startsWith('..') || dirname(full) === full)
    throw new Error(`job ${job.id}: stack folder ${JSON.stringify(dir)} is outside the workspace ${root}`);
  return full;
}
