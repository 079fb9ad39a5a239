import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runDeployment } from '../scheduler/deploy';
import { planDeployment } from '../scheduler/plan';
import { createProcessRunner, fakeTerraformPath } from './process-runner';
import { exampleGraph, graphOf } from './graphs';

interface LogLine {
  readonly stack: string;
  readonly command: string;
  readonly start: number;
  readonly end: number;
  readonly exitCode: number;
}

const dir = mkdtempSync(join(tmpdir(), 'stratum-fake-tf-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function fakeRunner(name: string, scenario: object) {
  const log = join(dir, `${name}.jsonl`);
  const scenarioFile = join(dir, `${name}.json`);
  writeFileSync(scenarioFile, JSON.stringify(scenario));
  const runner = createProcessRunner({
    bin: process.execPath,
    prefixArgs: [fakeTerraformPath],
    env: { ...process.env, FAKE_TF_LOG: log, FAKE_TF_SCENARIO: scenarioFile, FAKE_TF_SLEEP_MS: '5' },
  });
  const lines = (): LogLine[] =>
    readFileSync(log, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as LogLine);
  return { runner, lines };
}

describe('spawning the fake terraform', () => {
  const plan = planDeployment(exampleGraph, {
    projects: exampleGraph.projects.map((p) => p.name),
    regions: ['r1'],
  });

  test('a partial apply failure rolls back every applied stack through real processes, dependants first', async () => {
    const { runner, lines } = fakeRunner('partial', {
      stacks: { 'payments-app@r1': { apply: { fail: true, failAfter: 1 } } },
    });
    const result = await runDeployment(plan, runner, { concurrency: 2 });
    const app = result.units.find((u) => u.unit.id === 'payments-app@r1')!;
    assert.equal(app.changed, true, 'one resource was created before the failure');
    assert.equal(app.exitCode, 1);
    assert.match(app.error!, /^Error: creating fake_resource.r1 of payments-app@r1: simulated failure/);
    assert.equal(app.status, 'rolled_back');
    assert.equal(result.status, 'rolled_back');

    const log = lines();
    const destroyed = log.filter((l) => l.command === 'destroy').map((l) => l.stack);
    const applied = result.units
      .filter((u) => u.applyStatus === 'succeeded' || u.unit.id === app.unit.id)
      .map((u) => u.unit.id);
    assert.deepEqual([...destroyed].sort(), [...applied].sort());
    for (const unit of plan.units) {
      for (const dep of unit.dependsOn) {
        if (destroyed.includes(unit.id) && destroyed.includes(dep)) {
          assert.ok(
            destroyed.indexOf(unit.id) < destroyed.indexOf(dep),
            `${unit.id} destroyed before ${dep}`,
          );
        }
      }
    }
    const overlap = Math.max(
      ...log.map((l) => log.filter((o) => o.start <= l.start && l.start < o.end).length),
    );
    assert.ok(overlap <= 2, `at most 2 fake terraform processes at once, saw ${overlap}`);
  });

  test('"No changes." is reported as unchanged', async () => {
    const { runner } = fakeRunner('unchanged', { default: { apply: { noChanges: true } } });
    const small = planDeployment(graphOf({ a: ['data', []] }), { projects: ['a'], regions: ['r1'] });
    const result = await runDeployment(small, runner);
    assert.deepEqual(
      result.units.map((u) => u.status),
      ['unchanged'],
    );
    assert.equal(result.status, 'succeeded');
  });

  test('a missing binary fails the unit (nothing changed) with a message naming the binary', async () => {
    const runner = createProcessRunner({ bin: join(dir, 'no-such-terraform') });
    const small = planDeployment(graphOf({ a: ['data', []], b: ['application', ['a']] }), {
      projects: ['a', 'b'],
      regions: ['r1'],
    });
    const result = await runDeployment(small, runner);
    assert.equal(result.status, 'rolled_back');
    assert.deepEqual(
      result.units.map((u) => [u.status, u.changed]),
      [
        ['failed', false],
        ['skipped', undefined],
      ],
    );
    assert.match(result.errors[0]!.message, /could not start '.*no-such-terraform' \(not found\)/);
  });
});
