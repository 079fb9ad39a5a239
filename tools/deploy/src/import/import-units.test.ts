import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { UsageError } from '@stratum/config';
import { importModule, wireIntoStack } from './codegen';
import { checkImportPlan, importPlanProblems } from './plan-check';
import { parseImportTargets } from './request';
import { changedArguments, writtenArguments, type SchemaBlock } from './schema';

describe('import targets', () => {
  test('parses <type>.<name>=<id> with the construct library class', () => {
    assert.deepEqual(parseImportTargets(['aws_s3_bucket.legacy=my-bucket']), [
      {
        type: 'aws_s3_bucket',
        name: 'legacy',
        address: 'aws_s3_bucket.legacy',
        id: 'my-bucket',
        className: 'S3Bucket',
      },
    ]);
  });
  for (const [arg, message] of [
    ['aws_s3_bucket.legacy', /not <type>\.<name>=<id>/],
    ['aws_s3_bucket=x', /not a resource address/],
    ['module.a.aws_s3_bucket.b=x', /not a resource address/],
    ['aws_lambda_function.f=x', /no class for 'aws_lambda_function'.*tools\/constructs\/src\/importable-classes\.ts/],
    ['aws_s3_bucket.9x=x', /the name '9x'/],
    ['aws_s3_bucket.legacy=', /the id ''/],
    ["aws_s3_bucket.legacy=a'b", /the id 'a'b'/],
  ] as const)
    test(`refuses ${arg}, naming what to do`, () => {
      assert.throws(
        () => parseImportTargets([arg]),
        (e: Error) => e instanceof UsageError && message.test(e.message),
      );
    });
  test('refuses an address or id given twice, and no targets at all', () => {
    assert.throws(
      () => parseImportTargets(['aws_s3_bucket.a=x', 'aws_s3_bucket.a=y']),
      /the address 'aws_s3_bucket.a' is given twice/,
    );
    assert.throws(
      () => parseImportTargets(['aws_s3_bucket.a=x', 'aws_s3_bucket.b=x']),
      /id 'x' is given twice/,
    );
    assert.throws(() => parseImportTargets([]), /at least one resource/);
  });
});

const BUCKET_SCHEMA: SchemaBlock = {
  attributes: {
    id: { optional: true, computed: true },
    arn: { computed: true },
    bucket: { optional: true, computed: true },
    bucket_prefix: { optional: true, computed: true },
    force_destroy: { optional: true },
    request_payer: { computed: true, optional: true, deprecated: true },
    tags: { optional: true, type: ['map', 'string'] },
    tags_all: { optional: true, computed: true },
  },
  block_types: {
    versioning: {
      nesting_mode: 'list',
      max_items: 1,
      block: { attributes: { enabled: { optional: true } } },
    },
  },
};
const READ = {
  id: 'b1',
  arn: 'arn:aws:s3:::b1',
  bucket: 'b1',
  bucket_prefix: '',
  force_destroy: false,
  request_payer: 'BucketOwner',
  tags: { 'team name': 'data' },
  tags_all: { 'team name': 'data' },
  versioning: [{ enabled: true }],
};

describe('what is written', () => {
  test('drops computed-only, provider-filled and empty values; keeps the name and set arguments', () => {
    assert.deepEqual(writtenArguments(BUCKET_SCHEMA, READ, { importId: 'b1' }), {
      bucket: 'b1',
      tags: { 'team name': 'data' },
    });
  });
  test('a block a plan showed must be written is written whole', () => {
    assert.deepEqual(
      writtenArguments(BUCKET_SCHEMA, READ, { importId: 'b1', keep: new Set(['versioning']) }),
      {
        bucket: 'b1',
        tags: { 'team name': 'data' },
        versioning: [{ enabled: true }],
      },
    );
  });
  test('changed arguments between what was read and what is planned', () => {
    assert.deepEqual(changedArguments({ a: 1, b: { x: 1 }, c: null }, { a: 1, b: { x: 2 }, d: [] }), [
      'b',
      'd',
    ]);
  });
});

describe('the generated module', () => {
  const [bucket, block] = parseImportTargets([
    'aws_s3_bucket.legacy=b1',
    'aws_s3_bucket_public_access_block.legacy=b1',
  ]);
  const module = importModule('local', 'us-east-1', [
    {
      target: bucket!,
      schema: BUCKET_SCHEMA,
      args: { bucket: 'b1', tags: { 'team name': 'data' }, versioning: [{ enabled: true }] },
    },
    {
      target: block!,
      schema: { attributes: { bucket: { required: true } } },
      args: { bucket: 'b1', block_public_acls: true },
    },
  ]);
  test('typed classes from the construct library, camelCase arguments, map keys as they are, import blocks', () => {
    assert.equal(module.modulePath, 'imported/local-s3-bucket-legacy');
    assert.equal(module.functionName, 'importedLocalS3BucketLegacy');
    assert.match(
      module.source,
      /^import \{ S3Bucket, S3BucketPublicAccessBlock, type StratumStack \} from '@stratum\/constructs';$/m,
    );
    assert.match(
      module.source,
      /if \(stack\.ctx\.env\.name !== 'local' \|\| stack\.ctx\.region !== 'us-east-1'\) return;/,
    );
    assert.match(
      module.source,
      /const legacyS3Bucket = new S3Bucket\(stack, 'legacy_s3_bucket', \{\n {4}bucket: 'b1',\n {4}tags: \{\n {6}'team name': 'data',\n {4}\},\n {4}versioning: \{\n {6}enabled: true,\n {4}\},\n {2}\}\);/,
    );
    assert.match(
      module.source,
      /legacyS3Bucket\.overrideLogicalId\('legacy'\);\n {2}legacyS3Bucket\.importFrom\('b1'\);/,
    );
    assert.match(
      module.source,
      /new S3BucketPublicAccessBlock\(stack, 'legacy_s3_bucket_public_access_block', \{\n {4}bucket: legacyS3Bucket\.bucket,\n {4}blockPublicAcls: true,/,
    );
  });
  test('is wired into stack.ts after super(scope, ctx) and the last import', () => {
    const stack =
      "import { A } from 'a';\nimport {\n  B,\n} from 'b';\n\nexport default class S {\n  constructor() {\n    super(scope, ctx);\n    new A();\n  }\n}\n";
    assert.equal(
      wireIntoStack(stack, 'stack.ts', module),
      "import { A } from 'a';\nimport {\n  B,\n} from 'b';\nimport { importedLocalS3BucketLegacy } from './imported/local-s3-bucket-legacy';\n\nexport default class S {\n  constructor() {\n    super(scope, ctx);\n    importedLocalS3BucketLegacy(this);\n    new A();\n  }\n}\n",
    );
    assert.throws(
      () => wireIntoStack('class S {}', 'x/stack.ts', module),
      /x\/stack\.ts: found 0 `super\(scope, ctx\);`.*by hand/,
    );
  });
});

describe('the plan check', () => {
  const targets = parseImportTargets(['aws_s3_bucket.legacy=b1']);
  const plan = (changes: object[]) => JSON.stringify({ resource_changes: changes });
  test('an import that only adds the default tags passes; other changes and missing imports are problems', () => {
    const ok = checkImportPlan(
      plan([
        {
          address: 'aws_s3_bucket.legacy',
          change: {
            actions: ['update'],
            importing: { id: 'b1' },
            before: { tags_all: {}, force_destroy: null },
            after: { tags_all: { o: 'x' }, force_destroy: false },
          },
        },
        { address: 'aws_ssm_parameter.config', change: { actions: ['no-op'] } },
      ]),
      targets,
    );
    assert.deepEqual(
      ok.imports.map((i) => [i.address, i.changes]),
      [['aws_s3_bucket.legacy', ['tags_all']]],
    );
    assert.deepEqual(importPlanProblems(ok), []);
    const bad = checkImportPlan(
      plan([
        {
          address: 'aws_s3_bucket.legacy',
          change: {
            actions: ['update'],
            importing: { id: 'b1' },
            before: { force_destroy: true },
            after: { force_destroy: false },
          },
        },
        { address: 'aws_ssm_parameter.config', change: { actions: ['update'] } },
      ]),
      targets,
    );
    assert.deepEqual(importPlanProblems(bad), [
      'aws_ssm_parameter.config: would update',
      'aws_s3_bucket.legacy: importing it would also change force_destroy',
    ]);
    assert.deepEqual(importPlanProblems(checkImportPlan(plan([]), targets)), [
      'aws_s3_bucket.legacy: the plan does not import it',
    ]);
  });
});
