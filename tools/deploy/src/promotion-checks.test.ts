import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { openLedger, type Ledger } from '@stratum/ledger';
import { testEnvironment } from '@stratum/constructs/src/testing';
import { approvalPayload } from './approvals/payload';
import { signMessage } from './approvals/ssh-keygen';
import { generateSigningKey, orgUser, sshKeygenSkipReason, type TestSigningKey } from './approvals/testing';
import { checkApprovals, promotableCommit, PromotionRefusedError } from './promotion-checks';
import { riskApprovals } from './plan-record';

const dev = testEnvironment({ name: 'dev' });
const staging = testEnvironment({ name: 'staging', promotion: { from: 'dev' } });
const prod = testEnvironment({
  name: 'prod',
  promotion: { from: 'staging' },
  approvals: { required: 1, approvers: ['group:platform-team'] },
});

async function ledger(): Promise<Ledger> {
  const dir = mkdtempSync(join(tmpdir(), 'stratum-promote-'));
  return openLedger(join(dir, 'ledger.db'), { root: dir });
}

async function run(
  l: Ledger,
  env: string,
  kind: 'deploy' | 'drift',
  status: 'succeeded' | 'rolled_back',
  sha = 'abc123',
  at = Date.now(),
) {
  const r = await l.createRun({
    env,
    kind,
    gitSha: sha,
    actor: 't',
    trigger: 'test',
    startedAt: new Date(at),
  });
  await l.finishRun(r.id, { status, finishedAt: new Date(at + 1000) });
  return r;
}

describe('promotion rules', () => {
  test('the commit last deployed to the source, once a later drift check is clean', async () => {
    const l = await ledger();
    const t = Date.now() - 60_000;
    await run(l, 'dev', 'deploy', 'succeeded', 'sha-1', t);
    await run(l, 'dev', 'drift', 'succeeded', 'sha-1', t + 10_000);
    assert.equal((await promotableCommit(l, dev, staging)).sha, 'sha-1');
    await l.close();
  });

  test('refused: wrong promotion source, failed last deploy, no drift check, drift found', async () => {
    const l = await ledger();
    await assert.rejects(promotableCommit(l, dev, prod), /promotion.from is 'staging'/);
    await assert.rejects(promotableCommit(l, dev, staging), /'dev' has no deploys yet/);
    const t = Date.now() - 60_000;
    await run(l, 'dev', 'deploy', 'rolled_back', 'sha-2', t);
    await assert.rejects(promotableCommit(l, dev, staging), /ended rolled_back/);
    await run(l, 'dev', 'deploy', 'succeeded', 'sha-3', t + 5_000);
    await assert.rejects(promotableCommit(l, dev, staging), /No drift check of 'dev' since its last deploy/);
    const check = await run(l, 'dev', 'drift', 'succeeded', 'sha-3', t + 20_000);
    await l.recordDrift(check.id, 'dev', [
      {
        stack: 'orders-queue-us-east-1',
        resourceAddress: 'aws_sqs_queue.q',
        attribute: 'visibility_timeout_seconds',
        expected: '30',
        actual: '90',
      },
    ]);
    await assert.rejects(
      promotableCommit(l, dev, staging),
      (e: unknown) => e instanceof PromotionRefusedError && /'dev' has drift/.test(e.message),
    );
    await l.close();
  });
});

