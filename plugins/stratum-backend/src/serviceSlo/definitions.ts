import { existsSync } from 'node:fs';
import type { ServiceSloFile } from '@stratum/plugin-stratum-common';
import { join } from 'node:path';
import { NotFoundError } from '@backstage/errors';
import { ConfigError } from '@stratum/config';
import { readServiceSlo, SLO_FILE, type ServiceSlo } from '@stratum/slo';

/** A service's slo.yaml, relative to the workspace root. */
export function sloFileOf(service: string): string {
  return `services/${service}/${SLO_FILE}`;
}

/**
 * The SLOs of `services/<service>/slo.yaml`, parsed by @stratum/slo. A missing file is a NotFoundError naming the
 * file to create; a malformed one, or an SLO naming another service, is @stratum/slo's ConfigError (file, document,
 * path, value).
 */
export function readServiceSloFile(root: string, service: string): { file: string; slos: ServiceSlo[] } {
  const file = sloFileOf(service);
  if (!existsSync(join(root, file))) {
    throw new NotFoundError(
      `Service ${service} has no SLOs: create ${file} with its SLOs in OpenSLO v1 (kind: SLO, with a ratioMetric ` +
        `SLI of Prometheus queries; services/payments/slo.yaml is an example).`,
    );
  }
  const slos = readServiceSlo(root, service);
  return { file, slos };
}

/**
 * `GET /slo/services`: each of `services` with an slo.yaml and its SLOs as defined, in name order; a file that does
 * not parse is listed with its error instead of failing the others.
 */
export function sloFiles(root: string, services: readonly string[]): ServiceSloFile[] {
  return [...services]
    .sort()
    .filter((service) => existsSync(join(root, sloFileOf(service))))
    .map((service) => {
      const file = sloFileOf(service);
      try {
        const { slos } = readServiceSloFile(root, service);
        const definitions = slos.map((slo) => ({
          name: slo.name,
          displayName: slo.displayName,
          target: slo.target,
          window: slo.window.text,
        }));
        return { service, file, slos: definitions, error: null };
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        return { service, file, slos: [], error: error.message };
      }
    });
}
