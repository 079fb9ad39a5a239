import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const COPY = [
  'nx.json',
  'tsconfig.json',
  'package.json',
  'environments',
  'shared-infra',
  'services/org.yaml',
];
const SKIP = new Set(['cdktf.out', 'node_modules', '.terraform']);

/**
 * Copies the workspace's projects into `<root>/.stratum/bench/<name>` (inside the repo, so node_modules
 * resolve) with `services` generated services cloned from `services/<template>`, renamed throughout.
 */
export function benchWorkspace(root: string, name: string, services: number, template = 'payments'): string {
  const dir = join(root, '.stratum', 'bench', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'services'), { recursive: true });
  for (const item of COPY)
    cpSync(join(root, item), join(dir, item), {
      recursive: true,
      filter: (src) => !SKIP.has(src.split('/').pop()!),
    });
  for (let i = 1; i <= services; i++) {
    const svc = `svc-${String(i).padStart(3, '0')}`;
    cloneService(join(root, 'services', template), join(dir, 'services', svc), template, svc);
  }
  return dir;
}

function cloneService(from: string, to: string, oldName: string, newName: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    if (SKIP.has(entry)) continue;
    const src = join(from, entry);
    const dst = join(to, entry);
    if (statSync(src).isDirectory()) cloneService(src, dst, oldName, newName);
    else {
      // rename the service where it is a name ('payments', payments-data, /payments), not inside identifiers
      const renamed = readFileSync(src, 'utf8').replace(new RegExp(`\\b${oldName}\\b`, 'g'), newName);
      writeFileSync(dst, renamed.replace(/owner: group:[a-z0-9-]+/, 'owner: group:payments-team'));
    }
  }
}
