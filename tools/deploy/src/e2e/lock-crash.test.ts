import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { paramsProject, stepProject } from './fixtures';
import { e2eSkipReason, World } from './world';

interface Report {
  runId: string;
  status: string;
  notes: string[];
  stacks: { project: string; status: string; error?: string }[];
}

/**
 * Two fixture stacks (e2e-params ← e2e-step) on their own emulator. A deploy whose second stack hangs in a
 * local-exec step holds the environment: a second deploy is refused naming it; then the CLI is SIGKILLed
 * mid-apply, the next command takes its lease over (its process is gone on this machine) and marks the run
 * interrupted, and `stratum rollback --run` restores every resource.
 */
describe('e2e: lock and crash (real terraform, moto)', { skip: e2eSkipReason() }, () => {
  let world: World;
  const v1 = {
    ...paramsProject({ value: 'v1' }),
    ...stepProject({ folder: 'shared-infra/e2e-step', layer: 'application', value: 'v1', command: 'true' }),
  };
  before(async () => {
    world = await World.create('lock-crash', { files: v1 });
  });
  after(async () => world?.close());

  test('deploy, refused second deploy, SIGKILL mid-apply, interrupted, rollback restores', async () => {
    const first = await world.cliJson<Report>('deploy', '--env', 'local', '--all');
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual(
      first.json.stacks.map((s) => [s.project, s.status]),
      [
        ['e2e-params', 'succeeded'],
        ['e2e-step', 'succeeded'],
      ],
    );
    const before = {
      resources: await world.aws.taggedResources(),
      config: await world.aws.parameter('/e2e/config'),
      step: await world.aws.parameter('/e2e/e2e-step'),
    };
    assert.deepEqual([before.config, before.step], ['v1', 'v1']);

    const started = join(world.root, '.stratum', 'step-started');
    world.write({
      ...paramsProject({ value: 'v2' }),
      ...stepProject({
        folder: 'shared-infra/e2e-step',
        layer: 'application',
        value: 'v2',
        command: `touch ${started} && sleep 40`,
      }),
    });
    world.commit('e2e: v2 with a step that hangs');
    const holder = world.start('deploy', '--env', 'local', '--all');
    await world.waitForFile('.stratum/step-started', holder, 900_000); // a loaded CI machine plans slowly

    // Lock: the environment is held; the refusal names the holder's run, runner, host and pid.
    const second = await world.cli('deploy', '--env', 'local', '--projects', 'e2e-params');
    assert.equal(second.code, 1);
    const locked =
      /Environment 'local' is locked by run (\S+) \(runner (\S+), host (\S+), pid (\d+), since [^)]+\), whose lease is live: .*Wait for it to finish, or run again with --wait\./.exec(
        second.stderr,
      );
    assert.ok(locked, second.stderr);
    assert.equal(Number(locked[4]), holder.child.pid);
    const runId = locked[1]!;

    // Crash: SIGKILL mid-apply (the step is running); e2e-params was already applied at v2.
    holder.child.kill('SIGKILL');
    await holder.done;
    assert.equal(await world.aws.parameter('/e2e/config'), 'v2');

    // The next command sees the holder's process gone on this machine, takes the lock over at once, marks the
    // run interrupted and says how to roll it back.
    const next = await world.cliJson<Report>('deploy', '--env', 'local', '--projects', 'e2e-params');
    assert.equal(next.code, 0, next.stderr);
    assert.match(
      next.json.notes.join('\n'),
      new RegExp(
        `Took over the local lock from run ${runId} .*process ${holder.child.pid} on .* ended.*stratum rollback --env local --run ${runId}`,
      ),
    );
    const shown = await world.cliJson<{ status: string; error: string }>('runs', 'show', runId);
    assert.equal(shown.json.status, 'interrupted');

    const rollback = await world.cliJson<Report>('rollback', '--env', 'local', '--run', runId);
    assert.equal(rollback.code, 0, `${rollback.stderr}\n${JSON.stringify(rollback.json, null, 2)}`);
    assert.equal(rollback.json.status, 'rolled_back');
    assert.deepEqual(rollback.json.stacks.map((s) => [s.project, s.status]).sort(), [
      ['e2e-params', 'rolled_back'],
      ['e2e-step', 'rolled_back'],
    ]);
    assert.deepEqual(
      {
        resources: await world.aws.taggedResources(),
        config: await world.aws.parameter('/e2e/config'),
        step: await world.aws.parameter('/e2e/e2e-step'),
      },
      before,
      'every resource is back to what it was before the interrupted run (values and tags, git sha included)',
    );
  });
});
