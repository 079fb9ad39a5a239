import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pollWithBackoff } from '@stratum/emulator';
import { openLedger } from '@stratum/ledger';
import { paramsProject, stepProject } from './fixtures';
import { e2eSkipReason, stateBucketOf, World } from './world';

interface Report {
  runId: string;
  status: string;
  notes: string[];
  stacks: { project: string; status: string; error?: string }[];
}

const ENV = 'e2e-lease';
/** A short lease, so that the test waits seconds, not minutes; heartbeats come every second. */
const TTL_S = '4';
const RUNNER_A = { STRATUM_RUNNER_ID: 'runner-a', STRATUM_LOCK_TTL_S: TTL_S };
const RUNNER_B = { STRATUM_RUNNER_ID: 'runner-b', STRATUM_LOCK_TTL_S: TTL_S };
const STEP_LOCKFILE = `stratum/${ENV}/us-east-1/e2e-step.tfstate.tflock`;

/** Resolves once the wall clock is past `time` (polled with backoff, no fixed sleep). */
async function waitUntil(time: number): Promise<void> {
  const passed = await pollWithBackoff(() => (Date.now() > time ? true : undefined), {
    timeoutMs: 120_000,
    maxDelayMs: 500,
  });
  assert.ok(passed, `the clock did not reach ${new Date(time).toISOString()}`);
}

/**
 * Two runners share one ledger and one S3 state bucket, told apart by STRATUM_RUNNER_ID (as two CI machines are):
 * runner A's deploy hangs mid-apply in a local-exec step. While A heartbeats, B is refused, even after longer than
 * the TTL. Then A's whole process group is SIGKILLed, as a dying machine would be: B waits out the TTL, takes the
 * lease over, records A's run as interrupted, force-unlocks exactly the S3 lockfile A's terraform left, and
 * `stratum rollback --run <A's run>` restores every value.
 */
describe('e2e: leases across runners (S3 backend, real terraform, moto)', { skip: e2eSkipReason() }, () => {
  let world: World;
  const files = (value: string, command: string) => ({
    ...paramsProject({ value }),
    ...stepProject({ folder: 'shared-infra/e2e-step', layer: 'application', value, command }),
  });
  before(async () => {
    world = await World.create('lease', { files: files('v1', 'true'), s3Environment: { name: ENV } });
  });
  after(async () => world?.close());

  const asRunner = async (runner: Record<string, string>, ...args: string[]) =>
    world.startWith({ env: runner }, ...args).done;
  const lockfile = () => world.aws.s3Object(stateBucketOf(ENV), STEP_LOCKFILE);

  test('a live runner keeps its lease; a SIGKILLed one is taken over after the TTL, its S3 lockfile force-unlocked', async () => {
    const first = await asRunner(RUNNER_A, 'deploy', '--env', ENV, '--all', '--json');
    assert.equal(first.code, 0, first.stderr);

    const started = join(world.root, '.stratum', 'step-started');
    world.write(files('v2', `touch ${started} && sleep 300`));
    world.commit('e2e: v2 with a step that hangs');
    const holder = world.startWith({ env: RUNNER_A, detached: true }, 'deploy', '--env', ENV, '--all');
    await world.waitForFile('.stratum/step-started', holder, 900_000); // a loaded CI machine plans slowly

    // A live holder keeps its lock: B is refused, and still refused once more than the TTL has passed.
    const refused = await asRunner(RUNNER_B, 'deploy', '--env', ENV, '--projects', 'e2e-params');
    assert.equal(refused.code, 1, refused.stderr);
    const locked = /locked by run (\S+) \(runner runner-a, .*whose lease is live/.exec(refused.stderr);
    assert.ok(locked, refused.stderr);
    const runId = locked[1]!;
    await waitUntil(Date.now() + Number(TTL_S) * 1000 + 1000);
    const still = await asRunner(RUNNER_B, 'deploy', '--env', ENV, '--projects', 'e2e-params');
    assert.equal(still.code, 1);
    assert.match(still.stderr, new RegExp(`locked by run ${runId} \\(runner runner-a`));

    const ledger = await openLedger(join(world.root, '.stratum', 'ledger.db'), { root: world.root });
    try {
      // The run recorded the lock ID its terraform holds on e2e-step's state: the one in the S3 lockfile.
      const held = (await ledger.terraformLocksOf(runId)).filter((l) => l.releasedAt === null);
      assert.deepEqual(
        held.map((l) => [l.stack, l.path]),
        [['e2e-step-us-east-1', `${stateBucketOf(ENV)}/${STEP_LOCKFILE}`]],
      );
      const before = await lockfile();
      assert.equal(before.status, 200);
      assert.equal((JSON.parse(before.body) as { ID: string }).ID, held[0]!.lockId);

      // Runner A's machine dies: the CLI and its terraform, at once.
      process.kill(-holder.child.pid!, 'SIGKILL');
      await holder.done;
      const lease = (await ledger.getLock(ENV))!;
      assert.equal(lease.runnerId, 'runner-a');
      await waitUntil(Date.parse(lease.expiresAt));

      const taken = await world.startWith(
        { env: RUNNER_B },
        'deploy',
        '--env',
        ENV,
        '--projects',
        'e2e-params',
        '--json',
      ).done;
      assert.equal(taken.code, 0, taken.stderr);
      const report = JSON.parse(taken.stdout) as Report;
      const notes = report.notes.join('\n');
      assert.match(
        notes,
        new RegExp(
          `Took over the ${ENV} lock from run ${runId} \\(runner runner-a\\): its lease expired.*TTL ${TTL_S} s.*stratum rollback --env ${ENV} --run ${runId}`,
        ),
      );
      assert.match(
        notes,
        new RegExp(`Force-unlocked Terraform state lock ${held[0]!.lockId} on .*e2e-step\\.tfstate\\.tflock`),
      );
      assert.equal((await lockfile()).status, 404, 'the lockfile the killed run left is gone');
      assert.deepEqual(
        (await ledger.listLockTakeovers(ENV)).map((t) => [t.fromRunId, t.fromRunner, t.toRunId, t.toRunner]),
        [[runId, 'runner-a', report.runId, 'runner-b']],
      );
      const cleared = (await ledger.terraformLocksOf(runId)).find((l) => l.id === held[0]!.id)!;
      assert.equal(cleared.clearedByRun, report.runId);
      assert.match(cleared.clearNote ?? '', /^force-unlocked/);
      assert.equal((await ledger.getRun(runId))?.status, 'interrupted');
      assert.equal(await ledger.getLock(ENV), undefined, 'B released the lock at the end of its run');
    } finally {
      await ledger.close();
    }

    // With its state unlocked, the interrupted run rolls back like any other.
    const rollback = await asRunner(RUNNER_B, 'rollback', '--env', ENV, '--run', runId, '--json');
    assert.equal(rollback.code, 0, `${rollback.stderr}\n${rollback.stdout}`);
    assert.equal((JSON.parse(rollback.stdout) as Report).status, 'rolled_back');
    assert.equal(await world.aws.parameter('/e2e/config'), 'v1');
    assert.equal(await world.aws.parameter('/e2e/e2e-step'), 'v1');
  });
});
