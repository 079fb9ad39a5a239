import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { importCycles, importGraph } from './graph';

const WORKSPACE = join(__dirname, '../../../..');

describe('import cycles', () => {
  test('no import circle across tools/ and plugins/ (relative and @stratum/* imports, type-only included)', () => {
    const cycles = importCycles(importGraph(WORKSPACE, ['tools', 'plugins']));
    assert.deepEqual(
      cycles.map((c) => c.join(' -> ')),
      [],
      'break each circle: move the shared part into its own module, or depend on an interface',
    );
  });

  test('finds a circle through a relative and a package import, and names its files', () => {
    const root = mkdtempSync(join(tmpdir(), 'stratum-cycles-'));
    const files: Record<string, string> = {
      'tools/a/package.json': '{ "name": "@stratum/a", "main": "src/index.ts" }',
      'tools/a/src/index.ts': "export * from './x';\n",
      'tools/a/src/x.ts': "import type { B } from '@stratum/b';\nexport type X = B;\n",
      'tools/b/package.json': '{ "name": "@stratum/b", "main": "src/index.ts" }',
      'tools/b/src/index.ts': "import { X } from '@stratum/a/src/x';\nexport type B = X;\n",
      'tools/b/src/free.ts': "import 'node:fs';\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    try {
      assert.deepEqual(importCycles(importGraph(root, ['tools'])), [
        ['tools/a/src/x.ts', 'tools/b/src/index.ts', 'tools/a/src/x.ts'],
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
