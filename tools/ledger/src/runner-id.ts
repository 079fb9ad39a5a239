import { readFileSync } from 'node:fs';

/** Where Linux publishes an id that changes at every boot (pids are only unique within one boot). */
const BOOT_ID_FILE = '/proc/sys/kernel/random/boot_id';

/** This machine's boot id, or `no-boot-id` where the kernel does not publish one (its pids then cannot be checked). */
export function readBootId(file = BOOT_ID_FILE): string {
  try {
    const id = readFileSync(file, 'utf8').trim();
    return /^[0-9a-f-]{8,64}$/i.test(id) ? id : 'no-boot-id';
  } catch {
    return 'no-boot-id';
  }
}

/** The default runner identity: `<host>/<boot id>/<pid>` (a host name never contains `/`). */
export function defaultRunnerId(host: string, bootId: string, pid: number): string {
  return `${host}/${bootId}/${pid}`;
}

/** The parts of a default runner id; undefined for a `STRATUM_RUNNER_ID` of another shape (a CI job id, say). */
export function parseDefaultRunnerId(
  runnerId: string,
): { readonly host: string; readonly bootId: string; readonly pid: number } | undefined {
  const match = /^([^/]+)\/([0-9a-f-]{8,64}|no-boot-id)\/(\d+)$/i.exec(runnerId);
  if (!match) return undefined;
  return { host: match[1]!, bootId: match[2]!, pid: Number(match[3]) };
}
