import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, readYamlFileAll, showValue } from '@stratum/config';
import { groupName } from './manifest';

/** The org file: Backstage Group and User entities for every team that owns something. */
export const ORG_FILE = 'services/org.yaml';
export const SERVICE_CATALOG_FILE = 'catalog-info.yaml';

export interface ServiceCatalogInfo {
  /** Component name (`metadata.name`). */
  readonly name: string;
  /** Owner group name, without `group:`. */
  readonly owner: string;
  readonly system?: string;
  readonly annotations: Readonly<Record<string, string>>;
}

interface EntityLike {
  kind?: unknown;
  metadata?: { name?: unknown; annotations?: unknown };
  spec?: { owner?: unknown; system?: unknown };
}

/** Reads `services/<service>/catalog-info.yaml` and returns its Component's owner; errors name the file and field. */
export function readServiceCatalog(root: string, service: string): ServiceCatalogInfo {
  const file = `services/${service}/${SERVICE_CATALOG_FILE}`;
  if (!existsSync(join(root, file))) {
    throw new ConfigError(
      `${file}: missing; every service needs a catalog-info.yaml whose Component names an owner group (spec.owner).`,
      file,
    );
  }
  const docs = readYamlFileAll(join(root, file), file, { maxBytes: 256_000 }) as EntityLike[];
  const component = docs.find((doc) => doc && typeof doc === 'object' && doc.kind === 'Component');
  if (!component) {
    throw new ConfigError(
      `${file}: no document of kind Component; add one with metadata.name '${service}' and spec.owner.`,
      file,
    );
  }
  const owner = component.spec?.owner;
  if (typeof owner !== 'string' || owner.trim() === '') {
    throw new ConfigError(
      `${file}: spec.owner: got ${showValue(owner)}; name the owner group, e.g. 'group:${service}-team' (a group in ${ORG_FILE}).`,
      file,
      'spec.owner',
    );
  }
  const name = component.metadata?.name;
  if (typeof name !== 'string' || name === '') {
    throw new ConfigError(
      `${file}: metadata.name: got ${showValue(name)}; use the service folder name '${service}'.`,
      file,
      'metadata.name',
    );
  }
  const annotations = component.metadata?.annotations;
  const system = component.spec?.system;
  return {
    name,
    owner: groupName(owner.trim()),
    ...(typeof system === 'string' ? { system } : {}),
    annotations:
      annotations && typeof annotations === 'object' ? (annotations as Record<string, string>) : {},
  };
}

/** Group names declared in the org file (empty set when the workspace has none). */
export function readOrgGroups(root: string): Set<string> {
  const path = join(root, ORG_FILE);
  if (!existsSync(path)) return new Set();
  const docs = readYamlFileAll(path, ORG_FILE, { maxBytes: 1_000_000 }) as EntityLike[];
  return new Set(
    docs
      .filter(
        (doc) =>
          doc && typeof doc === 'object' && doc.kind === 'Group' && typeof doc.metadata?.name === 'string',
      )
      .map((doc) => doc.metadata!.name as string),
  );
}

/** The User annotation holding the public SSH key(s) its approvals are signed with, one per line. */
export const SIGNING_KEY_ANNOTATION = 'stratum.dev/ssh-signing-key';

const PUBLIC_KEY =
  /^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\.com|sk-ecdsa-sha2-nistp256@openssh\.com) [A-Za-z0-9+/]+={0,3}( [^\n]*)?$/;

/** One User of the org file. */
export interface OrgUser {
  readonly name: string;
  /** Group names (without `group:`) from `spec.memberOf`. */
  readonly memberOf: readonly string[];
  readonly email?: string;
  /** Public keys (`ssh-ed25519 AAAA... comment`) from the `stratum.dev/ssh-signing-key` annotation. */
  readonly signingKeys: readonly string[];
}

type UserDoc = EntityLike & { spec?: { memberOf?: unknown; profile?: { email?: unknown } } };

/** Every User of the org file; a malformed signing key is an error naming the user and the annotation. */
export function readOrgUserEntities(root: string): OrgUser[] {
  const path = join(root, ORG_FILE);
  if (!existsSync(path)) return [];
  const docs = readYamlFileAll(path, ORG_FILE, { maxBytes: 1_000_000 }) as UserDoc[];
  const users: OrgUser[] = [];
  for (const doc of docs) {
    if (!doc || typeof doc !== 'object' || doc.kind !== 'User' || typeof doc.metadata?.name !== 'string')
      continue;
    const name = doc.metadata.name;
    const memberOf = Array.isArray(doc.spec?.memberOf)
      ? doc.spec.memberOf.filter((g): g is string => typeof g === 'string').map(groupName)
      : [];
    const email = doc.spec?.profile?.email;
    users.push({
      name,
      memberOf,
      ...(typeof email === 'string' ? { email } : {}),
      signingKeys: signingKeys(name, doc.metadata.annotations),
    });
  }
  refuseSharedKeys(users);
  return users;
}

