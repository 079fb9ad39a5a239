import type { PortalProcess } from '../../tools/portal/backend/src/testing/portal-process';

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

/** A guest token of the portal (development auth). */
export async function guestToken(portal: PortalProcess): Promise<string> {
  const res = await fetch(`${portal.url}/api/auth/guest/refresh`);
  return ((await res.json()) as { backstageIdentity: { token: string } }).backstageIdentity.token;
}

/**
 * p50/p95 of sequential GETs of `paths`, `rounds` times after one warm-up each; `/runs` requests also follow one
 * cursor every other round, so deep pages are measured too.
 */
export async function latency(
  portal: PortalProcess,
  token: string,
  paths: readonly string[],
  rounds: number,
): Promise<{ p50: number; p95: number; n: number }> {
  const get = async (path: string) => {
    const res = await fetch(`${portal.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { nextCursor?: string | null };
  };
  for (const path of paths) await get(path); // warm-up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const path of paths) {
      const t = performance.now();
      const body = await get(path);
      times.push(performance.now() - t);
      if (path.includes('/runs') && !path.includes('cursor=') && body.nextCursor && r % 2 === 0) {
        const t2 = performance.now();
        await get(`${path}&cursor=${body.nextCursor}`);
        times.push(performance.now() - t2);
      }
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), n: times.length };
}
