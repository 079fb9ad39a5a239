import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  createTempDatabase,
  testPostgresUrl,
  type TempDatabase,
} from '@stratum/ledger/src/test-support/harness';
import { paramsProject, stepProject } from './fixtures';
import { e2eSkipReason, World, type RunningCli } from './world';

interface Report {
  runId: string;
  status: string;
  notes: string[];
  stacks: { project: string; stack: string; status: string; worker?: string; error?: string }[];
}

const postgres = testPostgresUrl();
const skip = e2eSkipReason() ?? (postgres.available || postgres.required ? undefined : postgres.reason);

/**
 * `stratum deploy --executor workers` with `stratum worker` processes against a real PostgreSQL ledger, real
 * terraform and moto: the example deployed by three workers, a SIGKILLed worker's stack recovered by lease
 * expiry, and a failure rolled back across workers.
 */
describe('e2e: workers over the PostgreSQL ledger (real terraform, moto)', { skip }, () => {
  let database: TempDatabase;
  const worlds: World[] = [];
  before(async () => {
    assert.ok(postgres.available, 'PostgreSQL (STRATUM_TEST_POSTGRES_URL) is required');
    database = await createTempDatabase(postgres.value);
  });
  after(async () => {
    for (const w of worlds) await w.close();
    await database?.drop();
  });

  async function world(name: string, options: Parameters<typeof World.create>[1]): Promise<World> {
    const w = await World.create(name, options);
    w.env.STRATUM_LEDGER = database.url;
    worlds.push(w);
    return w;
  }
  const worker = (w: World, name: string, ...extra: string[]): RunningCli =>
    w.startWith(
      { detached: true },
      'worker',
      '--env',
      'local',
      '--name',
      name,
      '--lease',
      '4',
      '--idle-exit',
      '60',
      ...extra,
    );

  /** SIGTERM: the workers claim nothing more and exit. */
  const stop = async (running: readonly RunningCli[]): Promise<void> => {
    for (const r of running) if (r.child.exitCode === null) process.kill(-r.child.pid!, 'SIGTERM');
    await Promise.all(running.map((r) => r.done));
  };

  test('three workers deploy the example as one change set, each stack naming its worker', async () => {
    const w = await world('workers-example', { example: true });
    const workers = ['w1', 'w2', 'w3'].map((n) => worker(w, n, '--concurrency', '2'));
    const run = await w.cliJson<Report>('deploy', '--env', 'local', '--all', '--executor', 'workers');
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.json.status, 'succeeded');
    for (const s of run.json.stacks)
      assert.match(s.worker ?? '', /^w[123]$/, `${s.project} names its worker`);
    const used = new Set(run.json.stacks.map((s) => s.worker));
    assert.ok(used.size >= 2, `work spread over ${[...used].join(', ')}`);
    // the audit trail names them too
    const shown = await w.cli('runs', 'show', run.json.runId);
    assert.equal(shown.code, 0, shown.stderr);
    for (const s of run.json.stacks)
      assert.match(shown.stdout, new RegExp(`${s.stack}\\s+apply\\s+${s.worker}\\s+done`), s.stack);
    await stop(workers);
  });

  test('a SIGKILLed worker: its lease expires and another worker applies the stack', async () => {
    const stepFiles = (command: string) => ({
      ...paramsProject({ value: 'v1' }),
      ...stepProject({ folder: 'shared-infra/e2e-step', layer: 'application', value: 'v1', command }),
    });
    const w = await world('workers-kill', { files: stepFiles('true') });
    const started = join(w.root, '.stratum', 'step-started'); // local-exec runs in the stack folder: absolute
    w.write({ '.stratum/.keep': '' }); // the ledger is PostgreSQL here, so nothing else makes .stratum/
    w.write(stepFiles(`if [ -e ${started} ]; then true; else touch ${started} && sleep 120; fi`));
    w.commit('e2e: a step that hangs the first time');
    const doomed = worker(w, 'doomed');
    const deploy = w.start('deploy', '--env', 'local', '--all', '--executor', 'workers', '--json');
    await w.waitForFile('.stratum/step-started', deploy, 900_000);
    process.kill(-doomed.child.pid!, 'SIGKILL');
    await doomed.done;
    const rescuer = worker(w, 'rescuer');
    const result = await deploy.done;
    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout) as Report;
    assert.deepEqual(
      report.stacks.map((s) => [s.project, s.status, s.worker]),
      [
        ['e2e-params', 'succeeded', 'doomed'],
        ['e2e-step', 'succeeded', 'rescuer'],
      ],
    );
    assert.equal(await w.aws.parameter('/e2e/e2e-step'), 'v1');
    assert.ok(existsSync(started));
    await stop([rescuer]);
  });

  test('a failure rolls back across workers, dependants first', async () => {
    const files = (value: string, command: string) => ({
      ...paramsProject({ value }),
      ...stepProject({ folder: 'shared-infra/e2e-step', layer: 'application', value, command }),
    });
    const w = await world('workers-fail', { files: files('v1', 'true') });
    const first = ['a', 'b'].map((n) => worker(w, n));
    const v1 = await w.cliJson<Report>('deploy', '--env', 'local', '--all', '--executor', 'workers');
    assert.equal(v1.code, 0, v1.stderr);
    await stop(first);
    w.write(files('v2', 'exit 3'));
    w.commit('e2e: v2 whose step fails');
    const second = ['c', 'd'].map((n) => worker(w, n));
    const v2 = await w.cliJson<Report>('deploy', '--env', 'local', '--all', '--executor', 'workers');
    assert.equal(v2.code, 1, v2.stderr);
    assert.equal(v2.json.status, 'rolled_back');
    assert.deepEqual(
      v2.json.stacks.map((s) => [s.project, s.status]),
      [
        ['e2e-params', 'rolled_back'],
        ['e2e-step', 'rolled_back'],
      ],
    );
    assert.equal(await w.aws.parameter('/e2e/config'), 'v1', 'the upstream is back at v1');
    await stop(second);
  });
});
