import { readFileSync } from 'node:fs';
import { commandLine } from './ports';
import { pollWithBackoff } from './poll';

/**
 * Whether `pid` is a live process (a zombie waiting to be reaped counts as gone). EPERM means it exists
 * under another user, so it counts as alive.
 */
export function processIsAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc: trust signal 0
  }
}

/** True when `pid` is alive and its command line looks like a moto server (so a reused pid is not taken for ours). */
export function isMotoProcess(pid: number): boolean {
  if (!processIsAlive(pid)) return false;
  const command = commandLine(pid);
  return command === undefined || /moto/.test(command);
}

/**
 * Stops the process group led by `pid` (the emulator is started detached, as a group leader): SIGTERM, then
 * SIGKILL when it is still there after `graceMs`. Resolves true once the process is gone.
 */
export async function stopProcessGroup(pid: number, graceMs = 10_000): Promise<boolean> {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {
      try {
        process.kill(pid, name);
      } catch {
        // already gone
      }
    }
  };
  signal('SIGTERM');
  const gone = () => (processIsAlive(pid) ? undefined : true);
  if (await pollWithBackoff(gone, { timeoutMs: graceMs, initialDelayMs: 20, maxDelayMs: 500 })) return true;
  signal('SIGKILL');
  return (await pollWithBackoff(gone, { timeoutMs: 5000, initialDelayMs: 20, maxDelayMs: 500 })) ?? false;
}
