#!/usr/bin/env node
// `npm run demo`: the local environment end to end, so the ledger (.stratum/ledger.db) holds real history.
//   1. `stratum local up`: the moto server on 127.0.0.1 (installed into .stratum/emulator/venv if missing);
//   2. deploy every project to local (with --force when the emulator was just started: moto keeps its
//      resources in memory, so whatever the ledger remembers is gone);
//   3. change one service (the orders queue's visibility timeout, a working-tree edit that is always put
//      back) and deploy the affected set: the queue is applied, its dependants end unchanged. The edit is not
//      committed, so the ledger records this run as `<sha>+dirty` with a digest of the change (a local
//      environment allows that; any other refuses a tree with uncommitted synth inputs);
//   4. drift: change the queue through the AWS API, `stratum drift` finds it (exit 3);
//   5. put the file back and deploy the queue again: the environment matches the code and the drift is gone;
//   6. gates: when environments/local-prod.yaml exists, a direct deploy there is refused (exit 2), since a
//      gated environment takes changes only through `stratum promote` (signed approvals) or a break-glass.
// Options: --down stops the emulator at the end (default: it stays up for the portal and more commands).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = fileURLToPath(new URL('../cli/bin/stratum.cjs', import.meta.url));
const QUEUE_STACK = 'services/orders/queue/src/stack.ts';
const stopAtEnd = process.argv.includes('--down');

/** Runs `stratum <args>`, echoing the command; returns the exit code (and stdout when `capture`). */
function stratum(args, { capture = false, quiet = false, expect = [0] } = {}) {
  if (!quiet) console.log(`\n$ stratum ${args.join(' ')}`);
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, CI: process.env.CI ?? '' },
  });
  if (capture && !quiet && result.stdout) process.stdout.write(result.stdout);
  const code = result.status ?? 1;
  if (!expect.includes(code)) {
    console.error(
      `\ndemo: \`stratum ${args.join(' ')}\` exited ${code} (expected ${expect.join(' or ')}); stopping. See the output above.`,
    );
    process.exit(1);
  }
  return { code, stdout: result.stdout ?? '' };
}

function step(title) {
  console.log(`\n=== ${title}`);
}

/** The demo edits one file in the working tree; refuse when other infrastructure edits would ride along. */
function checkCleanTree() {
  const status = spawnSync(
    'git',
    ['status', '--porcelain', '--', 'shared-infra', 'services', 'environments'],
    { cwd: root, encoding: 'utf8' },
  );
  if (status.status !== 0) return; // not a git checkout: --affected will say so
  if (status.stdout.trim() !== '') {
    console.error(
      `demo: shared-infra/, services/ or environments/ have uncommitted changes; \`deploy --affected\` would deploy them too.\nCommit or stash them first:\n${status.stdout}`,
    );
    process.exit(1);
  }
}

function endpointOfLocal() {
  const match = /^endpoint:\s*(\S+)/m.exec(readFileSync(join(root, 'environments', 'local.yaml'), 'utf8'));
  if (!match) throw new Error('environments/local.yaml has no endpoint');
  return match[1];
}

/** One SQS JSON-protocol call to the emulator (moto reads the service and region from the Authorization header). */
async function sqs(endpoint, action, body) {
  const response = await fetch(`${endpoint}/`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.0',
      'X-Amz-Target': `AmazonSQS.${action}`,
      Authorization:
        'AWS4-HMAC-SHA256 Credential=demo/20260101/us-east-1/sqs/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`SQS ${action}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

async function main() {
  checkCleanTree();
  const original = readFileSync(join(root, QUEUE_STACK), 'utf8');
  const edited = original.replace(
    /new Queue\(this, 'orders'\)/,
    "new Queue(this, 'orders', { visibilityTimeoutSeconds: 40 })",
  );
  if (edited === original)
    throw new Error(`${QUEUE_STACK} no longer has \`new Queue(this, 'orders')\`; update the demo's edit`);

  step('1. Start the local AWS emulator');
  const wasRunning = stratum(['local', 'status'], { expect: [0, 1] }).code === 0;
  stratum(['local', 'up']);

  step('2. Deploy every project to local');
  stratum(['deploy', '--env', 'local', '--all', ...(wasRunning ? [] : ['--force'])]);

  const restore = () => writeFileSync(join(root, QUEUE_STACK), original);
  process.once('SIGINT', () => {
    restore();
    process.exit(130);
  });
  try {
    step(
      `3. Change one service (${QUEUE_STACK}: visibility timeout 30 s -> 40 s) and deploy the affected set`,
    );
    writeFileSync(join(root, QUEUE_STACK), edited);
    stratum(['affected', '--base', 'HEAD']);
    stratum(['deploy', '--env', 'local', '--affected', '--base', 'HEAD']);

    step('4. Drift: change the queue through the AWS API, then look for drift');
    const endpoint = endpointOfLocal();
    const { QueueUrls = [] } = await sqs(endpoint, 'ListQueues', {});
    const queueUrl = QueueUrls.find((url) => /orders-queue/.test(url) && !url.endsWith('-dlq'));
    if (!queueUrl) throw new Error('the orders queue is not in the emulator');
    console.log(`\n(AWS API) SetQueueAttributes ${queueUrl} VisibilityTimeout=120`);
    await sqs(endpoint, 'SetQueueAttributes', {
      QueueUrl: queueUrl,
      Attributes: { VisibilityTimeout: '120' },
    });
    stratum(['drift', '--env', 'local'], { expect: [3] });
  } finally {
    restore();
  }

  step('5. Back to the committed code: deploy the orders queue again (this also repairs the drift)');
  stratum(['deploy', '--env', 'local', '--projects', 'orders-queue']);
  stratum(['drift', '--env', 'local', '--projects', 'orders-queue']);

  if (existsSync(join(root, 'environments', 'local-prod.yaml'))) {
    step('6. Gates: local-prod takes changes only through `stratum promote`, so a direct deploy is refused');
    stratum(['deploy', '--env', 'local-prod', '--all'], { expect: [2] });
  }

  step('The audit trail (the run of step 3 records <sha>+dirty: it deployed an uncommitted change)');
  stratum(['runs', '--env', 'local', '--limit', '6']);
  const recorded = JSON.parse(
    stratum(['runs', '--env', 'local', '--kind', 'deploy', '--limit', '3', '--json'], {
      capture: true,
      quiet: true,
    }).stdout,
  ).runs.map((run) => run.gitSha);
  if (new Set(recorded).size < 2 || !recorded.some((sha) => sha.endsWith('+dirty'))) {
    console.error(
      `\ndemo: the last three deploys should record two revisions, one +dirty; they record ${recorded.join(', ')}.`,
    );
    process.exit(1);
  }
  if (stopAtEnd) stratum(['local', 'down']);
  console.log(
    `\nDone. The ledger (.stratum/ledger.db) holds these runs; see one with \`npx stratum runs show <id>\`, the portal with \`npm start\`.` +
      (stopAtEnd
        ? ''
        : ' The emulator is still up: `npx stratum local down` stops it (its resources go with it).'),
  );
}

main().catch((error) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