describe(
  'promotion approvals: only verified SSH signatures count (real ssh-keygen)',
  { skip: sshKeygenSkipReason() },
  () => {
    const SHA = 'c'.repeat(40);
    const keysDir = mkdtempSync(join(tmpdir(), 'stratum-approval-keys-'));
    const key = (name: string) => generateSigningKey(keysDir, name);
    const [adaKey, bobKey, graceKey, strangerKey] = ['ada', 'bob', 'grace', 'stranger'].map(
      key,
    ) as TestSigningKey[];
    const users = [
      orgUser('ada', ['platform-team'], [adaKey!]),
      orgUser('bob', ['platform-team'], [bobKey!]),
      orgUser('grace', ['payments-team'], [graceKey!]),
      orgUser('carol', ['platform-team']),
    ];
    after(() => rmSync(keysDir, { recursive: true, force: true }));

    /** Stores an approval of `sha` for prod claiming `approver`, signed with `signer`'s key (a forged row when they differ). */
    async function store(l: Ledger, approver: string, signer: TestSigningKey, sha = SHA, signedFor = sha) {
      const signedAt = new Date();
      const signature = signMessage(
        signer.privateKey,
        approvalPayload({ env: 'prod', gitSha: signedFor, runId: null, signedAt }),
      );
      await l.recordApproval({ env: 'prod', gitSha: sha, approver, signature, signedAt });
    }
    const check = (l: Ledger, deployer = 'release-bot', to = prod) =>
      checkApprovals({ ledger: l, to, sha: SHA, users, deployer });

    test('none recorded: refused, saying how to approve', async () => {
      const l = await ledger();
      await assert.rejects(
        check(l),
        (e: unknown) =>
          e instanceof PromotionRefusedError &&
          /requires 1 approval\(s\) from group:platform-team of c{40} for 'prod'; 0 count, none is recorded\. An approver signs with `stratum approve --env prod --sha c{40} --key/.test(
            e.message,
          ),
      );
      assert.deepEqual(await check(l, 'x', staging), [], 'an environment that requires none');
      await l.close();
    });

    test('refused: unsigned, under a typed name, by an unregistered key, by the deployer, outside the groups, for another sha', async () => {
      const l = await ledger();
      await assert.rejects(
        l.recordApproval({
          env: 'prod',
          gitSha: SHA,
          approver: 'ada',
          signature: 'ada',
          signedAt: new Date(),
        }),
        /no armored SSH signature/,
      );
      await l.recordApproval({
        env: 'prod',
        gitSha: SHA,
        approver: 'ada',
        signature: '-----BEGIN SSH SIGNATURE-----\nU1NIU0lH\n-----END SSH SIGNATURE-----\n',
        signedAt: new Date(),
      });
      await store(l, 'ada', graceKey!); // grace typed ada's name
      await store(l, 'bob', strangerKey!); // a key nobody registered
      await store(l, 'carol', adaKey!); // carol has no key
      await store(l, 'grace', graceKey!); // valid, but not platform-team
      await store(l, 'ada', adaKey!, SHA, 'd'.repeat(40)); // ada's signature of another sha, stored as this one
      await store(l, 'bob', bobKey!, 'e'.repeat(40)); // bob approved another sha
      const refused = await check(l).then(
        () => '',
        (e: Error) => e.message,
      );
      assert.match(refused, /0 count/);
      for (const why of [
        /ada \(signed [^)]+\): not signed/,
        /ada \(signed [^)]+\): signed with grace's key, not ada's/,
        /bob \(signed [^)]+\): signed by a key that no User in services\/org.yaml has registered/,
        /carol \(signed [^)]+\): signed with ada's key, not carol's/,
        /grace \(signed [^)]+\): grace is not a member of platform-team/,
        /ada \(signed [^)]+\): not signed: the signature is not an SSH signature of this env, sha and time/,
      ])
        assert.match(refused, why);
      assert.doesNotMatch(refused, /e{40}/, 'approvals of another sha are not even listed');
      await store(l, 'ada', adaKey!);
      await assert.rejects(
        check(l, 'ada@laptop'),
        /ada deploys this change; the deployer's own approval never counts/,
      );
      assert.deepEqual(await check(l, 'release-bot'), ['ada']);
      await l.close();
    });

    test('distinct approvers: the same person twice counts once', async () => {
      const l = await ledger();
      const two = testEnvironment({
        name: 'prod',
        promotion: { from: 'staging' },
        approvals: { required: 2, approvers: ['group:platform-team'] },
      });
      await store(l, 'ada', adaKey!);
      await store(l, 'ada', adaKey!);
      await assert.rejects(check(l, 'ci', two), /1 count \(.*ada is already counted once/);
      await store(l, 'bob', bobKey!);
      assert.deepEqual(await check(l, 'ci', two), ['ada', 'bob']);
      await l.close();
    });

    test('a risky change needs the extra approvals its recorded plan score asks for; an unplanned commit is refused', async () => {
      const l = await ledger();
      const risky = testEnvironment({
        name: 'prod',
        promotion: { from: 'staging' },
        approvals: { required: 1, approvers: ['group:platform-team'] },
        risk: { approvalThreshold: 50, extraApprovals: 1 },
      });
      await assert.rejects(
        riskApprovals(l, risky, SHA),
        (e: unknown) =>
          e instanceof PromotionRefusedError &&
          /sets risk.approvalThreshold 50, but c{40} was never planned for 'prod', so its risk and cost are unknown.*`stratum plan --env prod --all`/.test(
            e.message,
          ),
      );
      assert.deepEqual(await riskApprovals(l, prod, SHA), { extra: 0 }, 'no threshold: no plan needed');
      const plan = { env: 'prod', gitSha: SHA, actor: 'planner', monthlyDelta: 32.85, riskLevel: 'high' };
      await l.recordPlanAssessment({ ...plan, riskScore: 30, assessment: {} });
      assert.deepEqual(await riskApprovals(l, risky, SHA), { extra: 0 }, 'below the threshold');
      await l.recordPlanAssessment({ ...plan, riskScore: 72, assessment: {} });
      const extra = await riskApprovals(l, risky, SHA);
      assert.equal(extra.extra, 1);
      assert.match(
        extra.because ?? '',
        /risk score 72 reaches prod's risk.approvalThreshold 50.*planned .* by planner/,
      );

      await store(l, 'ada', adaKey!);
      await assert.rejects(
        checkApprovals({ ledger: l, to: risky, sha: SHA, users, deployer: 'ci', extra }),
        /requires 2 approval\(s\) from group:platform-team of c{40} for 'prod' \(1 \+ 1: risk score 72.*\); 1 count/,
      );
      await store(l, 'bob', bobKey!);
      assert.deepEqual(
        await checkApprovals({ ledger: l, to: risky, sha: SHA, users, deployer: 'ci', extra }),
        ['ada', 'bob'],
      );
      await l.close();
    });

    test('a cost cap refuses a promotion whose recorded plan adds more a month than it allows', async () => {
      const l = await ledger();
      const capped = testEnvironment({
        name: 'prod',
        promotion: { from: 'staging' },
        policy: { maxMonthlyCostIncrease: 20 },
      });
      await assert.rejects(
        riskApprovals(l, capped, SHA),
        /sets policy.maxMonthlyCostIncrease \$20, but c{40} was never planned/,
      );
      const plan = {
        env: 'prod',
        gitSha: SHA,
        actor: 'planner',
        riskScore: 10,
        riskLevel: 'low',
        assessment: {},
      };
      await l.recordPlanAssessment({ ...plan, monthlyDelta: 36.5 });
      await assert.rejects(
        riskApprovals(l, capped, SHA),
        (e: unknown) =>
          e instanceof PromotionRefusedError &&
          /adds \$36\.50 a month, over environments\/prod\.yaml's policy.maxMonthlyCostIncrease of \$20\.00/.test(
            e.message,
          ),
      );
      await l.recordPlanAssessment({ ...plan, monthlyDelta: 12 });
      assert.deepEqual(
        await riskApprovals(l, capped, SHA),
        { extra: 0 },
        'the newest plan of the commit counts',
      );
      await l.close();
    });
  },
);
