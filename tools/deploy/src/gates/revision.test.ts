import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { UsageError } from '@stratum/config';
import { testEnvironment } from '@stratum/constructs/src/testing';
import { ChangeRefusedError, refuseDirectChange } from './gated';
import { deployRevision, workingTreeRevision } from './revision';

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@t.invalid', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd,
      encoding: 'utf8',
    },
  );
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
}

function write(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

const local = testEnvironment({ name: 'local' });
const dev = testEnvironment({
  name: 'dev',
  endpoint: undefined,
  stateBackend: { type: 's3', bucket: 'acme-dev', region: 'us-east-1' },
});
const prod = testEnvironment({ name: 'prod', promotion: { from: 'staging' } });

describe('what the ledger records: the commit, or <sha>+dirty with a digest', () => {
  const repo = mkdtempSync(join(tmpdir(), 'stratum-revision-'));
  after(() => rmSync(repo, { recursive: true, force: true }));
  // The workspace is a folder inside the repository, as in a monorepo with more than Stratum in it.
  const root = join(repo, 'infra');
  write(root, {
    'services/orders/queue/src/stack.ts': 'export default 1;\n',
    'environments/local.yaml': 'name: local\n',
    'README.md': '# infra\n',
  });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'initial');
  const head = git(repo, 'rev-parse', 'HEAD');

  test('a clean tree records the commit; edits outside synth inputs keep it clean', () => {
    assert.deepEqual(workingTreeRevision(root), { gitSha: head, treeDigest: null, changed: [] });
    write(root, { 'README.md': '# infra, edited\n', 'notes.txt': 'scratch\n' });
    assert.equal(workingTreeRevision(root).gitSha, head);
  });

  test('an edited or new synth input: <sha>+dirty, and a digest of the changes that follows their content', () => {
    write(root, { 'services/orders/queue/src/stack.ts': 'export default 2;\n' });
    const edited = workingTreeRevision(root);
    assert.equal(edited.gitSha, `${head}+dirty`);
    assert.match(edited.treeDigest ?? '', /^[0-9a-f]{64}$/);
    assert.deepEqual(edited.changed, ['services/orders/queue/src/stack.ts']);
    assert.equal(workingTreeRevision(root).treeDigest, edited.treeDigest, 'the same tree, the same digest');
    write(root, { 'shared-infra/network/src/stack.ts': 'export default 3;\n' });
    const more = workingTreeRevision(root);
    assert.deepEqual(more.changed, [
      'services/orders/queue/src/stack.ts',
      'shared-infra/network/src/stack.ts',
    ]);
    assert.notEqual(more.treeDigest, edited.treeDigest);
  });

  test('outside local environments a dirty tree is refused (exit 2), naming the files; local records it', () => {
    assert.equal(deployRevision(root, local).gitSha, `${head}+dirty`);
    for (const env of [dev, prod]) {
      assert.throws(
        () => deployRevision(root, env),
        (e: unknown) =>
          e instanceof ChangeRefusedError &&
          e instanceof UsageError &&
          new RegExp(
            `uncommitted changes to synth inputs \\(services/orders/queue/src/stack.ts, shared-infra/network/src/stack.ts\\); '${env.name}' is not a local environment`,
          ).test(e.message),
      );
    }
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'edits');
    assert.equal(deployRevision(root, dev).gitSha, git(repo, 'rev-parse', 'HEAD'));
  });

  test('outside git: unversioned, never dirty', () => {
    const plain = mkdtempSync(join(tmpdir(), 'stratum-nogit-'));
    try {
      assert.deepEqual(workingTreeRevision(plain), { gitSha: 'unversioned', treeDigest: null, changed: [] });
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});

describe('refuseDirectChange: the one guard of deploy and destroy', () => {
  test('a gated environment refuses, naming promote and break-glass, for either verb', () => {
    for (const verb of ['deploy', 'destroy']) {
      assert.throws(
        () => refuseDirectChange(prod, verb),
        (e: unknown) =>
          e instanceof ChangeRefusedError &&
          e.message.includes(`stratum ${verb}: 'prod' is gated`) &&
          e.message.includes('`stratum promote --from staging --to prod`') &&
          e.message.includes(`\`stratum ${verb} --env prod ... --break-glass --reason "<why>"\``),
      );
    }
    assert.equal(refuseDirectChange(local, 'deploy'), undefined);
  });

  test('break-glass: a trimmed reason of 10+ characters, only where there is a gate to break', () => {
    assert.deepEqual(refuseDirectChange(prod, 'destroy', { reason: '  queue is on fire  ' }), {
      reason: 'queue is on fire',
    });
    assert.throws(
      () => refuseDirectChange(prod, 'deploy', { reason: ' too short ' }),
      /at least 10 characters/,
    );
    assert.throws(
      () => refuseDirectChange(local, 'deploy', { reason: 'a reason long enough' }),
      /'local' is not gated/,
    );
  });
});
