// A run over workers (several in-process workers against real PostgreSQL, a fake runner) ends as the same run in
// one process: statuses, order constraints and rollback, on the orchestrator's simulated DAGs.
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { openLedger, type Ledger } from '@stratum/ledger';
import {
  createTempDatabase,
  testPostgresUrl,
  type TempDatabase,
} from '@stratum/ledger/src/test-support/harness';
import {
  runDeployment,
  type ApplyResult,
  type DeploymentOptions,
  type DeploymentPlan,
  type DeploymentResult,
  type StackRunner,
  type StackUnit,
} from '@stratum/orchestrator';
import { DAG_SHAPES, generateDag, seededRandom } from '@stratum/orchestrator/src/testing';
import { QueueStackRunner } from './queue-runner';
import { startWorker, type WorkerHandle } from './worker-loop';

const server = testPostgresUrl();

interface Call {
  readonly label: string;
  readonly start: number;
  end?: number;
}

/** A fake terraform: sleeps, then returns what the script says; logs every call with its real start and end. */
function fakeRunner(
  plan: DeploymentPlan,
  failing: ReadonlySet<string>,
  seed: number,
  hang?: (label: string) => boolean,
) {
  const random = seededRandom(seed);
  const ms = new Map(plan.units.map((u) => [u.id, 2 + Math.floor(random() * 12)]));
  const calls: Call[] = [];
  const perform = async <T>(label: string, unit: StackUnit, result: T): Promise<T> => {
    const call: Call = { label, start: performance.now() };
    calls.push(call);
    if (hang?.(label)) await new Promise(() => undefined);
    await sleep(ms.get(unit.id)!);
    call.end = performance.now();
    return result;
  };
  const runner: StackRunner = {
    apply: (unit) =>
      perform<ApplyResult>(
        `apply:${unit.id}`,
        unit,
        failing.has(unit.id) ? { status: 'failed', error: 'scripted failure' } : { status: 'succeeded' },
      ),
    rollback: (unit) => perform(`rollback:${unit.id}`, unit, { ok: true }),
  };
  return { runner, calls };
}

function statuses(result: DeploymentResult): Record<string, string> {
  return Object.fromEntries(result.units.map((u) => [u.unit.id, u.status]));
}

/** Every apply started after its dependencies' applies ended; every rollback after its dependants' rollbacks. */
function assertOrder(plan: DeploymentPlan, calls: readonly Call[]): void {
  const byLabel = new Map(calls.map((c) => [c.label, c]));
  for (const unit of plan.units) {
    const apply = byLabel.get(`apply:${unit.id}`);
    for (const dep of unit.dependsOn) {
      const before = byLabel.get(`apply:${dep}`);
      if (apply)
        assert.ok(
          before?.end !== undefined && before.end <= apply.start,
          `${unit.id} applied before ${dep} ended`,
        );
      const back = byLabel.get(`rollback:${dep}`);
      const mine = byLabel.get(`rollback:${unit.id}`);
      if (back && mine)
        assert.ok(mine.end! <= back.start, `${dep} rolled back before its dependant ${unit.id}`);
    }
  }
}

