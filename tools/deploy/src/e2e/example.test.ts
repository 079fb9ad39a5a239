import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { e2eSkipReason, World } from './world';

interface Report {
  runId: string;
  status: string;
  stacks: { project: string; stack: string; status: string; error?: string }[];
}
interface DriftReport {
  runId: string;
  drifted: boolean;
  stacks: {
    project: string;
    stack: string;
    status: string;
    findings: { address: string; attribute: string; expected: string; actual: string }[];
  }[];
}

const QUEUE_STACK = 'services/orders/queue/src/stack.ts';
const ORDERS_QUEUE = 'orders-queue';

/** `new Queue(this, 'orders'...)` in the orders queue stack, with the given visibility timeout. */
function withVisibilityTimeout(source: string, seconds: number): string {
  const next = source.replace(
    /new Queue\(this, 'orders'(, \{[^}]*\})?\)/,
    `new Queue(this, 'orders', { visibilityTimeoutSeconds: ${seconds} })`,
  );
  assert.notEqual(
    next,
    source,
    `${QUEUE_STACK} no longer creates \`new Queue(this, 'orders')\`; update this test`,
  );
  return next;
}

const statuses = (report: Report) => Object.fromEntries(report.stacks.map((s) => [s.project, s.status]));
const failures = (report: Report) =>
  report.stacks
    .filter((s) => s.error)
    .map((s) => `${s.stack} ${s.status}: ${s.error}`)
    .join('\n');

/**
 * The shipped example on its own emulator, one step after another (each step starts from the state the
 * previous one left): deploy everything; change one service and deploy the affected set; drift made through
 * the AWS API is found. (The injected failure is in rollback.test.ts, on its own emulator, so that the two
 * files run side by side.)
 */
describe('e2e: the example deployed to local (real terraform, moto)', { skip: e2eSkipReason() }, () => {
  let world: World;
  let queueUrl: string;
  before(async () => {
    world = await World.create('example', { example: true });
  });
  after(async () => world?.close());

  test('deploy --all: every stack succeeds', async () => {
    const { code, json } = await world.cliJson<Report>('deploy', '--env', 'local', '--all');
    assert.equal(code, 0, failures(json));
    assert.equal(json.status, 'succeeded');
    assert.ok(json.stacks.length >= 10);
    assert.deepEqual(
      json.stacks.filter((s) => s.status !== 'succeeded'),
      [],
    );
    const url = (await world.aws.queueUrls()).find((u) => /orders/.test(u) && !/dlq/.test(u));
    assert.ok(url, 'the orders queue exists in the emulator');
    queueUrl = url;
  });

  test('change one service, deploy the affected set: it is applied, its dependants end unchanged', async () => {
    world.write({ [QUEUE_STACK]: withVisibilityTimeout(world.read(QUEUE_STACK), 45) });
    world.commit('orders: visibility timeout 45 s');
    const { code, json } = await world.cliJson<Report>(
      'deploy',
      '--env',
      'local',
      '--affected',
      '--base',
      'HEAD~1',
    );
    assert.equal(code, 0, failures(json));
    const byProject = statuses(json);
    assert.equal(byProject[ORDERS_QUEUE], 'succeeded');
    const others = Object.entries(byProject).filter(([p]) => p !== ORDERS_QUEUE);
    assert.ok(others.length > 0, 'the orders queue has dependants in the affected set');
    assert.deepEqual(
      others.filter(([, s]) => s !== 'unchanged'),
      [],
      'dependants whose JSON did not change run no terraform',
    );
    assert.ok(!(`payments-app` in byProject), 'other services are not in the affected set');
    assert.equal((await world.aws.queueAttributes(queueUrl)).VisibilityTimeout, '45');
  });

  test('drift made through the AWS API: `stratum drift` exits 3 naming stack, resource and attribute', async () => {
    await world.aws.setQueueAttributes(queueUrl, { VisibilityTimeout: '99' });
    try {
      const { code, json } = await world.cliJson<DriftReport>(
        'drift',
        '--env',
        'local',
        '--projects',
        ORDERS_QUEUE,
      );
      assert.equal(code, 3, JSON.stringify(json, null, 2));
      assert.equal(json.drifted, true);
      const stack = json.stacks.find((s) => s.project === ORDERS_QUEUE)!;
      assert.equal(stack.status, 'drifted');
      assert.equal(stack.stack, 'orders-queue-us-east-1');
      const finding = stack.findings.find((f) => f.attribute === 'visibility_timeout_seconds');
      assert.ok(finding, JSON.stringify(stack.findings));
      assert.match(finding.address, /^aws_sqs_queue\./);
      assert.deepEqual([finding.expected, finding.actual], ['45', '99']);
    } finally {
      await world.aws.setQueueAttributes(queueUrl, { VisibilityTimeout: '45' });
    }
  });
});
