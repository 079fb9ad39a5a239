import assert from 'node:assert/strict';
import { test } from 'node:test';
import { environmentFile, stackFolder, stackOutDir, synthOutDir } from './layout';

test('the workspace layout: environment files and the synth output folders', () => {
  assert.equal(environmentFile('prod'), 'environments/prod.yaml');
  assert.equal(synthOutDir('services/orders/app', 'dev'), 'services/orders/app/cdktf.out/dev');
  assert.equal(
    stackOutDir('services/orders/app', 'dev', 'orders-app-us-east-1'),
    'services/orders/app/cdktf.out/dev/stacks/orders-app-us-east-1',
  );
  // working copies sit at the synthesized folder's depth, so a relative state path resolves to the same file
  const depth = (path: string) => path.split('/').length;
  for (const purpose of ['rollback', 'destroy', 'drift', 'import'] as const)
    assert.equal(
      depth(stackFolder('shared-infra/network', 'local', purpose, 'network-us-east-1')),
      depth(stackOutDir('shared-infra/network', 'local', 'network-us-east-1')),
    );
});
