// Contract tests for runs, events, artifacts, deployments, history, drift and promotions (see contract.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashArtifact } from '../artifacts';
import { LEDGER_MIGRATIONS, MIGRATIONS_TABLE } from '../migrations';
import { type FixtureAccess, isLedgerError, run } from './contract-support';

export function recordsContract(fixture: FixtureAccess): void {
  test('migrations are idempotent: reopening and migrating again changes nothing', async () => {
    const { ledger, open } = fixture();
    const created = await ledger.createRun({ env: 'migrate', ...run });
    await ledger.migrate();
    const again = await open();
    try {
      await again.migrate();
      const applied = await again.knex(MIGRATIONS_TABLE).count<{ n: number | string }[]>({ n: '*' });
      assert.equal(Number(applied[0]?.n), LEDGER_MIGRATIONS.length);
      assert.equal((await again.getRun(created.id))?.env, 'migrate');
    } finally {
      await again.close();
    }
  });

  test('a run records its stack events in order and its outcome', async () => {
    const { ledger } = fixture();
    const created = await ledger.createRun({ env: 'life', baseRef: 'origin/main', ...run });
    assert.equal(created.status, 'running');
    const stacks = ['network', 'data', 'app'];
    for (const [i, stack] of stacks.entries()) {
      await ledger.recordStackEvent(created.id, {
        project: stack,
        stack,
        layer: 'data',
        status: 'succeeded',
        terraformExitCode: 0,
        plan: { adds: i, changes: 1, destroys: 0 },
        region: 'eu-west-1',
      });
    }
    const finished = await ledger.finishRun(created.id, { status: 'failed', error: 'app: apply failed' });
    assert.equal(finished.status, 'failed');
    assert.ok(finished.finishedAt);
    const detail = await ledger.getRun(created.id);
    assert.deepEqual(
      detail?.events.map((e) => [e.seq, e.stack]),
      [
        [1, 'network'],
        [2, 'data'],
        [3, 'app'],
      ],
    );
    assert.deepEqual(detail?.events[2]?.plan, { adds: 2, changes: 1, destroys: 0 });
    assert.equal(detail?.eventCount, 3);
    assert.equal(detail?.baseRef, 'origin/main');
    assert.equal(detail?.error, 'app: apply failed');
    assert.equal(await ledger.getRun(ledger.newRunId()), undefined);
  });

  test('concurrent events of one run get distinct, gapless sequence numbers', async () => {
    const { ledger } = fixture();
    const created = await ledger.createRun({ env: 'parallel', ...run });
    const stacks = Array.from({ length: 20 }, (_, i) => `stack-${i}`);
    const events = await Promise.all(
      stacks.map((stack) =>
        ledger.recordStackEvent(created.id, {
          project: stack,
          stack,
          layer: 'application',
          status: 'applying',
        }),
      ),
    );
    assert.deepEqual(
      events.map((e) => e.seq).sort((a, b) => a - b),
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    const detail = await ledger.getRun(created.id);
    assert.deepEqual(
      detail?.events.map((e) => e.seq),
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });

  test('unknown runs and bad statuses are typed errors that say what to do', async () => {
    const { ledger } = fixture();
    const ghost = ledger.newRunId();
    await assert.rejects(
      ledger.recordStackEvent(ghost, { project: 'p', stack: 's', layer: 'data', status: 'applying' }),
      isLedgerError('not_found', new RegExp(`no run ${ghost}`)),
    );
    await assert.rejects(ledger.finishRun(ghost, { status: 'succeeded' }), isLedgerError('not_found'));
    const real = await ledger.createRun({ env: 'bad', ...run });
    await assert.rejects(
      ledger.finishRun(real.id, { status: 'running' as 'failed' }),
      isLedgerError('invalid', /final run status "running"; use one of succeeded/),
    );
    await assert.rejects(
      ledger.recordDeployment({
        env: 'bad',
        project: 'p',
        stack: 's',
        runId: real.id,
        artifactHash: 'f'.repeat(64),
      }),
      isLedgerError('invalid', /putArtifact/),
    );
  });

  test('listRuns pages newest first with a keyset cursor', async () => {
    const { ledger } = fixture();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const created = await ledger.createRun({ env: 'paging', ...run });
      if (i % 2 === 0) await ledger.finishRun(created.id, { status: 'succeeded' });
      ids.push(created.id);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    const sizes: number[] = [];
    for (;;) {
      const page = await ledger.listRuns({ env: 'paging', limit: 3, cursor });
      sizes.push(page.runs.length);
      seen.push(...page.runs.map((r) => r.id));
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    assert.deepEqual(sizes, [3, 3, 1]);
    assert.deepEqual(seen, [...ids].reverse());
    const succeeded = await ledger.listRuns({ env: 'paging', status: 'succeeded' });
    assert.deepEqual(
      succeeded.runs.map((r) => r.id),
      [ids[6], ids[4], ids[2], ids[0]],
    );
    assert.equal((await ledger.lastSuccessfulRun('paging'))?.id, ids[6]);
    await assert.rejects(ledger.listRuns({ cursor: 'nope' }), isLedgerError('invalid', /Cursor "nope"/));
    await assert.rejects(ledger.listRuns({ limit: 0 }), isLedgerError('invalid', /limit must be/));
  });

  test('artifacts are stored once per content hash and read back exactly', async () => {
    const { ledger } = fixture();
    const content = JSON.stringify({
      resource: { aws_vpc: { main: { cidr_block: '10.0.0.0/16', tags: { Name: 'réseau ✓' } } } },
    });
    const big = JSON.stringify({ padding: 'x'.repeat(200_000), content });
    const first = await ledger.putArtifact(content);
    const second = await ledger.putArtifact(content);
    assert.equal(first, second);
    assert.equal(first, hashArtifact(content));
    assert.equal(await ledger.getArtifact(first), content);
    const bigHash = await ledger.putArtifact(big);
    assert.equal(await ledger.getArtifact(bigHash), big);
    const rows = await ledger
      .knex('artifacts')
      .whereIn('hash', [first, bigHash])
      .select('hash', 'size', 'content');
    assert.equal(rows.length, 2);
    const stored = rows.find((r: { hash: string }) => r.hash === bigHash) as {
      size: number;
      content: Buffer;
    };
    assert.ok(stored.content.length < Number(stored.size) / 10, 'large artifacts are stored compressed');
    assert.equal(await ledger.getArtifact('0'.repeat(64)), undefined);
    await assert.rejects(ledger.getArtifact('not-a-hash'), isLedgerError('invalid'));
  });

  test('deployments answer the last artifact and the one before a run', async () => {
    const { ledger } = fixture();
    const a1 = await ledger.putArtifact('{"v":1}');
    const a2 = await ledger.putArtifact('{"v":2}');
    const r1 = await ledger.createRun({ env: 'deploys', ...run });
    await ledger.recordDeployment({
      env: 'deploys',
      project: 'app',
      stack: 'app',
      runId: r1.id,
      artifactHash: a1,
    });
    const r2 = await ledger.createRun({ env: 'deploys', ...run });
    await ledger.recordDeployment({
      env: 'deploys',
      project: 'app',
      stack: 'app',
      runId: r2.id,
      artifactHash: a2,
    });
    assert.equal((await ledger.lastDeployment('deploys', 'app'))?.artifactHash, a2);
    assert.equal((await ledger.deploymentBefore(r2.id, 'deploys', 'app'))?.artifactHash, a1);
    assert.equal(await ledger.deploymentBefore(r1.id, 'deploys', 'app'), undefined);
    assert.equal(await ledger.lastDeployment('other-env', 'app'), undefined);
    // Rolling r2 back to a1 is recorded by r2 too: the stack now runs a1, and "before r2" is still a1.
    await ledger.recordDeployment({
      env: 'deploys',
      project: 'app',
      stack: 'app',
      runId: r2.id,
      artifactHash: a1,
    });
    assert.equal((await ledger.lastDeployment('deploys', 'app'))?.artifactHash, a1);
    assert.equal((await ledger.deploymentBefore(r2.id, 'deploys', 'app'))?.runId, r1.id);
    await ledger.recordDeployment({
      env: 'deploys',
      project: 'app',
      stack: 'app',
      runId: r2.id,
      artifactHash: null,
    });
    assert.equal((await ledger.lastDeployment('deploys', 'app'))?.artifactHash, null);
  });

  test('stack history, drift findings and promotions read back newest first', async () => {
    const { ledger } = fixture();
    const r1 = await ledger.createRun({ env: 'hist', ...run, gitSha: 'sha1' });
    const r2 = await ledger.createRun({ env: 'hist', ...run, gitSha: 'sha2' });
    const t = (s: number) => new Date(Date.UTC(2030, 0, 1, 0, 0, s));
    await ledger.recordStackEvent(r1.id, {
      project: 'db',
      stack: 'db',
      layer: 'data',
      status: 'applying',
      at: t(1),
    });
    await ledger.recordStackEvent(r1.id, {
      project: 'db',
      stack: 'db',
      layer: 'data',
      status: 'succeeded',
      at: t(2),
    });
    await ledger.recordStackEvent(r1.id, {
      project: 'other',
      stack: 'other',
      layer: 'data',
      status: 'succeeded',
      at: t(3),
    });
    await ledger.recordStackEvent(r2.id, {
      project: 'db',
      stack: 'db',
      layer: 'data',
      status: 'failed',
      at: t(4),
      error: 'boom',
    });
    const history = await ledger.stackHistory('db', 'hist');
    assert.deepEqual(
      history.map((e) => [e.gitSha, e.status]),
      [
        ['sha2', 'failed'],
        ['sha1', 'succeeded'],
        ['sha1', 'applying'],
      ],
    );
    assert.equal(history[0]?.runStatus, 'running');

    const check = await ledger.createRun({ env: 'hist', kind: 'drift', ...run });
    const count = await ledger.recordDrift(check.id, 'hist', [
      {
        stack: 'db',
        resourceAddress: 'aws_db_instance.main',
        attribute: 'instance_class',
        expected: '"db.t3.micro"',
        actual: '"db.t3.large"',
      },
      {
        stack: 'net',
        project: 'network',
        resourceAddress: 'aws_vpc.main',
        attribute: 'tags.Name',
        expected: 'a',
        actual: null,
      },
    ]);
    assert.equal(count, 2);
    const findings = await ledger.listDrift({ env: 'hist', runId: check.id });
    assert.deepEqual(
      findings.map((f) => f.resourceAddress),
      ['aws_vpc.main', 'aws_db_instance.main'],
    );
    assert.equal((await ledger.listDrift({ env: 'hist', stack: 'db' }))[0]?.actual, '"db.t3.large"');
    assert.deepEqual(await ledger.listDrift({ env: 'nowhere' }), []);

    await ledger.finishRun(check.id, { status: 'succeeded' });
    assert.equal(await ledger.lastSuccessfulRun('hist'), undefined, 'drift checks are not deploys');
    assert.equal((await ledger.lastSuccessfulRun('hist', 'drift'))?.id, check.id);
    const promotion = await ledger.recordPromotion({
      fromEnv: 'dev',
      toEnv: 'hist',
      gitSha: 'sha2',
      runId: r2.id,
      approvedBy: 'bob',
    });
    assert.equal(promotion.approvedBy, 'bob');
    const listed = await ledger.listPromotions({ toEnv: 'hist' });
    assert.deepEqual(
      listed.map((p) => [p.fromEnv, p.gitSha, p.runId]),
      [['dev', 'sha2', r2.id]],
    );
  });
}
