// A separate process that uses the ledger, for the tests that need real concurrency or a real crash.
// Usage: node --import tsx worker.ts <ledger location> <command> [args...]
//   lock <env> <runId>       take the env lock; prints the LockResult
//   write <env> <events>     create a run, record <events> stack events and artifacts, finish; prints { runId }
//   crash <env>              take the lock, create a run, record `applying`, print { runId }, then SIGKILL itself
//   try-write <env>          create a run; prints { ok } or the LedgerError's { code, message, target }
import { writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { LedgerError } from '../errors';
import { openLedger } from '../open';

function print(value: unknown): void {
  writeSync(1, `${JSON.stringify(value)}\n`);
}

async function main(location: string, command: string, args: readonly string[]): Promise<void> {
  const [env = 'test', arg] = args;
  const ledger = await openLedger(location, { root: tmpdir(), busyTimeoutMs: 10_000 });
  try {
    if (command === 'lock') {
      print(await ledger.acquireLock(env, { runId: arg ?? ledger.newRunId() }));
    } else if (command === 'write') {
      const run = await ledger.createRun({ env, gitSha: 'f00d', actor: 'worker', trigger: 'test' });
      for (let i = 0; i < Number(arg ?? 10); i++) {
        const hash = await ledger.putArtifact(JSON.stringify({ shared: i }));
        await ledger.recordStackEvent(run.id, {
          project: `p${i}`,
          stack: `s${i}`,
          layer: 'data',
          status: 'succeeded',
          artifactHash: hash,
        });
        await ledger.recordDeployment({
          env,
          project: `p${i}`,
          stack: `s${i}`,
          runId: run.id,
          artifactHash: hash,
        });
      }
      await ledger.finishRun(run.id, { status: 'succeeded' });
      print({ runId: run.id });
    } else if (command === 'crash') {
      const runId = ledger.newRunId();
      const lock = await ledger.acquireLock(env, { runId });
      if (!lock.ok) throw new Error(`lock held by ${lock.holder.runId}`);
      await ledger.createRun({ id: runId, env, gitSha: 'dead', actor: 'worker', trigger: 'test' });
      await ledger.recordStackEvent(runId, {
        project: 'net',
        stack: 'net',
        layer: 'infrastructure',
        status: 'applying',
      });
      print({ runId, pid: process.pid });
      process.kill(process.pid, 'SIGKILL');
    } else if (command === 'try-write') {
      await ledger.createRun({ env, gitSha: 'f00d', actor: 'worker', trigger: 'test' });
      print({ ok: true });
    } else {
      throw new Error(`unknown command ${command}`);
    }
  } finally {
    await ledger.close();
  }
}

const [location = '', command = '', ...rest] = process.argv.slice(2);
main(location, command, rest).catch((error: unknown) => {
  if (error instanceof LedgerError) {
    print({ code: error.code, message: error.message, target: error.target });
  } else {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exitCode = 1;
});
