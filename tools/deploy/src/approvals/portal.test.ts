import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { testEnvironment } from '@stratum/constructs/src/testing';
import { openLedger, type Ledger } from '@stratum/ledger';
import { checkApprovals, PromotionRefusedError } from '../promotion-checks';
import { ApprovalRefusedError } from './approve';
import { breakGlassApprovers } from './break-glass';
import { attestApproval } from './portal';
import { generateSigningKey, orgUser, sshKeygenSkipReason, type TestSigningKey } from './testing';

const SHA = 'c'.repeat(40);
const prod = testEnvironment({
  name: 'prod',
  promotion: { from: 'staging' },
  approvals: { required: 1, approvers: ['group:platform-team'] },
});

describe(
  'approvals signed by the portal for its signed-in user (real ssh-keygen)',
  { skip: sshKeygenSkipReason() },
  () => {
    let dir: string;
    let portal: TestSigningKey;
    let rogue: TestSigningKey;
    let ledger: Ledger;
    const users = [orgUser('ada', ['platform-team']), orgUser('grace', ['payments-team'])];
    const attest = (keyPath: string, approver: string, portalKeys = [portal.publicKey]) =>
      attestApproval({
        ledger,
        users,
        portalKeys,
        keyPath,
        approver,
        subject: { env: 'prod', gitSha: SHA, runId: null },
        approvers: prod.approvals.approvers,
        deployer: '',
      });

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'stratum-portal-approvals-'));
      portal = generateSigningKey(dir, 'portal');
      rogue = generateSigningKey(dir, 'rogue');
      ledger = await openLedger(join(dir, 'ledger.db'), { root: dir });
    });
    after(async () => {
      await ledger?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('promote counts a portal-signed approval as the named user only against the registered portal key', async () => {
      await assert.rejects(
        checkApprovals({
          ledger,
          to: prod,
          sha: SHA,
          users,
          deployer: 'ci-bot',
          portalKeys: [portal.publicKey],
        }),
        PromotionRefusedError,
      );
      const approval = await attest(portal.privateKey, 'ada');
      assert.deepEqual([approval.approver, approval.via], ['ada', 'portal']);
      assert.deepEqual(
        await checkApprovals({
          ledger,
          to: prod,
          sha: SHA,
          users,
          deployer: 'ci-bot',
          portalKeys: [portal.publicKey],
        }),
        ['ada'],
      );
      // the same row, once the portal key is no longer registered: no approval
      await assert.rejects(
        checkApprovals({ ledger, to: prod, sha: SHA, users, deployer: 'ci-bot' }),
        /ada .*signed by the portal, but services\/org.yaml registers no stratum.dev\/portal-signing-key/,
      );
      // ada promoting herself: her portal approval does not count
      await assert.rejects(
        checkApprovals({
          ledger,
          to: prod,
          sha: SHA,
          users,
          deployer: 'ada',
          portalKeys: [portal.publicKey],
        }),
        /the deployer's own approval never counts/,
      );
    });

    test('an approval signed by an unregistered key is refused, and one for a user outside the groups is never stored', async () => {
      const sha = 'd'.repeat(40);
      // a row as a rogue backend (or a hand-edited ledger) would store it
      const forged = await attestApproval({
        ledger,
        users,
        portalKeys: [rogue.publicKey],
        keyPath: rogue.privateKey,
        approver: 'ada',
        subject: { env: 'prod', gitSha: sha, runId: null },
        approvers: [],
        deployer: '',
      });
      assert.equal(forged.via, 'portal');
      await assert.rejects(
        checkApprovals({ ledger, to: prod, sha, users, deployer: 'ci-bot', portalKeys: [portal.publicKey] }),
        /signed by a key that is not the portal's registered stratum.dev\/portal-signing-key/,
      );
      await assert.rejects(
        attest(rogue.privateKey, 'ada'),
        (e: unknown) => e instanceof ApprovalRefusedError && /not the portal's registered/.test(e.message),
      );
      await assert.rejects(attest(portal.privateKey, 'grace'), /grace is not a member of platform-team/);
      await assert.rejects(attest(portal.privateKey, 'eve'), /'eve' is not a User in services\/org.yaml/);
      assert.equal((await ledger.listApprovals({ env: 'prod', gitSha: SHA })).length, 1);
    });

    test('a break-glass run approved in the portal is approved by the signed-in user, never its own actor', async () => {
      const run = await ledger.createRun({
        env: 'prod',
        gitSha: SHA,
        actor: 'grace@laptop',
        trigger: 'cli',
        breakGlassReason: 'payments are down, hotfix',
      });
      const approve = (approver: string) =>
        attestApproval({
          ledger,
          users,
          portalKeys: [portal.publicKey],
          keyPath: portal.privateKey,
          approver,
          subject: { env: run.env, gitSha: run.gitSha, runId: run.id },
          approvers: [],
          deployer: run.actor,
        });
      await assert.rejects(approve('grace'), /the deployer's own approval never counts/);
      assert.deepEqual(await breakGlassApprovers(ledger, run, users, [portal.publicKey]), []);
      await approve('ada');
      assert.deepEqual(await breakGlassApprovers(ledger, run, users, [portal.publicKey]), ['ada']);
      assert.deepEqual(
        await breakGlassApprovers(ledger, run, users),
        [],
        'without the registered portal key',
      );
    });
  },
);
