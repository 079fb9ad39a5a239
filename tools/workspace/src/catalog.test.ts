import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ConfigError } from '@stratum/config';
import { readOrgUserEntities, SIGNING_KEY_ANNOTATION } from './catalog';
import { makeWorkspace } from './testing';

const KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMqIq/Vlw+DrDhVE0jcI0gKg69a66yzWMKKZPjVrEtes ada@example.com';

function org(annotation: string): string {
  return `apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n  name: ada\n  annotations:\n    ${SIGNING_KEY_ANNOTATION}: ${annotation}\nspec:\n  profile:\n    email: ada@example.com\n  memberOf: [group:platform-team]\n`;
}

describe('org users and their SSH signing keys', () => {
  test('the shipped org file: every example user has a signing key', () => {
    const users = readOrgUserEntities(join(__dirname, '../../..'));
    assert.ok(users.length >= 3);
    for (const user of users) assert.equal(user.signingKeys.length, 1, user.name);
  });

  test('groups without group:, email, one key per line', () => {
    const root = makeWorkspace({
      'services/org.yaml': org(JSON.stringify(`${KEY}\n${KEY.replace('ada@', 'ada2@')}`)),
    });
    try {
      const [ada] = readOrgUserEntities(root);
      assert.deepEqual(
        [ada?.name, ada?.memberOf, ada?.email, ada?.signingKeys.length],
        ['ada', ['platform-team'], 'ada@example.com', 2],
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('one key on two users is an error: one could sign as the other', () => {
    const second = org(JSON.stringify(KEY.replace('ada@example.com', 'other comment'))).replace(
      'name: ada',
      'name: eve',
    );
    const root = makeWorkspace({ 'services/org.yaml': `${org(JSON.stringify(KEY))}---\n${second}` });
    try {
      assert.throws(
        () => readOrgUserEntities(root),
        /Users ada and eve have the same stratum.dev\/ssh-signing-key/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('a value that is not a public key is an error naming the file, user and annotation', () => {
    const root = makeWorkspace({ 'services/org.yaml': org('"-----BEGIN OPENSSH PRIVATE KEY-----"') });
    try {
      assert.throws(
        () => readOrgUserEntities(root),
        (e: unknown) =>
          e instanceof ConfigError &&
          /^services\/org.yaml: User ada: metadata.annotations\["stratum.dev\/ssh-signing-key"\]: .* is not an SSH public key; paste one line of a .pub file/.test(
            e.message,
          ),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