/** One key, one person: a key on two Users would let one sign as the other. */
function refuseSharedKeys(users: readonly OrgUser[]): void {
  const owner = new Map<string, string>();
  for (const user of users) {
    for (const key of user.signingKeys) {
      const material = key.split(' ').slice(0, 2).join(' ');
      const other = owner.get(material);
      if (other !== undefined && other !== user.name) {
        throw new ConfigError(
          `${ORG_FILE}: Users ${other} and ${user.name} have the same ${SIGNING_KEY_ANNOTATION}; each person signs with their own key.`,
          ORG_FILE,
          `${user.name}.metadata.annotations`,
        );
      }
      owner.set(material, user.name);
    }
  }
}

function signingKeys(user: string, annotations: unknown): string[] {
  if (!annotations || typeof annotations !== 'object') return [];
  const value = (annotations as Record<string, unknown>)[SIGNING_KEY_ANNOTATION];
  if (value === undefined) return [];
  const field = `User ${user}: metadata.annotations["${SIGNING_KEY_ANNOTATION}"]`;
  if (typeof value !== 'string') {
    throw new ConfigError(
      `${ORG_FILE}: ${field}: got ${showValue(value)}; give the public key as text, e.g. the line of ~/.ssh/id_ed25519.pub.`,
      ORG_FILE,
      `${user}.metadata.annotations`,
    );
  }
  const keys = value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  for (const key of keys) {
    if (!PUBLIC_KEY.test(key)) {
      throw new ConfigError(
        `${ORG_FILE}: ${field}: ${showValue(key)} is not an SSH public key; paste one line of a .pub file, such as 'ssh-ed25519 AAAA... ${user}@example.com'.`,
        ORG_FILE,
        `${user}.metadata.annotations`,
      );
    }
  }
  return keys;
}

/** Users declared in the org file, each with the groups it is a member of (`spec.memberOf`). */
export function readOrgUsers(root: string): Map<string, string[]> {
  return new Map(readOrgUserEntities(root).map((u) => [u.name, [...u.memberOf]]));
}

/**
 * The annotation holding the portal backend's attesting public key(s), one per line: an approval the portal signs
 * for its signed-in user verifies against these keys only. Put it on the portal's entity in services/org.yaml
 * (the example: Component `stratum-portal`), so a key change goes through review.
 */
export const PORTAL_SIGNING_KEY_ANNOTATION = 'stratum.dev/portal-signing-key';

/** The portal's registered attesting keys from services/org.yaml (empty when none is registered). */
export function readPortalSigningKeys(root: string): string[] {
  const path = join(root, ORG_FILE);
  if (!existsSync(path)) return [];
  const docs = readYamlFileAll(path, ORG_FILE, { maxBytes: 1_000_000 }) as EntityLike[];
  const keys: string[] = [];
  for (const doc of docs) {
    const annotations = doc && typeof doc === 'object' ? doc.metadata?.annotations : undefined;
    if (!annotations || typeof annotations !== 'object') continue;
    const value = (annotations as Record<string, unknown>)[PORTAL_SIGNING_KEY_ANNOTATION];
    if (value === undefined) continue;
    const field = `${String(doc.kind)} ${String(doc.metadata?.name)}: metadata.annotations["${PORTAL_SIGNING_KEY_ANNOTATION}"]`;
    const lines =
      typeof value === 'string'
        ? value
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
        : [value];
    for (const key of lines) {
      if (typeof key !== 'string' || !PUBLIC_KEY.test(key)) {
        throw new ConfigError(
          `${ORG_FILE}: ${field}: ${showValue(key)} is not an SSH public key; paste the .pub line of the key in stratum.approvals.signingKey of the portal's app-config.`,
          ORG_FILE,
          `${String(doc.metadata?.name)}.metadata.annotations`,
        );
      }
      keys.push(key);
    }
  }
  const userKeys = new Set(readOrgUserEntities(root).flatMap((u) => u.signingKeys.map(material)));
  const shared = keys.find((key) => userKeys.has(material(key)));
  if (shared !== undefined) {
    throw new ConfigError(
      `${ORG_FILE}: the ${PORTAL_SIGNING_KEY_ANNOTATION} ${showValue(shared)} is also a User's ${SIGNING_KEY_ANNOTATION}; the portal signs with a key of its own.`,
      ORG_FILE,
    );
  }
  return keys;
}

function material(key: string): string {
  return key.split(' ').slice(0, 2).join(' ');
}
