import { mockCredentials, type TestBackend } from '@backstage/backend-test-utils';
import { openLedger, type Ledger } from '@stratum/ledger';
import { removeWorkspace } from '@stratum/plugin-stratum-node/src/testing';
import request from 'supertest';
import { portalWorkspace, startStratumBackend } from '../testing/backend';
import { ledgerBackends, type TestLedger } from '../testing/ledgers';

const USER = mockCredentials.user.header();
const NOBODY = mockCredentials.none.header();
const T0 = Date.parse('2026-03-01T10:00:00Z');

/** Records a finished drift check of `env` with findings on the given projects. */
async function driftCheck(
  ledger: Ledger,
  env: string,
  minute: number,
  drifted: readonly string[],
  error: string | null = null,
): Promise<string> {
  const run = await ledger.createRun({
    kind: 'drift',
    env,
    gitSha: 'c'.repeat(40),
    actor: 'ci',
    trigger: 'ci',
    startedAt: new Date(T0 + minute * 60_000),
  });
  await ledger.recordDrift(
    run.id,
    env,
    drifted.map((project) => ({
      project,
      stack: project,
      resourceAddress: 'aws_s3_bucket.logs',
      attribute: 'tags.team',
      expected: '"payments"',
      actual: '"someone"',
    })),
  );
  await ledger.finishRun(run.id, {
    status: drifted.length > 0 || error ? 'failed' : 'succeeded',
    error,
    finishedAt: new Date(T0 + (minute + 1) * 60_000),
  });
  return run.id;
}

for (const backend of ledgerBackends()) {
  if (backend.skip && backend.required) {
    it(`GET /stacks/:project/drift on ${backend.name} (STRATUM_REQUIRE_PREREQS=1)`, () => {
      throw new Error(backend.skip);
    });
    continue;
  }
  (backend.skip ? describe.skip : describe)(`GET /stacks/:project/drift on ${backend.name}`, () => {
    let root: string;
    let db: TestLedger;
    let server: TestBackend;
    let ledger: Ledger;
    const drift = (path: string, auth = USER) =>
      request(server.server).get(`/api/stratum/stacks/${path}`).set('Authorization', auth);

    beforeAll(async () => {
      root = portalWorkspace();
      db = await backend.create();
      server = await startStratumBackend(root, db.connection);
      ledger = await openLedger(db.connection, { root: '/' });
    });
    afterAll(async () => {
      await ledger?.close();
      await server?.stop();
      await db?.cleanup();
      removeWorkspace(root);
    });

    it('needs credentials and a valid environment', async () => {
      expect((await drift('network/drift?env=prod', NOBODY)).status).toBe(401);
      const bad = await drift('network/drift?env=Prod!');
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/query\.env/);
      expect((await drift('network/drift')).status).toBe(400);
    });

    it('says null before any drift check ran in the environment', async () => {
      const res = await drift('network/drift?env=prod');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ project: 'network', env: 'prod', lastCheck: null });
    });

    it("reports the newest check's findings on the project only", async () => {
      await driftCheck(ledger, 'prod', 0, ['network']);
      const newest = await driftCheck(ledger, 'prod', 10, ['payments-app']);
      await driftCheck(ledger, 'staging', 20, ['network']);

      const network = await drift('network/drift?env=prod');
      expect(network.body.lastCheck).toMatchObject({ runId: newest, result: 'clean', findings: [] });
      const payments = await drift('payments-app/drift?env=prod');
      expect(payments.body.lastCheck).toMatchObject({
        runId: newest,
        runStatus: 'failed',
        result: 'drifted',
        error: null,
        findings: [
          {
            stack: 'payments-app',
            resourceAddress: 'aws_s3_bucket.logs',
            attribute: 'tags.team',
            expected: '"payments"',
            actual: '"someone"',
          },
        ],
      });
    });

    it("keeps the check's error lines about the project's stack", async () => {
      await driftCheck(
        ledger,
        'dev',
        0,
        [],
        'network: terraform init: no credentials\nnetwork-edge: timeout',
      );
      const res = await drift('network/drift?env=dev');
      expect(res.body.lastCheck).toMatchObject({
        result: 'error',
        error: 'network: terraform init: no credentials',
      });
    });
  });
}
