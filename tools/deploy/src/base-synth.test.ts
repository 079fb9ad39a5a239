import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { loadEnvironment } from '@stratum/config';
import { synthesizeAtCommit } from './base-synth';

const REPO_ROOT = join(__dirname, '../../..');

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

const parent = join(REPO_ROOT, '.stratum', 'tmp');
mkdirSync(parent, { recursive: true });
const clone = mkdtempSync(join(parent, 'base-synth-'));
after(() => rmSync(clone, { recursive: true, force: true }));

test('a commit is synthesized by its own tools in a temporary worktree, never from cdktf.out; the worktree is removed', () => {
  git(REPO_ROOT, 'clone', '-q', '--no-hardlinks', REPO_ROOT, clone);
  const head = git(clone, 'rev-parse', 'HEAD');
  const env = loadEnvironment(clone, 'local');
  assert.equal(existsSync(join(clone, 'shared-infra', 'network', 'cdktf.out')), false);

  const { graph, synthesized } = synthesizeAtCommit({
    root: clone,
    commit: head,
    env,
    projects: ['network'],
  });

  const network = synthesized.get('network@us-east-1');
  assert.ok(network, [...synthesized.keys()].join(', '));
  assert.equal(network.projectRoot, 'shared-infra/network');
  assert.equal(network.layer, 'infrastructure');
  const json = JSON.parse(network.json) as { terraform: { backend: { local: { path: string } } } };
  assert.match(json.terraform.backend.local.path, /\.stratum\/state\/local\/us-east-1\/network\.tfstate$/);
  assert.ok(graph.projects.some((p) => p.name === 'network'));
  assert.equal(
    existsSync(join(clone, 'shared-infra', 'network', 'cdktf.out')),
    false,
    'the clone is untouched',
  );
  assert.deepEqual(readdirSync(join(clone, '.stratum', 'base')), [], 'the worktree is gone');
  assert.doesNotMatch(git(clone, 'worktree', 'list'), /\.stratum\/base/);
});

test('a project the commit does not have is an error naming it and the projects it has', () => {
  const head = git(clone, 'rev-parse', 'HEAD');
  assert.throws(
    () =>
      synthesizeAtCommit({
        root: clone,
        commit: head,
        env: loadEnvironment(clone, 'local'),
        projects: ['nope'],
      }),
    /has no project nope; its projects are .*network/,
  );
});