describe(
  'workers over the PostgreSQL queue give the one-process outcome',
  { skip: server.available ? undefined : server.reason },
  () => {
    let database: TempDatabase;
    let ledger: Ledger;
    before(async () => {
      database = await createTempDatabase((server as { value: string }).value);
      ledger = await openLedger(database.url, { root: tmpdir() });
    });
    after(async () => {
      await ledger?.close();
      await database?.drop();
    });

    /** Runs `plan` through the queue with `workers` in-process workers, each running `runner`. */
    async function overWorkers(
      plan: DeploymentPlan,
      runner: StackRunner,
      options: DeploymentOptions & {
        workers?: number;
        maxAttempts?: number;
        leaseMs?: number;
        onClaim?: (w: WorkerHandle, unit: string) => void;
      } = {},
    ) {
      const env = `eq-${Math.random().toString(36).slice(2, 8)}`;
      const runId = ledger.newRunId();
      await ledger.createRun({ id: runId, env, gitSha: 'abc', actor: 'test', trigger: 'test' });
      const units = new Map(plan.units.map((u) => [u.id, u]));
      const handles: WorkerHandle[] = [];
      for (let i = 0; i < (options.workers ?? 3); i++) {
        const handle: WorkerHandle = startWorker({
          ledger,
          env,
          name: `w${i}`,
          pollMs: 5,
          leaseMs: options.leaseMs ?? 5_000,
          handle: async (job) => {
            const unit = units.get(job.unit)!;
            options.onClaim?.(handle, job.unit);
            return job.kind === 'apply'
              ? { apply: await runner.apply(unit) }
              : { rollback: await runner.rollback(unit) };
          },
        });
        handles.push(handle);
      }
      const queue = new QueueStackRunner({
        ledger,
        runId,
        env,
        payload: (unit) => ({ unit: unit.id }),
        pollMs: 5,
        ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
      });
      const result = await runDeployment(plan, queue, { ...options, concurrency: plan.units.length });
      await queue.close();
      for (const h of handles) h.stop();
      await Promise.all(handles.map((h) => h.done));
      return { result, workers: queue.workers };
    }

    for (const shape of DAG_SHAPES) {
      test(`${shape}: all succeed, the same statuses, dependencies first, work spread and every stack naming its worker`, async () => {
        const { plan } = generateDag(shape, { stacks: 16, seed: 3 });
        const alone = await runDeployment(plan, fakeRunner(plan, new Set(), 1).runner, { concurrency: 3 });
        const fake = fakeRunner(plan, new Set(), 1);
        const { result, workers } = await overWorkers(plan, fake.runner);
        assert.deepEqual(statuses(result), statuses(alone));
        assert.equal(result.status, 'succeeded');
        assertOrder(plan, fake.calls);
        assert.deepEqual([...workers.keys()].sort(), plan.units.map((u) => u.id).sort());
        assert.ok(
          new Set(workers.values()).size >= 2,
          `work spread over ${[...new Set(workers.values())].join(', ')}`,
        );
      });

      test(`${shape}: a failure gives the same statuses and the same rollback, dependants first`, async () => {
        const { plan } = generateDag(shape, { stacks: 16, seed: 5 });
        const failing = new Set([plan.units[Math.floor(plan.units.length / 2)]!.id]);
        const options: DeploymentOptions = { onFailure: 'continue-independent' };
        const alone = await runDeployment(plan, fakeRunner(plan, failing, 2).runner, {
          ...options,
          concurrency: 3,
        });
        const fake = fakeRunner(plan, failing, 2);
        const { result } = await overWorkers(plan, fake.runner, options);
        assert.deepEqual(statuses(result), statuses(alone));
        assert.equal(result.status, alone.status);
        assertOrder(plan, fake.calls);
      });
    }

    test('stop-new: the failed stack fails, nothing depends on a failure, everything applied is rolled back', async () => {
      const { plan } = generateDag('layered', { stacks: 20, seed: 8 });
      const failing = new Set([plan.units[3]!.id]);
      const fake = fakeRunner(plan, failing, 4);
      const { result } = await overWorkers(plan, fake.runner);
      assert.equal(result.status, 'rolled_back');
      const by = statuses(result);
      assert.equal(
        by[plan.units[3]!.id],
        'rolled_back',
        'a failed apply that may have changed things is rolled back',
      );
      assert.ok(
        Object.values(by).every((s) => ['rolled_back', 'skipped'].includes(s)),
        JSON.stringify(by),
      );
      assertOrder(plan, fake.calls);
    });

    test('a killed worker: its lease expires and another worker runs the stack again', async () => {
      const { plan } = generateDag('chains', { stacks: 10, seed: 2 });
      const victim = plan.units[4]!.id;
      let killed: string | undefined;
      const fake = fakeRunner(
        plan,
        new Set(),
        3,
        (label) => label === `apply:${victim}` && killed === undefined,
      );
      const { result, workers } = await overWorkers(plan, fake.runner, {
        leaseMs: 200,
        onClaim: (worker, unit) => {
          if (unit === victim && killed === undefined) {
            killed = unit;
            worker.kill();
          }
        },
      });
      assert.equal(killed, victim);
      assert.equal(result.status, 'succeeded');
      assert.ok(workers.get(victim), 'the stack names the worker that ran it again');
      assert.equal(fake.calls.filter((c) => c.label === `apply:${victim}`).length, 2, 'applied twice');
    });

    test('a killed worker with no attempts left fails its stack and the run rolls back like one process', async () => {
      const { plan } = generateDag('services', { stacks: 12, seed: 6 });
      const victim = plan.units[2]!.id;
      let dead = false;
      const fake = fakeRunner(plan, new Set(), 5, (label) => label === `apply:${victim}`);
      const options: DeploymentOptions = { onFailure: 'continue-independent' };
      const { result } = await overWorkers(plan, fake.runner, {
        ...options,
        leaseMs: 200,
        maxAttempts: 1,
        onClaim: (worker, unit) => {
          if (unit === victim && !dead) {
            dead = true;
            worker.kill();
          }
        },
      });
      const alone = await runDeployment(plan, fakeRunner(plan, new Set([victim]), 5).runner, {
        ...options,
        concurrency: 3,
      });
      assert.deepEqual(statuses(result), statuses(alone));
      const lost = result.units.find((u) => u.unit.id === victim)!;
      assert.match(lost.error ?? '', /stopped renewing its lease/);
    });
  },
);
