import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, beforeEach, describe, test } from 'node:test';
import {
  planScaffold,
  runGit,
  workingTreeSource,
  writeNewFiles,
} from '@stratum/scaffold';
import {
  commitAll,
  removeRepo,
  smallRepo,
} from '@stratum/scaffold/src/testing/fixtureRepo';
import { runCli } from '../test/harness';

const STACK = 'services/billing/app/src/stack.ts';
const TEMPLATE_STACK = 'templates/phase-1-service/skeleton/app/src/stack.ts.tpl';
const TEMPLATE_YAML = 'templates/phase-1-service/template.yaml';

/** A repository with billing scaffolded at phase-1-service@1 and committed. */
function scaffolded(): string {
  const root = smallRepo();
  const commit = runGit(root, ['rev-parse', 'HEAD']).stdout.trim();
  const plan = planScaffold(root, workingTreeSource(root), commit, {
    phase: 1,
    service: 'billing',
    owner: 'group:payments-team',
    description: 'Sends invoices.',
  });
  writeNewFiles(root, plan.files);
  commitAll(root, 'billing at phase-1-service@1');
  return root;
}

/** Template version 2: a new image line in the stack, a new annotation in template.yaml. */
function releaseVersion2(root: string, edit: (text: string) => string = (t) => t): void {
  const path = join(root, TEMPLATE_STACK);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  const yaml = join(root, TEMPLATE_YAML);
  writeFileSync(
    yaml,
    readFileSync(yaml, 'utf8').replace(
      "stratum.dev/template-version: '1'",
      "stratum.dev/template-version: '2'",
    ),
  );
  commitAll(root, 'phase-1-service@2');
}

const newImage = (t: string) => t.replace('nginx:1.27-alpine', 'nginx:1.28-alpine');

describe('stratum upgrade', () => {
  const roots: string[] = [];
  let root: string;
  beforeEach(() => {
    root = scaffolded();
    roots.push(root);
  });
  after(() => roots.forEach(removeRepo));

  test('without local edits: template changes are written, the record moves to version 2 and HEAD', async () => {
    releaseVersion2(root, newImage);
    const { code, stdout } = await runCli(root, 'upgrade', '--service', 'billing', '--json');
    assert.equal(code, 0, stdout);
    const result = JSON.parse(stdout) as {
      templates: { from: number; to: number; files: { path: string; outcome: string }[] }[];
      conflicts: number;
    };
    assert.equal(result.conflicts, 0);
    assert.deepEqual([result.templates[0]?.from, result.templates[0]?.to], [1, 2]);
    assert.deepEqual(
      result.templates[0]?.files.find((f) => f.path === STACK),
      { path: STACK, outcome: 'updated' },
    );
    const stack = readFileSync(join(root, STACK), 'utf8');
    assert.match(stack, /nginx:1\.28-alpine/);
    assert.match(stack, /phase-1-service@2/);
    const record = readFileSync(join(root, 'services/billing/.scaffold/phase-1-service.yaml'), 'utf8');
    assert.match(record, /version: 2/);
    assert.match(record, new RegExp(`commit: ${runGit(root, ['rev-parse', 'HEAD']).stdout.trim()}`));
  });

  test('with a local edit elsewhere: both changes are kept (clean merge)', async () => {
    const path = join(root, STACK);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace("healthCheckPath: '/'", "healthCheckPath: '/healthz'"),
    );
    releaseVersion2(root, newImage);
    const { code, stdout } = await runCli(root, 'upgrade', '--service', 'billing');
    assert.equal(code, 0, stdout);
    assert.match(stdout, /merged\s+services\/billing\/app\/src\/stack\.ts/);
    const stack = readFileSync(path, 'utf8');
    assert.match(stack, /healthCheckPath: '\/healthz'/);
    assert.match(stack, /nginx:1\.28-alpine/);
  });

  test('with a local edit on the same line: conflict markers keep both sides, exit 1', async () => {
    const path = join(root, STACK);
    writeFileSync(path, readFileSync(path, 'utf8').replace('nginx:1.27-alpine', 'my-billing:3.1'));
    releaseVersion2(root, newImage);
    const { code, stdout } = await runCli(root, 'upgrade', '--service', 'billing');
    assert.equal(code, 1);
    assert.match(stdout, /conflict\s+services\/billing\/app\/src\/stack\.ts/);
    assert.match(stdout, /1 conflict\(s\) marked/);
    const stack = readFileSync(path, 'utf8');
    assert.match(stack, /<<<<<<< services\/billing\/app\/src\/stack\.ts \(local\)/);
    assert.match(stack, /my-billing:3\.1/);
    assert.match(stack, /nginx:1\.28-alpine/);
  });

  test('a locally deleted file stays deleted; --dry-run writes nothing', async () => {
    rmSync(join(root, 'services/billing/slo.yaml'));
    releaseVersion2(root, newImage);
    const before = readFileSync(join(root, STACK), 'utf8');
    const dry = await runCli(root, 'upgrade', '--service', 'billing', '--dry-run', '--json');
    assert.equal(dry.code, 0);
    assert.equal(readFileSync(join(root, STACK), 'utf8'), before);
    const { code, stdout } = await runCli(root, 'upgrade', '--service', 'billing', '--json');
    assert.equal(code, 0);
    const files = (JSON.parse(stdout) as { templates: { files: { path: string; outcome: string }[] }[] })
      .templates[0]!.files;
    assert.equal(files.find((f) => f.path === 'services/billing/slo.yaml')?.outcome, 'deleted-locally');
  });

  test('refusals: no --service is a usage error; an unscaffolded service and uncommitted templates exit 1', async () => {
    const usage = await runCli(root, 'upgrade');
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /--service <name> is required/);
    const unknown = await runCli(root, 'upgrade', '--service', '../etc');
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /contains '\.\.'/);
    const plain = await runCli(root, 'upgrade', '--service', 'payments');
    assert.equal(plain.code, 1);
    assert.match(plain.stderr, /services\/payments does not exist/);
    writeFileSync(join(root, TEMPLATE_STACK), '// edited\n');
    const dirty = await runCli(root, 'upgrade', '--service', 'billing');
    assert.equal(dirty.code, 1);
    assert.match(dirty.stderr, /uncommitted changes; commit them first/);
  });
});
