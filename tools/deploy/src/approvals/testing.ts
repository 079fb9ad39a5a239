// Test helpers: SSH signing keys generated per test into a temporary folder (no private key is ever committed).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missing } from '@stratum/testing';
import type { OrgUser } from '@stratum/workspace';

export interface TestSigningKey {
  /** The private key file (no passphrase). */
  readonly privateKey: string;
  /** The public key line, as it goes into the stratum.dev/ssh-signing-key annotation. */
  readonly publicKey: string;
}

/** Why signing tests cannot run here (skip reason), or undefined; throws under STRATUM_REQUIRE_PREREQS=1. */
export function sshKeygenSkipReason(): string | undefined {
  const probe = spawnSync('ssh-keygen', ['-h'], { stdio: 'ignore' });
  return missing('ssh-keygen', !probe.error, 'install OpenSSH 8.2+ (Debian: openssh-client)');
}

/** A fresh ed25519 key `dir/<name>` (and `.pub`). */
export function generateSigningKey(dir: string, name: string): TestSigningKey {
  const privateKey = join(dir, name);
  const result = spawnSync(
    'ssh-keygen',
    ['-q', '-t', 'ed25519', '-N', '', '-C', `${name}@test`, '-f', privateKey],
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`ssh-keygen could not make a key: ${result.stderr}`);
  return { privateKey, publicKey: readFileSync(`${privateKey}.pub`, 'utf8').trim() };
}

/** An org user for tests. */
export function orgUser(
  name: string,
  memberOf: readonly string[],
  keys: readonly TestSigningKey[] = [],
): OrgUser {
  return { name, memberOf, signingKeys: keys.map((k) => k.publicKey) };
}

/** services/org.yaml with one platform group and these users (and their signing keys). */
export function orgYaml(users: readonly OrgUser[]): string {
  const groups = [...new Set(users.flatMap((u) => u.memberOf))];
  const docs = [
    ...groups.map(
      (g) =>
        `apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: ${g}\nspec:\n  type: team\n  children: []\n`,
    ),
    ...users.map(
      (u) =>
        `apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n  name: ${u.name}\n` +
        (u.signingKeys.length
          ? `  annotations:\n    stratum.dev/ssh-signing-key: ${JSON.stringify(u.signingKeys.join('\n'))}\n`
          : '') +
        `spec:\n  memberOf: [${u.memberOf.join(', ')}]\n`,
    ),
  ];
  return docs.join('---\n');
}
