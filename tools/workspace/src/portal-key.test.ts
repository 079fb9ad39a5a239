import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { describe, test } from 'node:test';
import { ConfigError } from '@stratum/config';
import { PORTAL_SIGNING_KEY_ANNOTATION, readPortalSigningKeys, SIGNING_KEY_ANNOTATION } from './catalog';
import { makeWorkspace } from './testing';

const PORTAL =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOJajzjmqHlxW9tPTdy7pUdGCsTM3KylFuTYtr54Ocqb stratum-portal';
const ADA =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMqIq/Vlw+DrDhVE0jcI0gKg69a66yzWMKKZPjVrEtes ada@example.com';

function org(portalKey: string, adaKey = ADA): string {
  return [
    `apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n  name: ada\n  annotations:\n    ${SIGNING_KEY_ANNOTATION}: ${adaKey}\nspec:\n  memberOf: [platform-team]\n`,
    `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: stratum-portal\n  annotations:\n    ${PORTAL_SIGNING_KEY_ANNOTATION}: ${portalKey}\nspec:\n  type: service\n  owner: group:platform-team\n`,
  ].join('---\n');
}

function keysOf(files: Record<string, string>): string[] {
  const root = makeWorkspace(files);
  try {
    return readPortalSigningKeys(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('the portal attesting key in services/org.yaml', () => {
  test('is read from the stratum.dev/portal-signing-key annotation; none registered is empty', () => {
    assert.deepEqual(keysOf({ 'services/org.yaml': org(PORTAL) }), [PORTAL]);
    assert.deepEqual(keysOf({}), []);
  });

  test('a malformed key, or a User key reused as the portal key, is an error naming the file', () => {
    assert.throws(
      () => keysOf({ 'services/org.yaml': org('not-a-key') }),
      (e: unknown) =>
        e instanceof ConfigError &&
        /Component stratum-portal: .*portal-signing-key.*is not an SSH public key/.test(e.message),
    );
    assert.throws(
      () => keysOf({ 'services/org.yaml': org(ADA.replace('ada@example.com', 'portal')) }),
      /is also a User's stratum.dev\/ssh-signing-key; the portal signs with a key of its own/,
    );
  });
});
