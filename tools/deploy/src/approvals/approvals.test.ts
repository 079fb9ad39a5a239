import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { testEnvironment } from '@stratum/constructs/src/testing';
import { openLedger, type Ledger } from '@stratum/ledger';
import { ApprovalRefusedError, approveBreakGlassRun, approvePromotion } from './approve';
import { breakGlassApprovers } from './break-glass';
import { judgeApprovals } from './judge';
import { allowedSigners, approvalPayload } from './payload';
import { findPrincipals, signMessage, verifySignature } from './ssh-keygen';
import { generateSigningKey, orgUser, sshKeygenSkipReason, type TestSigningKey } from './testing';

const SHA = 'a'.repeat(40);
const prod = testEnvironment({
  name: 'prod',
  promotion: { from: 'staging' },
  approvals: { required: 1, approvers: ['group:platform-team'] },
});

describe('SSH-signed approvals (real ssh-keygen)', { skip: sshKeygenSkipReason() }, () => {
  let dir: string;
  let ada: TestSigningKey;
  let grace: TestSigningKey;
  let stranger: TestSigningKey;
  let ledger: Ledger;
  const users = () => [
    orgUser('ada', ['platform-team'], [ada]),
    orgUser('grace', ['payments-team'], [grace]),
  ];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stratum-approvals-'));
    ada = generateSigningKey(dir, 'ada');
    grace = generateSigningKey(dir, 'grace');
    stranger = generateSigningKey(dir, 'stranger');
    ledger = await openLedger(join(dir, 'ledger.db'), { root: dir });
  });
  after(async () => {
    await ledger?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a signature verifies as its signer only, over exactly the signed text and namespace', () => {
    const message = approvalPayload({ env: 'prod', gitSha: SHA, runId: null, signedAt: new Date(0) });
    assert.match(
      message,
      /^stratum-approval v1\nenv: prod\nsha: a{40}\nrun: -\nsigned-at: 1970-01-01T00:00:00.000Z\n$/,
    );
    const signature = signMessage(ada.privateKey, message);
    const signers = allowedSigners(users());
    assert.match(signers, /^ada namespaces="stratum-approval" ssh-ed25519 /);
    assert.equal(verifySignature({ allowedSigners: signers, identity: 'ada', message, signature }), true);
    assert.equal(verifySignature({ allowedSigners: signers, identity: 'grace', message, signature }), false);
    const other = message.replace(SHA, 'b'.repeat(40));
    assert.equal(
      verifySignature({ allowedSigners: signers, identity: 'ada', message: other, signature }),
      false,
    );
    assert.deepEqual(findPrincipals(signers, signature), ['ada']);
    assert.deepEqual(findPrincipals(signers, signMessage(stranger.privateKey, message)), []);
  });

  test('a malformed signature over a message larger than a pipe buffer is "not signed", never "could not run ssh-keygen"', () => {
    // ssh-keygen rejects the signature before it reads stdin; fed through a pipe, the unread message was an EPIPE.
    const message = 'x'.repeat(1024 * 1024);
    const malformed = '-----BEGIN SSH SIGNATURE-----\nU1NIU0lH\n-----END SSH SIGNATURE-----\n';
    const signers = allowedSigners(users());
    assert.equal(
      verifySignature({ allowedSigners: signers, identity: 'ada', message, signature: malformed }),
      false,
    );
    const signature = signMessage(ada.privateKey, message);
    assert.equal(verifySignature({ allowedSigners: signers, identity: 'ada', message, signature }), true);
  });

  test('a signature made for another namespace (e.g. a git commit signature) is no approval', () => {
    const message = approvalPayload({ env: 'prod', gitSha: SHA, runId: null, signedAt: new Date(0) });
    const git = spawnSync('ssh-keygen', ['-Y', 'sign', '-f', ada.privateKey, '-n', 'git'], {
      input: message,
      encoding: 'utf8',
    });
    assert.equal(git.status, 0, git.stderr);
    const approval = {
      id: 1,
      env: 'prod',
      gitSha: SHA,
      runId: null,
      approver: 'ada',
      signature: git.stdout,
      signedAt: new Date(0).toISOString(),
      recordedAt: new Date(0).toISOString(),
      via: null,
    };
    const { counted, verdicts } = judgeApprovals({
      approvals: [approval],
      users: users(),
      approvers: [],
      deployer: 'ci',
    });
    assert.deepEqual(counted, []);
    assert.match(verdicts[0]!.reason!, /not signed/);
  });

  test('approve signs (env, sha, time) as the org user whose key it is, and stores it', async () => {
    const signedAt = new Date('2026-05-01T12:00:00.000Z');
    const approval = await approvePromotion({
      ledger,
      users: users(),
      keyPath: ada.privateKey,
      env: prod,
      gitSha: SHA,
      clock: () => signedAt,
    });
    assert.deepEqual(
      [approval.approver, approval.env, approval.gitSha, approval.signedAt],
      ['ada', 'prod', SHA, signedAt.toISOString()],
    );
    const [stored] = await ledger.listApprovals({ env: 'prod', gitSha: SHA });
    assert.equal(stored?.signature, approval.signature);
    assert.deepEqual(
      judgeApprovals({
        approvals: [stored!],
        users: users(),
        approvers: ['group:platform-team'],
        deployer: 'ci-bot',
      }).counted,
      ['ada'],
    );
  });

  test('approve refuses a key no org user has registered, and an environment that needs no approvals', async () => {
    await assert.rejects(
      approvePromotion({ ledger, users: users(), keyPath: stranger.privateKey, env: prod, gitSha: SHA }),
      (e: unknown) =>
        e instanceof ApprovalRefusedError &&
        /is not the signing key of any User in services\/org.yaml/.test(e.message),
    );
    await assert.rejects(
      approvePromotion({
        ledger,
        users: users(),
        keyPath: ada.privateKey,
        env: testEnvironment({ name: 'dev' }),
        gitSha: SHA,
      }),
      /requires no approvals/,
    );
  });

  test('a break-glass run is approved after the fact by someone else, never by its own actor', async () => {
    const glass = await ledger.createRun({
      env: 'prod',
      gitSha: SHA,
      actor: 'ada@laptop',
      trigger: 'cli',
      breakGlassReason: 'payments are down, hotfix',
    });
    await assert.rejects(
      approveBreakGlassRun({ ledger, users: users(), keyPath: ada.privateKey, runId: glass.id }),
      /ada ran break-glass run/,
    );
    const plain = await ledger.createRun({ env: 'prod', gitSha: SHA, actor: 'x', trigger: 'promote' });
    await assert.rejects(
      approveBreakGlassRun({ ledger, users: users(), keyPath: grace.privateKey, runId: plain.id }),
      /is not a break-glass run/,
    );
    const approval = await approveBreakGlassRun({
      ledger,
      users: users(),
      keyPath: grace.privateKey,
      runId: glass.id,
    });
    assert.deepEqual([approval.approver, approval.runId, approval.env], ['grace', glass.id, 'prod']);
    assert.deepEqual(
      (await ledger.listApprovals({ runId: glass.id })).map((a) => a.approver),
      ['grace'],
    );
    // grace's signature, claimed as ada's: no approval of ada's
    await ledger.recordApproval({
      env: approval.env,
      gitSha: approval.gitSha,
      runId: glass.id,
      approver: 'ada',
      signature: approval.signature,
      signedAt: new Date(approval.signedAt),
    });
    assert.deepEqual(await breakGlassApprovers(ledger, (await ledger.getRun(glass.id))!, users()), ['grace']);
    assert.deepEqual(await breakGlassApprovers(ledger, plain, users()), [], 'not a break-glass run');
  });
});
