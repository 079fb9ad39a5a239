import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { e2eSkipReason, World } from '@stratum/deploy/src/e2e/world';
import { REPO_ROOT } from './portal';

const QUEUE_STACK = 'services/orders/queue/src/stack.ts';

/** Why the demo ledger cannot be made here (terraform or moto missing), or undefined; a reused ledger needs neither. */
export function demoLedgerSkipReason(): string | undefined {
  const reuse = process.env.STRATUM_E2E_LEDGER;
  return reuse && existsSync(reuse) ? undefined : e2eSkipReason();
}

/**
 * A ledger filled by the real demo (what `npm run demo` does, in a temp workspace on its own moto server, with real
 * terraform; ~5 minutes): deploy everything to local, change the orders queue and deploy the affected set, change the
 * queue through the AWS API and check drift (found), then deploy the queue again. Returns the ledger's path.
 * STRATUM_E2E_LEDGER=<file> keeps the ledger there and reuses it on the next run (delete the file to refill it).
 */
export async function demoLedger(log: (line: string) => void = () => undefined): Promise<string> {
  const reuse = process.env.STRATUM_E2E_LEDGER;
  if (reuse && existsSync(reuse)) return reuse;
  mkdirSync(join(REPO_ROOT, '.stratum', 'tmp'), { recursive: true }); // a fresh clone has no .stratum yet
  const target = reuse ?? join(mkdtempSync(join(REPO_ROOT, '.stratum', 'tmp', 'portal-e2e-')), 'ledger.db');
  mkdirSync(dirname(target), { recursive: true });
  const world = await World.create('portal', { example: true });
  try {
    const step = async (...args: string[]) => {
      log(`stratum ${args.join(' ')}`);
      const result = await world.cli(...args);
      return result;
    };
    await expectCode(step('deploy', '--env', 'local', '--all'), [0]);
    const source = world.read(QUEUE_STACK);
    const edited = source.replace(
      /new Queue\(this, 'orders'\)/,
      "new Queue(this, 'orders', { visibilityTimeoutSeconds: 40 })",
    );
    if (edited === source)
      throw new Error(`${QUEUE_STACK} no longer has \`new Queue(this, 'orders')\`; update demoLedger.ts`);
    world.write({ [QUEUE_STACK]: edited });
    world.commit('orders: visibility timeout 40 s');
    await expectCode(step('deploy', '--env', 'local', '--affected', '--base', 'HEAD~1'), [0]);
    const queueUrl = (await world.aws.queueUrls()).find((u) => /orders-queue/.test(u) && !u.endsWith('-dlq'));
    if (!queueUrl) throw new Error('the orders queue is not in the emulator after the deploy');
    await world.aws.setQueueAttributes(queueUrl, { VisibilityTimeout: '120' });
    await expectCode(step('drift', '--env', 'local'), [3]);
    await expectCode(step('deploy', '--env', 'local', '--projects', 'orders-queue', '--force'), [0]);
    const ledger = world.cliEnv().STRATUM_LEDGER!;
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(ledger + suffix)) copyFileSync(ledger + suffix, target + suffix);
    }
    return target;
  } finally {
    await world.close();
  }
}

async function expectCode(
  pending: Promise<{ code: number; stdout: string; stderr: string }>,
  codes: number[],
): Promise<void> {
  const result = await pending;
  if (!codes.includes(result.code)) {
    throw new Error(
      `exit ${result.code}, expected ${codes.join(' or ')}:\n${result.stdout}\n${result.stderr}`,
    );
  }
}

/** Removes a ledger demoLedger made in a temp folder; one kept through STRATUM_E2E_LEDGER stays. */
export function removeDemoLedger(path: string): void {
  if (path === process.env.STRATUM_E2E_LEDGER) return;
  rmSync(dirname(path), { recursive: true, force: true });
}
