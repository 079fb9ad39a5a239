import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { openLedger, type LedgerStats, type PruneResult } from '@stratum/ledger';
import { cliWorkspace, runCli } from '../test/harness';

describe('stratum ledger stats and prune (real SQLite ledger)', () => {
  let root: string;
  const hashes: string[] = [];
  before(async () => {
    root = cliWorkspace({});
    const ledger = await openLedger(undefined, { root });
    for (let v = 1; v <= 4; v++) {
      const run = await ledger.createRun({ env: 'dev', gitSha: 'a'.repeat(40), actor: 'ci', trigger: 'ci' });
      const hash = await ledger.putArtifact(JSON.stringify({ v, padding: 'x'.repeat(500) }));
      hashes.push(hash);
      await ledger.recordStackEvent(run.id, {
        project: 'app',
        stack: 'app-us-east-1',
        layer: 'application',
        status: 'succeeded',
        artifactHash: hash,
      });
      await ledger.recordDeployment({
        env: 'dev',
        project: 'app',
        stack: 'app-us-east-1',
        runId: run.id,
        artifactHash: hash,
      });
      await ledger.finishRun(run.id, { status: 'succeeded' });
    }
    await ledger.close();
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  test('stats, a dry run, then --keep 1 prunes the two oldest of four; stats show it', async () => {
    const stats = await runCli(root, 'ledger', 'stats', '--json');
    assert.equal(stats.code, 0, stats.stderr);
    const before = JSON.parse(stats.stdout) as LedgerStats & { ledger: string };
    assert.match(before.ledger, /\.stratum\/ledger\.db$/);
    assert.deepEqual(
      {
        runs: before.runs,
        events: before.events,
        deployments: before.deployments,
        stored: before.artifacts.stored,
        pruned: before.artifacts.pruned,
      },
      { runs: 4, events: 4, deployments: 4, stored: 4, pruned: 0 },
    );

    const dry = await runCli(root, 'ledger', 'prune', '--keep', '1', '--dry-run');
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /^would prune 2 artifact\(s\), .* kept: the last 1 deployments of each stack/);

    const pruned = await runCli(root, 'ledger', 'prune', '--keep', '1', '--json');
    const result = JSON.parse(pruned.stdout) as PruneResult;
    assert.deepEqual(result.hashes, hashes.slice(0, 2).sort());

    const text = await runCli(root, 'ledger', 'stats');
    assert.match(text.stdout, /^runs +4 \(0 unfinished\)$/m);
    assert.match(text.stdout, /^artifacts +2 stored, .* 2 pruned$/m);
  });

  test('bad input is a usage error naming the flag or variable', async () => {
    const keep = await runCli(root, 'ledger', 'prune', '--keep', '0');
    assert.equal(keep.code, 2);
    assert.match(keep.stderr, /--keep: got '0'; give a whole number of deployments from 1 to 10000/);
    const sub = await runCli(root, 'ledger', 'vacuum');
    assert.equal(sub.code, 2);
    assert.match(sub.stderr, /give a subcommand, stats or prune; got 'vacuum'/);
  });
});
