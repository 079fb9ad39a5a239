import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { findWorkspaceRoot } from '@stratum/config';
import { BINDINGS_DIR, findProviderImports, PROVIDER_PACKAGE, withSiblings } from './imports';

/** Built at run time, so the workspace scan does not count this file's own fixtures as imports. */
const lib = `${PROVIDER_PACKAGE}/lib/`;

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'stratum-provider-imports-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

describe('findProviderImports', () => {
  test('finds submodules in code, fixture strings and templates, and skips output, node_modules and the bindings', () => {
    const root = workspace({
      'tools/constructs/src/layers/network.ts': `import { Vpc } from '${lib}vpc';\n`,
      'tools/deploy/src/e2e/fixtures.ts': `const stack = \`import { SsmParameter } from '${lib}ssm-parameter';\`;\n`,
      'templates/phase-1/skeleton/src/stack.ts.tpl': `import { Vpc } from '${lib}vpc';\n`,
      'services/a/app/cdktf.out/dev/x.ts': `import '${lib}lb';\n`,
      'tools/x/node_modules/y/index.js': `require('${lib}eip');\n`,
      [`${BINDINGS_DIR}/lib/provider/index.d.ts`]: `import '${lib}provider-functions';\n`,
      'tools/constructs/README.md': `${lib}kms-key in prose is not an import\n`,
    });
    try {
      assert.deepEqual(findProviderImports(root), [
        { submodule: 'ssm-parameter', files: ['tools/deploy/src/e2e/fixtures.ts'] },
        {
          submodule: 'vpc',
          files: ['templates/phase-1/skeleton/src/stack.ts.tpl', 'tools/constructs/src/layers/network.ts'],
        },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('withSiblings', () => {
  test('adds the submodules the chosen ones import from each other, once', () => {
    const sources: Record<string, string> = {
      provider: "import { AwsProviderFunctions } from '../provider-functions/index';\n",
      'provider-functions': "import * as cdktn from 'cdktn';\n",
      vpc: "import * as cdktn from 'cdktn';\n",
    };
    assert.deepEqual(
      withSiblings(['vpc', 'provider', 'vpc'], (s) => sources[s]!),
      ['provider', 'provider-functions', 'vpc'],
    );
  });
});

describe('the installed provider bindings', () => {
  test('hold every submodule the workspace imports (else: npm run provider:generate)', () => {
    const root = findWorkspaceRoot(__dirname);
    const missing = findProviderImports(root).filter(({ submodule }) => {
      try {
        require.resolve(`${PROVIDER_PACKAGE}/lib/${submodule}`, { paths: [root] });
        return false;
      } catch {
        return true;
      }
    });
    assert.deepEqual(
      missing.map(({ submodule, files }) => `${submodule} (imported by ${files.join(', ')})`),
      [],
      `${PROVIDER_PACKAGE} lacks these submodules: run \`npm run provider:generate\`, then \`npm install\`.`,
    );
  });
});
