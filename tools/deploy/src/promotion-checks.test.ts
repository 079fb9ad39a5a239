import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { openLedger, type Ledger } from '@stratum/ledger';
import { testEnvironment } from '@stratum/constructs/src/testing';
import { checkApprovals, promotableCommit, PromotionRefusedError } from './promotion-checks';

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

  test('approvals: count, org users and approver groups', () => {
    const users = new Map([
      ['ada', ['platform-team']],
      ['grace', ['payments-team']],
    ]);
    assert.throws(
      () => checkApprovals(prod, [], users),
      /requires 1 approval\(s\) from group:platform-team; pass --approved-by/,
    );
    assert.throws(
      () => checkApprovals(prod, ['mallory'], users),
      /'mallory' is not a User in services\/org.yaml/,
    );
    assert.throws(() => checkApprovals(prod, ['grace'], users), /'grace' is not a member of platform-team/);
    assert.doesNotThrow(() => checkApprovals(prod, ['ada'], users));
    assert.doesNotThrow(() => checkApprovals(staging, [], users));
  });
});
