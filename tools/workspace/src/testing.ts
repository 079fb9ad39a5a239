import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A minimal workspace skeleton: nx.json, a tsconfig with the @shared/@services paths, an org with groups. */
export const BASE_FILES: Readonly<Record<string, string>> = {
  'nx.json': '{}\n',
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      baseUrl: '.',
      paths: { '@shared/*': ['shared-infra/*/src/index.ts'], '@services/*': ['services/*/src/index.ts'] },
    },
  }),
  'services/org.yaml': ['platform-team', 'payments-team', 'orders-team']
    .map(
      (name) =>
        `apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: ${name}\nspec:\n  type: team\n  children: []\n`,
    )
    .join('---\n'),
};

/** Shorthand for a shared project: manifest + stack entry (+ optional accessor source). */
export function sharedProject(
  name: string,
  layer: string,
  stack = 'export default class {}\n',
  index?: string,
): Record<string, string> {
  return {
    [`shared-infra/${name}/stratum.yaml`]: `layer: ${layer}\nowner: platform-team\n`,
    [`shared-infra/${name}/src/stack.ts`]: stack,
    ...(index !== undefined ? { [`shared-infra/${name}/src/index.ts`]: index } : {}),
  };
}

/** Shorthand for a service with a catalog-info.yaml and stacks `{ folder: [layer, stackSource] }`. */
export function service(
  name: string,
  owner: string,
  stacks: Record<string, [string, string?]>,
): Record<string, string> {
  const files: Record<string, string> = {
    [`services/${name}/catalog-info.yaml`]: `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\nspec:\n  type: service\n  lifecycle: experimental\n  owner: ${owner}\n`,
  };
  for (const [folder, [layer, source]] of Object.entries(stacks)) {
    files[`services/${name}/${folder}/stratum.yaml`] = `layer: ${layer}\n`;
    files[`services/${name}/${folder}/src/stack.ts`] = source ?? 'export default class {}\n';
  }
  return files;
}

/** Writes a temporary workspace (under `parent`, default the OS temp dir) and returns its root. */
export function makeWorkspace(files: Record<string, string>, parent: string = tmpdir()): string {
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(join(parent, 'stratum-ws-'));
  for (const [path, content] of Object.entries({ ...BASE_FILES, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
