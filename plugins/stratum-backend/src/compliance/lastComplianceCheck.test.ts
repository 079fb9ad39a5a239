import { mockCredentials, type TestBackend } from '@backstage/backend-test-utils';
import { openLedger, type Ledger, type NewComplianceFinding } from '@stratum/ledger';
import { removeWorkspace } from '@stratum/plugin-stratum-node/src/testing';
import request from 'supertest';
import { portalWorkspace, startStratumBackend } from '../testing/backend';
import { ledgerBackends, type TestLedger } from '../testing/ledgers';

const USER = mockCredentials.user.header();
const NOBODY = mockCredentials.none.header();
const T0 = Date.parse('2026-03-01T10:00:00Z');

const finding = (over: Partial<NewComplianceFinding>): NewComplianceFinding => ({
  project: 'platform',
  stack: 'platform-us-east-1',
  service: null,
  owner: 'platform-team',
  rule: 'STRAT-SG-001',
  checkov: 'CKV_AWS_24',
  severity: 'high',
  resourceAddress: 'aws_security_group.alb',
  resourceId: 'sg-0abc',
  message: 'ingress allows SSH (port 22) from anywhere',
  ...over,
});

/** Records a finished compliance run of `env` with these findings. */
async function complianceRun(
  ledger: Ledger,
  env: string,
  minute: number,
  findings: readonly NewComplianceFinding[],
): Promise<string> {
  const run = await ledger.createRun({
    kind: 'compliance',
    env,
    gitSha: 'c'.repeat(40),
    actor: 'ci',
    trigger: 'schedule',
    startedAt: new Date(T0 + minute * 60_000),
  });
  await ledger.recordComplianceFindings(run.id, env, findings);
  await ledger.finishRun(run.id, {
    status: findings.length > 0 ? 'failed' : 'succeeded',
    error: findings.length > 0 ? `${findings.length} compliance finding(s)` : null,
    finishedAt: new Date(T0 + (minute + 1) * 60_000),
  });
  return run.id;
}

for (const backend of ledgerBackends()) {
  if (backend.skip && backend.required) {
    it(`GET /compliance on ${backend.name} (STRATUM_REQUIRE_PREREQS=1)`, () => {
      throw new Error(backend.skip);
    });
    continue;
  }
  (backend.skip ? describe.skip : describe)(`GET /compliance on ${backend.name}`, () => {
    let root: string;
    let db: TestLedger;
    let server: TestBackend;
    let ledger: Ledger;
    const get = (query: string, auth = USER) =>
      request(server.server).get(`/api/stratum/compliance${query}`).set('Authorization', auth);

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
      expect((await get('?env=prod', NOBODY)).status).toBe(401);
      const bad = await get('?env=Prod!');
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/query\.env/);
      expect((await get('')).status).toBe(400);
    });

    it('says null before any compliance check ran', async () => {
      const res = await get('?env=prod');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ env: 'prod', lastCheck: null, owners: [] });
    });

    it("lists the newest check's findings by owner group", async () => {
      await complianceRun(ledger, 'prod', 0, [finding({ message: 'old' })]);
      const newest = await complianceRun(ledger, 'prod', 10, [
        finding({
          owner: 'payments-team',
          project: 'payments-app',
          service: 'payments',
          rule: 'STRAT-SG-002',
        }),
        finding({}),
      ]);
      const res = await get('?env=prod');
      expect(res.body.lastCheck).toMatchObject({
        runId: newest,
        runStatus: 'failed',
        error: '2 compliance finding(s)',
      });
      expect(res.body.owners.map((o: { owner: string }) => o.owner)).toEqual([
        'payments-team',
        'platform-team',
      ]);
      expect(res.body.owners[1].findings).toEqual([
        {
          project: 'platform',
          stack: 'platform-us-east-1',
          service: null,
          rule: 'STRAT-SG-001',
          checkov: 'CKV_AWS_24',
          severity: 'high',
          resourceAddress: 'aws_security_group.alb',
          resourceId: 'sg-0abc',
          message: 'ingress allows SSH (port 22) from anywhere',
        },
      ]);
    });
  });
}
