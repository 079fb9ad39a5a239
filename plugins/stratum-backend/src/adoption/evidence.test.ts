import { openLedger, type Ledger } from '@stratum/ledger';
import { readWorkspaceSnapshot } from '@stratum/plugin-stratum-node';
import { demoWorkspace, removeWorkspace } from '@stratum/plugin-stratum-node/src/testing';
import { ledgerBackends } from '../testing/ledgers';
import { serviceAdoption } from './adoption';
import { deployedProjects, evidenceEnvironments } from './evidence';

const notEvaluated = () => ({ status: 'not_evaluated' as const, detail: 'not asked' });

for (const backend of ledgerBackends()) {
  if (backend.skip && backend.required) {
    it(`adoption evidence on ${backend.name} (STRATUM_REQUIRE_PREREQS=1)`, () => {
      throw new Error(backend.skip);
    });
    continue;
  }
  (backend.skip ? describe.skip : describe)(
    `adoption evidence on ${backend.name}${backend.skip ? ` (skipped: ${backend.skip})` : ''}`,
    () => {
      let ledger: Ledger;
      let cleanup: () => Promise<void>;
      let root: string;

      /** One finished deploy run of `project` in `env` whose stack event has `status`. */
      async function deploy(env: string, project: string, status: 'succeeded' | 'failed'): Promise<void> {
        const id = ledger.newRunId();
        const at = new Date('2026-03-01T10:00:00Z');
        await ledger.createRun({
          id,
          env,
          gitSha: 'a'.repeat(40),
          actor: 'ci',
          trigger: 'ci',
          startedAt: at,
        });
        await ledger.recordStackEvent(id, { project, stack: project, layer: 'application', status, at });
        await ledger.finishRun(id, { status, finishedAt: at });
      }

      beforeAll(async () => {
        root = demoWorkspace();
        const db = await backend.create();
        cleanup = db.cleanup;
        ledger = await openLedger(db.connection, { root: '/' });
        await deploy('local', 'payments-app', 'succeeded'); // the emulator only
        await deploy('dev', 'orders-app', 'succeeded');
        await deploy('prod', 'payments-app', 'failed');
      });
      afterAll(async () => {
        await ledger?.close();
        await cleanup?.();
        removeWorkspace(root);
      });

      it('reads which environments are local from their files: local and local-prod have the emulator endpoint', () => {
        const snapshot = readWorkspaceSnapshot(root);
        expect(snapshot.environments).toEqual([
          { name: 'dev', local: false },
          { name: 'local', local: true },
          { name: 'local-prod', local: true },
          { name: 'prod', local: false },
          { name: 'staging', local: false },
        ]);
        expect(evidenceEnvironments(snapshot.environments)).toEqual(['dev', 'prod', 'staging']);
      });

      it('counts only successful deploys to environments that are not local', async () => {
        const envs = evidenceEnvironments(readWorkspaceSnapshot(root).environments);
        expect(await deployedProjects(ledger.knex, ['payments-app', 'orders-app'], envs)).toEqual(
          new Set(['orders-app']),
        );
        expect(await deployedProjects(ledger.knex, ['payments-app'], ['local'])).toEqual(
          new Set(['payments-app']),
        );
        expect(await deployedProjects(ledger.knex, ['orders-app'], [])).toEqual(new Set());
      });

      it('tells the owner that a deploy to local does not count, and where to deploy instead', async () => {
        const snapshot = readWorkspaceSnapshot(root);
        const envs = evidenceEnvironments(snapshot.environments);
        const deployed = await deployedProjects(ledger.knex, ['payments-app', 'orders-app'], envs);
        const payments = snapshot.services.find((s) => s.name === 'payments')!;
        const check = serviceAdoption(snapshot, payments, deployed, notEvaluated).checks[0]!;
        expect(check).toMatchObject({ id: 'application-deployed', status: 'fail' });
        expect(check.detail).toBe(
          'payments-app has no successful deploy to dev, prod, staging in the ledger yet; deploys to local, local-prod (the emulator) do not count. Deploy it through the pipeline, e.g. `stratum deploy --env dev`.',
        );
        const orders = snapshot.services.find((s) => s.name === 'orders')!;
        expect(serviceAdoption(snapshot, orders, deployed, notEvaluated).checks[0]).toMatchObject({
          status: 'pass',
          detail: 'orders-app deployed successfully to a non-local environment (ledger).',
        });
      });
    },
  );
}
