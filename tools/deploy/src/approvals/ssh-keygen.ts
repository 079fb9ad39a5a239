import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The `ssh-keygen -Y` namespace of every Stratum approval, so no other SSH signature (git, files) passes as one. */
export const APPROVAL_NAMESPACE = 'stratum-approval';

/** ssh-keygen could not run, or refused to sign; the message says why and what to do. */
export class SshSigningError extends Error {
  override readonly name = 'SshSigningError';
}

/**
 * Runs ssh-keygen with `input` as its stdin. The input comes from a file, not a pipe: ssh-keygen may exit before it
 * reads stdin (a malformed signature, an unknown key), and writing to a pipe nobody reads fails with EPIPE, which
 * would turn "not signed" into "could not run ssh-keygen".
 */
function keygen(args: readonly string[], input: string): { status: number; stdout: string; stderr: string } {
  const result = withFiles({ stdin: input }, (p) => {
    const fd = openSync(p.stdin!, 'r');
    try {
      return spawnSync('ssh-keygen', args, {
        stdio: [fd, 'pipe', 'pipe'],
        encoding: 'utf8',
        timeout: 60_000,
      });
    } finally {
      closeSync(fd);
    }
  });
  if (result.error) {
    throw new SshSigningError(
      `Could not run ssh-keygen (${result.error.message}); install OpenSSH 8.2+ (Debian: openssh-client) so approvals can be signed and verified.`,
    );
  }
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr.trim() };
}

/** Runs `work` with files written into a private temporary folder, removed afterwards. */
function withFiles<T>(files: Record<string, string>, work: (paths: Record<string, string>) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'stratum-ssh-'));
  try {
    const paths: Record<string, string> = {};
    for (const [name, content] of Object.entries(files)) {
      paths[name] = join(dir, name);
      writeFileSync(paths[name], content, { mode: 0o600 });
    }
    return work(paths);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Signs `message` with the SSH key at `keyPath` (a private key, or a public key whose private half is in
 * ssh-agent): `ssh-keygen -Y sign -n stratum-approval`. Returns the armored signature.
 */
export function signMessage(keyPath: string, message: string): string {
  const { status, stdout, stderr } = keygen(['-Y', 'sign', '-f', keyPath, '-n', APPROVAL_NAMESPACE], message);
  if (status !== 0 || !stdout.includes('BEGIN SSH SIGNATURE')) {
    throw new SshSigningError(
      `ssh-keygen could not sign with ${keyPath}: ${stderr || `exit ${status}`}. Pass --key the private key file (e.g. ~/.ssh/id_ed25519) whose public key is your stratum.dev/ssh-signing-key in services/org.yaml.`,
    );
  }
  return stdout;
}

/** True when `signature` over `message` verifies as `identity` under the `allowed_signers` text. */
export function verifySignature(options: {
  readonly allowedSigners: string;
  readonly identity: string;
  readonly message: string;
  readonly signature: string;
}): boolean {
  return withFiles({ allowed_signers: options.allowedSigners, 'message.sig': options.signature }, (p) => {
    const args = ['-Y', 'verify', '-f', p.allowed_signers!, '-I', options.identity, '-n', APPROVAL_NAMESPACE];
    return keygen([...args, '-s', p['message.sig']!], options.message).status === 0;
  });
}

/** The principals of `allowed_signers` whose key made `signature` (empty when none, or not a signature). */
export function findPrincipals(allowedSigners: string, signature: string): string[] {
  return withFiles({ allowed_signers: allowedSigners, 'message.sig': signature }, (p) => {
    const { status, stdout } = keygen(
      ['-Y', 'find-principals', '-f', p.allowed_signers!, '-n', APPROVAL_NAMESPACE, '-s', p['message.sig']!],
      '',
    );
    return status === 0 ? stdout.split('\n').filter((line) => line.trim() !== '') : [];
  });
}

/** True when `signature` is a well-formed signature of `message` in the approval namespace, by any key. */
export function signatureIsSound(message: string, signature: string): boolean {
  return withFiles({ 'message.sig': signature }, (p) => {
    const args = ['-Y', 'check-novalidate', '-n', APPROVAL_NAMESPACE, '-s', p['message.sig']!];
    return keygen(args, message).status === 0;
  });
}
