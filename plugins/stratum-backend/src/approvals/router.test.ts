import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mockCredentials, type TestBackend } from '@backstage/backend-test-utils';
import {
  generateSigningKey,
  orgUser,
  orgYaml,
  sshKeygenSkipReason,
  type TestSigningKey,
} from '@stratum/deploy/src/approvals/testing';
import { openLedger, type Ledger } from '@stratum/ledger';
import { removeWorkspace } from '@stratum/plugin-stratum-node/src/testing';
import request from 'supertest';
import { portalWorkspace, startStratumBackend } from '../testing/backend';

const ADA = mockCredentials.user.header('user:default/ada');
const GRACE = mockCredentials.user.header('user:default/grace');
const GUEST = mockCredentials.user.header('user:development/guest');
const SHA = 'e'.repeat(40);

/** services/org.yaml with ada (platform-team), grace (payments-team) and the portal's registered key. */
function orgFile(portal: TestSigningKey): string {
  const portalEntity =
    'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: stratum-portal\n  annotations:\n' +
    `    stratum.dev/portal-signing-key: ${portal.publicKey}\nspec:\n  type: service\n  lifecycle: production\n  owner: group:platform-team\n`;
  return `${orgYaml([orgUser('ada', ['platform-team']), orgUser('grace', ['payments-team'])])}---\n${portalEntity}`;
}

const skip = sshKeygenSkipReason();
(skip ? describe.skip : describe)(`portal approvals${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let keys: string;
  let portal: TestSigningKey;
  let root: string;
  let ledger: Ledger;
  let server: TestBackend;
  let unsigned: TestBackend;
  const api = (s = server) => request(s.server);

  beforeAll(async () => {
    keys = mkdtempSync(join(tmpdir(), 'stratum-portal-key-'));
    portal = generateSigningKey(keys, 'portal');
    root = portalWorkspace({ 'services/org.yaml': orgFile(portal) });
    const file = join(keys, 'ledger.db');
    ledger = await openLedger(file, { root });
    const source = await ledger.createRun({ env: 'local', gitSha: SHA, actor: 'ci', trigger: 'cli' });
    await ledger.finishRun(source.id, { status: 'succeeded' });
    // What `stratum plan --env local-prod` recorded for that commit: the list shows its cost and risk.
    await ledger.recordPlanAssessment({
      env: 'local-prod',
      gitSha: SHA,
      actor: 'ci',
      monthlyDelta: 36.5,
      riskScore: 42,
      riskLevel: 'medium',
      assessment: {},
    });
    server = await startStratumBackend(root, file, { approvals: { signingKey: portal.privateKey } });
    unsigned = await startStratumBackend(root, file);
  });
  afterAll(async () => {
    await server?.stop();
    await unsigned?.stop();
    await ledger?.close();
    removeWorkspace(root);
    rmSync(keys, { recursive: true, force: true });
  });

  const pending = async (auth: string) => {
    const res = await api().get('/api/stratum/promotions/pending').set('Authorization', auth);
    expect(res.status).toBe(200);
    return res.body;
  };

  it('lists what succeeded in the source and is not yet in each gated target, with the approvals required', async () => {
    const body = await pending(ADA);
    expect(body.approving).toEqual({ enabled: true, userEntityRef: 'user:default/ada' });
    const localProd = body.environments.find((e: { env: string }) => e.env === 'local-prod');
    expect(localProd).toMatchObject({
      from: 'local',
      required: 1,
      approvers: ['group:platform-team'],
      pending: [
        {
          gitSha: SHA,
          promotable: true,
          approvals: [],
          counted: [],
          plan: { monthlyDelta: 36.5, riskScore: 42, riskLevel: 'medium' },
        },
      ],
    });
    expect(body.environments.map((e: { env: string }) => e.env).sort()).toEqual([
      'local-prod',
      'prod',
      'staging',
    ]);
  });

  it('refuses guest sign-in with 403, and says so in the list', async () => {
    expect((await pending(GUEST)).approving).toMatchObject({
      enabled: false,
      reason: expect.stringMatching(/guests cannot approve/),
    });
    const res = await api()
      .post('/api/stratum/promotions/approvals')
      .set('Authorization', GUEST)
      .send({ env: 'local-prod', gitSha: SHA });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(
      /Signed in as guest \(user:development\/guest\): guests cannot approve/,
    );
    const service = await api()
      .post('/api/stratum/promotions/approvals')
      .set('Authorization', mockCredentials.service.header())
      .send({ env: 'local-prod', gitSha: SHA });
    expect(service.status).toBe(403);
  });

  it('approves as the signed-in user, signed by the portal key; a user outside the approver groups gets 403', async () => {
    const refused = await api()
      .post('/api/stratum/promotions/approvals')
      .set('Authorization', GRACE)
      .send({ env: 'local-prod', gitSha: SHA });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/grace is not a member of platform-team/);
    const res = await api()
      .post('/api/stratum/promotions/approvals')
      .set('Authorization', ADA)
      .send({ env: 'local-prod', gitSha: SHA, approver: 'grace' });
    expect(res.status).toBe(400); // a typed approver is no field of this API
    const ok = await api()
      .post('/api/stratum/promotions/approvals')
      .set('Authorization', ADA)
      .send({ env: 'local-prod', gitSha: SHA });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ approver: 'ada', env: 'local-prod', gitSha: SHA, runId: null });
    const [stored] = await ledger.listApprovals({ env: 'local-prod', gitSha: SHA });
    expect(stored).toMatchObject({ approver: 'ada', via: 'portal' });
    const localProd = (await pending(GRACE)).environments.find(
      (e: { env: string }) => e.env === 'local-prod',
    );
    expect(localProd.pending[0]).toMatchObject({
      counted: ['ada'],
      approvals: [{ approver: 'ada', via: 'portal', counts: true }],
    });
  });

  it('without stratum.approvals.signingKey approving is off with a message (503), guests still 403', async () => {
    const list = await api(unsigned).get('/api/stratum/promotions/pending').set('Authorization', ADA);
    expect(list.body.approving).toMatchObject({
      enabled: false,
      reason: expect.stringMatching(/stratum.approvals.signingKey/),
    });
    const post = (auth: string) =>
      api(unsigned)
        .post('/api/stratum/promotions/approvals')
        .set('Authorization', auth)
        .send({ env: 'local-prod', gitSha: SHA });
    expect((await post(ADA)).status).toBe(503);
    expect((await post(GUEST)).status).toBe(403);
  });

  it('shows a break-glass run until someone other than its actor approves it in the portal', async () => {
    const run = await ledger.createRun({
      env: 'prod',
      gitSha: SHA,
      actor: 'ada@laptop',
      trigger: 'cli',
      breakGlassReason: 'payments are down, hotfix',
    });
    await ledger.finishRun(run.id, { status: 'succeeded' });
    const waiting = async () =>
      (await api().get('/api/stratum/break-glass').set('Authorization', GUEST)).body.waiting.map(
        (r: { runId: string }) => r.runId,
      );
    expect(await waiting()).toEqual([run.id]);
    const approve = (auth: string) =>
      api().post(`/api/stratum/break-glass/${run.id}/approvals`).set('Authorization', auth).send({});
    expect((await approve(GUEST)).status).toBe(403);
    const own = await approve(ADA);
    expect(own.status).toBe(403);
    expect(own.body.error.message).toMatch(/the deployer's own approval never counts/);
    expect((await approve(GRACE)).status).toBe(201);
    expect(await waiting()).toEqual([]);
  });
});
