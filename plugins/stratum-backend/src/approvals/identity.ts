import type { BackstageCredentials, BackstageUserPrincipal } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import type { OrgUser } from '@stratum/workspace';

/** Guest sign-in's user refs (the guest provider's, and the legacy default): they never approve. */
export const GUEST_REFS: ReadonlySet<string> = new Set(['user:development/guest', 'user:default/guest']);

/**
 * The org user (services/org.yaml) the signed-in Backstage identity is, or why it cannot approve: no user
 * principal, guest sign-in, or a ref that is no User of the org file. Never a name typed into a form.
 */
export function approverIdentity(
  credentials: BackstageCredentials,
  users: readonly OrgUser[],
): { user: OrgUser; ref: string } | { refusal: string; ref: string | null } {
  if (
    credentials.principal === null ||
    typeof credentials.principal !== 'object' ||
    !('type' in credentials.principal) ||
    credentials.principal.type !== 'user'
  ) {
    return {
      refusal: 'Approving needs a signed-in user; a service or an anonymous request cannot approve.',
      ref: null,
    };
  }
  const ref = (credentials.principal as BackstageUserPrincipal).userEntityRef.toLocaleLowerCase('en-US');
  if (GUEST_REFS.has(ref)) {
    return {
      refusal: `Signed in as guest (${ref}): guests cannot approve. Sign in with your own identity (a sign-in provider in app-config auth).`,
      ref,
    };
  }
  const match = /^user:default\/(.+)$/.exec(ref);
  const user = match ? users.find((u) => u.name.toLocaleLowerCase('en-US') === match[1]) : undefined;
  if (!user) {
    return { refusal: `${ref} is not a User in services/org.yaml; only org users approve.`, ref };
  }
  return { user, ref };
}

/** Throws 403 unless the identity may approve. */
export function requireApprover(
  credentials: BackstageCredentials,
  users: readonly OrgUser[],
): { user: OrgUser; ref: string } {
  const identity = approverIdentity(credentials, users);
  if ('refusal' in identity) throw new NotAllowedError(identity.refusal);
  return identity;
}
