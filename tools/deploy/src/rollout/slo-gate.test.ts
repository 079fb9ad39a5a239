import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openLedger, type Ledger } from '@stratum/ledger';
import { PromotionRefusedError } from '../promotion-checks';
import { sloGateOf } from './slo-gate';

const REPO_ROOT = join(__dirname, '../../../..');
let root: string;
let ledger: Ledger;

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'stratum-slo-gate-'));
  mkdirSync(join(root, 'tools/portal'), { recursive: true });
  copyFileSync(
    join(REPO_ROOT, 'tools/portal/platform-slos.yaml'),
    join(root, 'tools/portal/platform-slos.yaml'),
  );
  ledger = await openLedger(join(root, 'ledger.db'), { root });
  // staging: 2 good deploys; prod: 3 of 4 failed (far below the shipped 95% success objective).
  const runs: [string, 'succeeded' | 'failed'][] = [
    ['staging', 'succeeded'],
    ['staging', 'succeeded'],
    ['prod', 'failed'],
    ['prod', 'failed'],
    ['prod', 'failed'],
    ['prod', 'succeeded'],
  ];
  for (const [env, status] of runs) {
    const run = await ledger.createRun({ env, gitSha: 'a'.repeat(40), actor: 'ci', trigger: 'ci' });
    await ledger.finishRun(run.id, { status, ...(status === 'failed' ? { error: 'apply failed' } : {}) });
  }
});
after(async () => {
  await ledger.close();
  rmSync(root, { recursive: true, force: true });
});

test('the gate passes while no budget is spent, and refuses naming the environment, the SLO and the command', async () => {
  await sloGateOf(ledger, root, ['staging'], Date.now());
  await assert.rejects(sloGateOf(ledger, root, ['staging', 'prod'], Date.now()), (error: unknown) => {
    assert.ok(error instanceof PromotionRefusedError);
    assert.match(error.message, /in 'prod' over 30d, .*\(3 bad of 4, breached\)/);
    assert.match(
      error.message,
      /See `stratum slo check --env prod`; promote again when the budget recovers\./,
    );
    return true;
  });
});
