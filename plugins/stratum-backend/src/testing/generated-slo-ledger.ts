import { newRunId } from '@stratum/ledger';
import { seededRandom as random } from '@stratum/testing';
import type { Knex } from 'knex';
import { COMMITS_TABLE } from '../ledger/migrations';

const MIN = 60_000;
const DAY = 1_440 * MIN;

export interface GeneratedProject {
  readonly name: string;
  readonly layer: string;
}

/**
 * Writes `runs` random deploy runs (and a drift check every fifth) over `days` before `now` straight into the
 * ledger's tables: every final status, failure streaks, rollbacks with and without failed stacks, re-deployed and
 * promoted shas, unknown and missing commit times, runs starting in the same millisecond, drift findings with and
 * without a project, and a few running runs. The commits go to `commits` (the portal's database).
 */
export async function writeGeneratedSloLedger(
  ledger: Knex,
  commits: Knex,
  projects: readonly GeneratedProject[],
  options: { runs: number; days: number; now: number; seed?: number },
): Promise<void> {
  const rand = random(options.seed ?? 7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const envs = ['dev', 'staging', 'prod'];
  const statuses = [
    'succeeded',
    'succeeded',
    'succeeded',
    'failed',
    'rolled_back',
    'rollback_failed',
    'interrupted',
  ];
  const runs: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const findings: Record<string, unknown>[] = [];
  const commitRows = new Map<string, Record<string, unknown>>();
  let at = options.now - options.days * DAY;
  const step = (options.days * DAY) / options.runs;
  for (let i = 0; i < options.runs; i++) {
    if (rand() > 0.05) at += Math.floor(rand() * 2 * step); // sometimes two runs start in the same millisecond
    if (at >= options.now) break;
    const drift = i % 5 === 4;
    const status = i % 97 === 0 ? 'running' : drift ? 'succeeded' : pick(statuses);
    const env = pick(envs);
    const sha = `sha${Math.floor(i / (1 + Math.floor(rand() * 3)))}`;
    const id = newRunId(new Date(at));
    const finished = status === 'running' ? null : at + Math.floor(rand() * 40 * MIN) + MIN;
    runs.push({
      id,
      kind: drift ? 'drift' : 'deploy',
      env,
      git_sha: sha,
      base_ref: null,
      actor: 'test',
      trigger: 'ci',
      host: 'test',
      pid: 1,
      started_at: at,
      finished_at: finished,
      status,
      error: status === 'succeeded' ? null : 'generated',
      event_count: 0,
    });
    const touched = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(projects));
    let seq = 0;
    const event = (project: GeneratedProject, s: string, offset: number) =>
      events.push({
        run_id: id,
        seq: ++seq,
        env,
        project: project.name,
        stack: project.name,
        layer: project.layer,
        region: null,
        status: s,
        at: at + offset,
        terraform_exit_code: 0,
        plan_adds: 0,
        plan_changes: 0,
        plan_destroys: 0,
        artifact_hash: null,
        error: null,
      });
    if (drift) {
      for (const p of touched) {
        if (rand() < 0.4)
          findings.push({
            run_id: id,
            env,
            project: rand() < 0.2 ? null : p.name,
            stack: p.name,
            resource_address: 'aws_s3_bucket.b',
            attribute: 'tags',
            expected: null,
            actual: null,
            found_at: at,
          });
      }
    } else if (rand() > 0.05) {
      for (const [k, p] of touched.entries()) {
        event(p, 'applying', k * MIN);
        const last = k === touched.length - 1;
        if (!last || status === 'succeeded' || status === 'running') event(p, 'succeeded', k * MIN + 30_000);
        else if (status === 'rolled_back' || status === 'rollback_failed') {
          if (rand() < 0.8) event(p, 'failed', k * MIN + 30_000);
          event(touched[0]!, 'rolling_back', k * MIN + 40_000);
          event(touched[0]!, status, k * MIN + 40_000 + Math.floor(rand() * 20 * MIN));
        } else event(p, 'failed', k * MIN + 30_000);
      }
    }
    if (!commitRows.has(sha) && rand() < 0.9) {
      const known = rand() < 0.9;
      commitRows.set(sha, {
        git_sha: sha,
        committed_at: known ? at - Math.floor(rand() * DAY) : null,
        source: known ? 'git' : 'unknown',
        resolved_at: options.now,
      });
    }
  }
  await ledger.batchInsert('runs', runs, 200);
  await ledger.batchInsert('stack_events', events, 200);
  await ledger.batchInsert('drift_findings', findings, 200);
  await commits.batchInsert(COMMITS_TABLE, [...commitRows.values()], 200);
}
