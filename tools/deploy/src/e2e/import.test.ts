import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { paramsProject } from './fixtures';
import { e2eSkipReason, World } from './world';

interface ImportJson {
  runId: string;
  status: 'planned' | 'refused';
  stack: string;
  files: string[];
  imports: { address: string; id: string; changes: string[] }[];
  counts: { adds: number; changes: number; destroys: number };
  problems: string[];
  policy: { address: string; rule: string; severity: string; blocking: boolean; evidence: string[] }[];
}

const BUCKET = 'legacy-reports-e2e';
const PROJECT = 'e2e-params';
const MODULE = 'shared-infra/e2e-params/src/imported/local-s3-bucket-legacy.ts';
const STACK_FILE = 'shared-infra/e2e-params/src/stack.ts';
const xml = (root: string, inner: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><${root} xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${inner}</${root}>`;

/**
 * Import on the emulator: a bucket created outside Stratum through the S3 API is brought into a deployed
 * project with `stratum import`, the next deploy applies the import, and a plan after it is empty.
 */
describe(
  'e2e: stratum import of a bucket made outside Stratum (terraform, moto)',
  { skip: e2eSkipReason() },
  () => {
    let world: World;
    before(async () => {
      world = await World.create('import', { files: paramsProject({ value: 'v1' }) });
      const deployed = await world.cliJson<{ status: string }>(
        'deploy',
        '--env',
        'local',
        '--projects',
        PROJECT,
      );
      assert.equal(deployed.json.status, 'succeeded', deployed.stderr);
      await world.aws.s3Put(BUCKET);
      await world.aws.s3Put(
        `${BUCKET}?publicAccessBlock`,
        xml(
          'PublicAccessBlockConfiguration',
          '<BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls>' +
            '<BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>true</RestrictPublicBuckets>',
        ),
      );
      await world.aws.s3Put(
        `${BUCKET}?encryption`,
        xml(
          'ServerSideEncryptionConfiguration',
          '<Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>AES256</SSEAlgorithm></ApplyServerSideEncryptionByDefault></Rule>',
        ),
      );
    });
    after(async () => world?.close());

    test('the bucket alone is refused by the policy gate, naming the rule, and nothing is written', async () => {
      const stackBefore = world.read(STACK_FILE);
      const { code, json } = await world.cliJson<ImportJson>(
        'import',
        '--env',
        'local',
        '--project',
        PROJECT,
        `aws_s3_bucket.legacy=${BUCKET}`,
      );
      assert.equal(code, 1, JSON.stringify(json, null, 2));
      assert.equal(json.status, 'refused');
      console.log(`policy on the bare bucket: ${JSON.stringify(json.policy, null, 2)}`);
      const blocking = json.policy.filter((f) => f.blocking).map((f) => f.rule);
      assert.ok(blocking.includes('STRAT-S3-001'), JSON.stringify(json.policy));
      assert.ok(
        json.problems.some((p) => /STRAT-S3-001/.test(p) && /aws_s3_bucket_public_access_block/.test(p)),
      );
      assert.equal(existsSync(join(world.root, MODULE)), false);
      assert.equal(world.read(STACK_FILE), stackBefore);
    });

    test('with its companions it is imported: typed code, a plan of imports only, deploy, then an empty plan', async () => {
      const imported = await world.cliJson<ImportJson>(
        'import',
        '--env',
        'local',
        '--project',
        PROJECT,
        `aws_s3_bucket.legacy=${BUCKET}`,
        `aws_s3_bucket_public_access_block.legacy=${BUCKET}`,
        `aws_s3_bucket_server_side_encryption_configuration.legacy=${BUCKET}`,
      );
      assert.equal(imported.code, 0, `${JSON.stringify(imported.json, null, 2)}\n${imported.stderr}`);
      console.log(`import report: ${JSON.stringify(imported.json, null, 2)}`);
      assert.deepEqual(imported.json.imports.map((i) => i.address).sort(), [
        'aws_s3_bucket.legacy',
        'aws_s3_bucket_public_access_block.legacy',
        'aws_s3_bucket_server_side_encryption_configuration.legacy',
      ]);
      for (const i of imported.json.imports)
        assert.ok(
          i.changes.every((c) => c === 'tags_all'),
          i.address,
        );
      assert.deepEqual(imported.json.counts, { adds: 0, changes: 0, destroys: 0 });
      assert.deepEqual(
        imported.json.policy.filter((f) => f.blocking),
        [],
      );
      const code = world.read(MODULE);
      console.log(`generated ${MODULE}:\n${code}`);
      assert.match(code, /import \{ S3Bucket, .*type StratumStack \} from '@stratum\/constructs';/);
      assert.match(
        code,
        new RegExp(`new S3Bucket\\(stack, 'legacy_s3_bucket', \\{\\n\\s+bucket: '${BUCKET}',`),
      );
      assert.match(code, /legacyS3Bucket\.overrideLogicalId\('legacy'\);/);
      assert.match(code, /bucket: legacyS3Bucket\.bucket,/);
      assert.match(code, new RegExp(`\\.importFrom\\('${BUCKET}'\\)`));
      assert.doesNotMatch(code, /arn|hostedZoneId|tagsAll|bucketDomainName/);
      assert.match(world.read(STACK_FILE), /importedLocalS3BucketLegacy\(this\);/);

      const again = await world.cli(
        'import',
        '--env',
        'local',
        '--project',
        PROJECT,
        `aws_s3_bucket.legacy=${BUCKET}`,
      );
      assert.equal(again.code, 2, 'an address already in the code is a usage error');
      assert.match(again.stderr, /aws_s3_bucket\.legacy is already in e2e-params's code/);

      world.commit('import the legacy reports bucket');
      const deployed = await world.cliJson<{ runId: string; status: string; stacks: { error?: string }[] }>(
        'deploy',
        '--env',
        'local',
        '--projects',
        PROJECT,
      );
      assert.equal(
        deployed.json.status,
        'succeeded',
        `${deployed.stderr}\n${JSON.stringify(deployed.json.stacks)}`,
      );
      const state = JSON.parse(
        readFileSync(join(world.root, '.stratum/state/local/us-east-1/e2e-params.tfstate'), 'utf8'),
      ) as { resources: { type: string; name: string; instances: { attributes: { id: string } }[] }[] };
      const bucket = state.resources.find((r) => r.type === 'aws_s3_bucket' && r.name === 'legacy');
      assert.equal(bucket?.instances[0]?.attributes.id, BUCKET);

      const plan = await world.cliJson<{
        stacks: {
          stack: string;
          status: string;
          counts?: { adds: number; changes: number; destroys: number };
        }[];
      }>('plan', '--env', 'local', '--projects', PROJECT, '--force');
      assert.equal(plan.code, 0, plan.stderr);
      const stack = plan.json.stacks.find((s) => s.stack === 'e2e-params-us-east-1');
      assert.equal(stack?.status, 'planned');
      assert.deepEqual(
        { adds: stack?.counts?.adds, changes: stack?.counts?.changes, destroys: stack?.counts?.destroys },
        { adds: 0, changes: 0, destroys: 0 },
      );

      const runs = await world.cliJson<{ runs: { id: string; kind: string; status: string }[] }>(
        'runs',
        '--env',
        'local',
      );
      const run = runs.json.runs.find((r) => r.id === imported.json.runId);
      assert.deepEqual([run?.kind, run?.status], ['import', 'succeeded']);

      // Rolling back the deploy that imported it forgets the bucket (state rm); it is never destroyed.
      const rollback = await world.cliJson<{ status: string; notes: string[] }>(
        'rollback',
        '--env',
        'local',
        '--run',
        deployed.json.runId,
      );
      assert.equal(
        rollback.json.status,
        'rolled_back',
        `${rollback.stderr}\n${JSON.stringify(rollback.json)}`,
      );
      assert.equal((await world.aws.s3Object(BUCKET, '')).status, 200, 'the legacy bucket is still there');
      const after = JSON.parse(
        readFileSync(join(world.root, '.stratum/state/local/us-east-1/e2e-params.tfstate'), 'utf8'),
      ) as { resources: { type: string; name: string }[] };
      assert.deepEqual(
        after.resources.filter((r) => r.name === 'legacy').map((r) => r.type),
        [],
        'the imported resources left the state',
      );
    });
  },
);
