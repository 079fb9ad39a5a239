import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { paramsProject, stepProject } from './fixtures';
import { e2eSkipReason, REPO_ROOT, World } from './world';

interface Report {
  runId: string;
  status: string;
  stacks: { project: string; stack: string; status: string; startedAt: string; error?: string }[];
  notes: string[];
}

const step = (folder: string) =>
  stepProject({ folder: `shared-infra/${folder}`, layer: 'application', value: 'v1', command: 'true' });
const statuses = (report: Report) => Object.fromEntries(report.stacks.map((s) => [s.project, s.status]));

/** Managed resources left in a local state file (data sources are not resources; none when the file is gone). */
function stateResources(root: string, project: string): string[] {
  const file = join(root, '.stratum', 'state', 'local', 'us-east-1', `${project}.tfstate`);
  if (!existsSync(file)) return [];
  const state = JSON.parse(readFileSync(file, 'utf8')) as {
    resources?: { mode: string; type: string; name: string }[];
  };
  return (state.resources ?? []).filter((r) => r.mode === 'managed').map((r) => `${r.type}.${r.name}`);
}

/**
 * Destroys with real terraform on the emulator: a project deleted in git is destroyed by `deploy --affected` in a
 * fresh clone (no cdktf.out anywhere: its JSON comes from the base commit), then `stratum destroy` refuses to
 * take away what a deployed dependant needs, and with --with-dependants tears both down, dependants first.
 */
describe('e2e: destroys (real terraform, moto)', { skip: e2eSkipReason() }, () => {
  let world: World;
  let clone: string;
  before(async () => {
    world = await World.create('destroy', {
      files: {
        // As in a real repository: synth output, state and the ledger are never committed.
        '.gitignore': readFileSync(join(REPO_ROOT, '.gitignore'), 'utf8'),
        ...paramsProject({ value: 'p1' }),
        ...step('e2e-step'),
        ...step('e2e-gone'),
      },
    });
  });
  after(async () => {
    await world?.close();
    if (clone && process.env.STRATUM_E2E_KEEP !== '1') rmSync(clone, { recursive: true, force: true });
  });

  test('deploy --affected in a clone without cdktf.out destroys the deleted project; its state holds no resources', async () => {
    const first = await world.cliJson<Report>('deploy', '--env', 'local', '--all');
    assert.equal(first.code, 0, JSON.stringify(first.json.stacks));
    assert.equal(await world.aws.parameter('/e2e/e2e-gone'), 'v1');
    assert.ok(stateResources(world.root, 'e2e-gone').length > 0);

    world.git('rm', '-r', '-q', 'shared-infra/e2e-gone');
    world.commit('remove e2e-gone');
    clone = `${world.root}-clone`;
    world.git('clone', '-q', world.root, clone);
    // What a CI clone has besides git: the environment's state backend and the ledger (never cdktf.out).
    cpSync(join(world.root, '.stratum', 'state'), join(clone, '.stratum', 'state'), { recursive: true });
    for (const file of ['ledger.db', 'ledger.db-wal', 'ledger.db-shm'])
      if (existsSync(join(world.root, '.stratum', file)))
        cpSync(join(world.root, '.stratum', file), join(clone, '.stratum', file));
    assert.equal(existsSync(join(clone, 'shared-infra', 'e2e-gone')), false);
    Object.assign(world.env, {
      STRATUM_ROOT: clone,
      STRATUM_LEDGER: join(clone, '.stratum', 'ledger.db'),
      TSX_TSCONFIG_PATH: join(clone, 'tsconfig.json'),
    });

    const plan = await world.cliJson<{
      stacks: unknown[];
      destroys: {
        order: string[];
        stacks: { stack: string; status: string; counts?: { destroys: number } }[];
      };
    }>('plan', '--env', 'local', '--affected', '--base', 'HEAD~1');
    assert.equal(plan.code, 0, plan.stderr);
    assert.deepEqual(plan.json.destroys.order, ['e2e-gone']);
    assert.equal(plan.json.destroys.stacks[0]?.status, 'planned', JSON.stringify(plan.json.destroys));
    assert.equal(plan.json.destroys.stacks[0]?.counts?.destroys, 2, 'the parameter and the step');
    assert.equal(await world.aws.parameter('/e2e/e2e-gone'), 'v1', 'a plan changes nothing');

    const { code, json } = await world.cliJson<Report>(
      'deploy',
      '--env',
      'local',
      '--affected',
      '--base',
      'HEAD~1',
    );
    assert.equal(code, 0, `${JSON.stringify(json, null, 2)}`);
    assert.deepEqual(statuses(json), { 'e2e-gone': 'destroyed' });
    assert.ok(
      json.notes.some((n) => /a destroy is not rolled back/.test(n)),
      json.notes.join('\n'),
    );
    assert.equal(await world.aws.parameter('/e2e/e2e-gone'), undefined);
    assert.deepEqual(stateResources(clone, 'e2e-gone'), []);
    assert.equal(await world.aws.parameter('/e2e/e2e-step'), 'v1', 'the other projects are untouched');
    assert.equal(existsSync(join(clone, 'shared-infra', 'e2e-gone')), false, 'the destroy folder is gone');

    const shown = await world.cliJson<{ events: { stack: string; status: string }[] }>(
      'runs',
      'show',
      json.runId,
    );
    assert.deepEqual(
      shown.json.events.filter((e) => e.stack === 'e2e-gone-us-east-1').map((e) => e.status),
      ['planning', 'applying', 'destroyed'],
    );
  });

  test('stratum destroy refuses while a dependant exists, and --with-dependants tears both down, dependants first', async () => {
    const refused = await world.cli('destroy', '--env', 'local', '--projects', 'e2e-params');
    assert.equal(refused.code, 1, refused.stderr);
    assert.match(refused.stderr, /e2e-step still exists in 'local'.*--with-dependants/);
    assert.equal(await world.aws.parameter('/e2e/config'), 'p1', 'nothing was destroyed');

    const { code, json } = await world.cliJson<Report>(
      'destroy',
      '--env',
      'local',
      '--projects',
      'e2e-params',
      '--with-dependants',
    );
    assert.equal(code, 0, JSON.stringify(json, null, 2));
    assert.deepEqual(statuses(json), { 'e2e-step': 'destroyed', 'e2e-params': 'destroyed' });
    const started = (project: string) => json.stacks.find((s) => s.project === project)!.startedAt;
    assert.ok(started('e2e-step') < started('e2e-params') || json.stacks[0]!.project === 'e2e-step');
    assert.equal(await world.aws.parameter('/e2e/config'), undefined);
    assert.equal(await world.aws.parameter('/e2e/e2e-step'), undefined);
    assert.deepEqual(stateResources(clone, 'e2e-params'), []);
    assert.deepEqual(stateResources(clone, 'e2e-step'), []);
  });
});
