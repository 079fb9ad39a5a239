import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { paramsProject, stepProject } from '@stratum/deploy/src/e2e/fixtures';
import { e2eSkipReason, REPO_ROOT, World } from '@stratum/deploy/src/e2e/world';

interface RunsPage {
  runs: { id: string; kind: string; status: string }[];
}
interface RunDetail {
  events: { project: string }[];
}

const NX_DIR = join(REPO_ROOT, 'node_modules', 'nx');
const NX = join(
  NX_DIR,
  (JSON.parse(readFileSync(join(NX_DIR, 'package.json'), 'utf8')) as { bin: { nx: string } }).bin.nx,
);

/** A dependant of e2e-params (SSM parameters: instant on moto), with a no-op step. */
const step = (name: string, value: string) =>
  stepProject({ folder: `shared-infra/${name}`, layer: 'application', value, command: 'true' });

/**
 * `nx affected -t deploy -c local` through the real plugin (loaded as @stratum/nx-plugin from this repository),
 * real terraform and moto: every deploy task of the Nx run is one `stratum deploy`, so the ledger records
 * exactly one run per nx invocation, holding only what the change reached, in the Stratum order.
 */
describe(
  'e2e: nx affected -t deploy is one Stratum run (real terraform, moto)',
  { skip: e2eSkipReason() },
  () => {
    let world: World;
    before(async () => {
      world = await World.create('nx-affected', {
        files: {
          'nx.json': JSON.stringify({ neverConnectToCloud: true, plugins: ['@stratum/nx-plugin'] }),
          ...paramsProject({ value: 'v1' }),
          ...step('e2e-a', 'a1'),
          ...step('e2e-b', 'b1'),
        },
      });
    });
    after(async () => world?.close());

    const nx = (...args: string[]) =>
      new Promise<{ code: number; output: string }>((resolve) => {
        const child = spawn(process.execPath, [NX, ...args], {
          cwd: world.root,
          env: {
            ...world.cliEnv(),
            NX_DAEMON: 'false',
            NX_NO_CLOUD: 'true',
            NX_TUI: 'false',
            NX_SKIP_NX_CACHE: 'true',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        child.stdout.on('data', (d: Buffer) => (output += d.toString()));
        child.stderr.on('data', (d: Buffer) => (output += d.toString()));
        child.on('close', (code) => resolve({ code: code ?? 1, output }));
      });
    const deployRuns = async () =>
      (await world.cliJson<RunsPage>('runs', '--env', 'local', '--kind', 'deploy', '--limit', '50')).json
        .runs;
    const projectsOf = async (runId: string) => {
      const detail = (await world.cliJson<RunDetail>('runs', 'show', runId)).json;
      return [...new Set(detail.events.map((e) => e.project))];
    };

    test('a dependant-only change deploys it alone; an upstream change deploys it and its dependants: one run each', async () => {
      const first = await world.cli('deploy', '--env', 'local', '--all');
      assert.equal(first.code, 0, first.stderr);
      const base = world.commit('deployed');
      const before = (await deployRuns()).length;

      world.write(step('e2e-a', 'a2'));
      world.commit('change a dependant only');
      const onlyA = await nx('affected', '-t', 'deploy', '-c', 'local', `--base=${base}`);
      assert.equal(onlyA.code, 0, onlyA.output);
      const afterA = await deployRuns();
      assert.equal(afterA.length, before + 1, `exactly one Stratum run:\n${onlyA.output}`);
      assert.equal(afterA[0]!.status, 'succeeded');
      assert.deepEqual(await projectsOf(afterA[0]!.id), ['e2e-a'], 'the untouched upstream is not deployed');

      const second = world.commit('checkpoint');
      world.write(paramsProject({ value: 'v2' }));
      world.commit('change the upstream');
      const all = await nx('affected', '-t', 'deploy', '-c', 'local', `--base=${second}`);
      assert.equal(all.code, 0, all.output);
      const afterAll = await deployRuns();
      assert.equal(afterAll.length, before + 2, `exactly one more Stratum run:\n${all.output}`);
      const projects = await projectsOf(afterAll[0]!.id);
      assert.deepEqual([...projects].sort(), ['e2e-a', 'e2e-b', 'e2e-params']);
      assert.equal(projects[0], 'e2e-params', 'the Stratum order: the upstream first');
    });
  },
);
