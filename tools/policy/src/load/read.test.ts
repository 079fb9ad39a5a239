import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { PolicyInputError } from '../errors';
import { parseTerraformJson, readTerraformJson } from './read';

const dir = mkdtempSync(join(tmpdir(), 'stratum-policy-read-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function rejects(text: string, pattern: RegExp): void {
  assert.throws(
    () => parseTerraformJson(text, 'stacks/app/cdk.tf.json'),
    (error: unknown) =>
      error instanceof PolicyInputError &&
      error.file === 'stacks/app/cdk.tf.json' &&
      pattern.test(error.message) &&
      error.message.startsWith('stacks/app/cdk.tf.json: '),
  );
}

describe('reading Terraform JSON fails closed', () => {
  test('a truncated file names the file and says it looks truncated', () => {
    const full = JSON.stringify({ resource: { aws_s3_bucket: { b: { bucket: 'x' } } } }, null, 2);
    rejects(full.slice(0, full.length - 10), /looks truncated/);
    rejects('{"resource": {"aws_s3_bucket": {"b": {"bucket": "x', /looks truncated/);
  });

  test('malformed JSON reports the line and column', () => {
    rejects('{\n  "resource": {\n    "aws_s3_bucket" {}\n  }\n}', /line 3, column \d+/);
  });

  test('empty files, non-objects and JSON that is not Terraform are rejected', () => {
    rejects('   \n', /empty/);
    rejects('[1, 2]', /must be an object at the top level, found an array/);
    rejects('{"name": "package", "version": "1.0.0"}', /unexpected top-level key "name"/);
    rejects(
      '{"resource": {"aws_s3_bucket": {"b": "not a block"}}}',
      /resource\.aws_s3_bucket\.b must be an object/,
    );
  });

  test('missing files and directories are PolicyInputErrors naming the path', () => {
    const missing = join(dir, 'nope.tf.json');
    assert.throws(
      () => readTerraformJson(missing),
      (e: unknown) => e instanceof PolicyInputError && e.file === missing && /no such file/.test(e.message),
    );
    mkdirSync(join(dir, 'folder.tf.json'));
    assert.throws(() => readTerraformJson(join(dir, 'folder.tf.json')), /is a directory/);
  });

  test('files over the size limit are refused', () => {
    const file = join(dir, 'big.tf.json');
    writeFileSync(file, JSON.stringify({ locals: { pad: 'x'.repeat(2000) } }));
    assert.throws(
      () => readTerraformJson(file, { maxBytes: 1000 }),
      /more than the 1000 the policy gate reads/,
    );
  });
});

describe('reading Terraform JSON', () => {
  test('accepts the array forms Terraform JSON allows and merges them', () => {
    const doc = parseTerraformJson(
      JSON.stringify({
        resource: [{ aws_vpc: { a: {} } }, { aws_vpc: { b: {} } }],
        locals: [{ x: 1 }, { y: 2 }],
        provider: { aws: { region: 'us-east-1' } },
      }),
      'f.tf.json',
    );
    assert.deepEqual(Object.keys(doc.json.resource.aws_vpc ?? {}), ['a', 'b']);
    assert.deepEqual(doc.json.locals, { x: 1, y: 2 });
    assert.deepEqual(doc.json.provider.aws, [{ region: 'us-east-1' }]);
  });

  test('reads a file cdktf wrote, with its "//" metadata', () => {
    const file = join(dir, 'cdk.tf.json');
    writeFileSync(
      file,
      JSON.stringify({
        '//': { metadata: { stackName: 'net' } },
        resource: {
          aws_vpc: { main: { '//': { metadata: { path: 'net/main' } }, cidr_block: '10.0.0.0/16' } },
        },
      }),
    );
    const doc = readTerraformJson(file);
    assert.equal(doc.file, file);
    assert.deepEqual(doc.json.comment, { metadata: { stackName: 'net' } });
  });
});
