import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pluginImportsFromTools } from './boundaries';

const ROOT = join(__dirname, '..', '..', '..');

describe('tools/ never imports a plugin', () => {
  it('finds no import under tools/ that resolves into plugins/', () => {
    const found = pluginImportsFromTools(ROOT);
    assert.deepEqual(
      found.map((f) => `${f.file} imports '${f.specifier}' (${f.target})`),
      [],
      'move what the file needs into a tools/ package (the plugin re-exports it), never import plugins/ from tools/',
    );
  });

  describe('the scan', () => {
    const root = mkdtempSync(join(tmpdir(), 'stratum-boundaries-'));
    after(() => rmSync(root, { recursive: true, force: true }));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write('plugins/common/src/index.ts', 'export const x = 1;\n');
    write('tools/config/src/index.ts', 'export const y = 2;\n');
    mkdirSync(join(root, 'node_modules', '@stratum'), { recursive: true });
    symlinkSync(join(root, 'plugins', 'common'), join(root, 'node_modules', '@stratum', 'plugin-common'));
    symlinkSync(join(root, 'tools', 'config'), join(root, 'node_modules', '@stratum', 'config'));
    // Built from parts so that this file's own text holds no import the real scan would report.
    const from = (specifier: string) => `from '${specifier}';\n`;
    write(
      'tools/a/src/ok.ts',
      `import { y } ${from('@stratum/config')}import { readFileSync } ${from('node:fs')}`,
    );
    write('tools/a/src/by-name.ts', `import type { x } ${from('@stratum/plugin-common')}`);
    write('tools/b/src/deep.ts', `export { x } ${from('../../../plugins/common/src/index')}`);
    write('tools/b/src/lazy.ts', `const m = await import('${'@stratum/plugin-common/src/index'}');\n`);
    write('tools/portal/app/src/app.ts', `import { x } ${from('@stratum/plugin-common')}`);

    it('names each file whose import lands in plugins/, by package name or relative path, but not the plugin hosts', () => {
      const found = pluginImportsFromTools(root).map((f) => [f.file, f.specifier, f.target]);
      assert.deepEqual(found.sort(), [
        ['tools/a/src/by-name.ts', '@stratum/plugin-common', 'plugins/common'],
        ['tools/b/src/deep.ts', '../../../plugins/common/src/index', 'plugins/common/src/index'],
        ['tools/b/src/lazy.ts', '@stratum/plugin-common/src/index', 'plugins/common/src/index'],
      ]);
    });
  });
});
