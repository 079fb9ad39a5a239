import { EmulatorError } from './errors';
import { environmentFile } from '@stratum/config';

/** The only address the emulator ever binds: it must never be reachable from another machine. */
export const BIND_HOST = '127.0.0.1';

/** Hosts accepted in an environment's `endpoint` for the emulator; all of them mean 127.0.0.1. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** Where the emulator of one environment listens. */
export interface EmulatorEndpoint {
  /** Always 127.0.0.1. */
  readonly host: string;
  readonly port: number;
  /** Base URL the AWS clients use, e.g. `http://127.0.0.1:4566`. */
  readonly url: string;
}

/**
 * Checks that `endpoint` (an environment's `endpoint` field) names an HTTP port on loopback and returns
 * where to bind. Anything else is an error naming the environment file and the value.
 */
export function loopbackEndpoint(envName: string, endpoint: string | undefined): EmulatorEndpoint {
  const where = `${environmentFile(envName)}: endpoint`;
  if (!endpoint) {
    throw new EmulatorError(
      `${where} is not set, so '${envName}' talks to real AWS and has no emulator. ` +
        `Use an environment with an endpoint on loopback (e.g. --env local, endpoint: http://127.0.0.1:4566).`,
    );
  }
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new EmulatorError(`${where} is '${endpoint}', which is not a URL; use http://127.0.0.1:<port>.`);
  }
  if (url.protocol !== 'http:') {
    throw new EmulatorError(
      `${where} is '${endpoint}'; the emulator serves plain HTTP on loopback: use http://127.0.0.1:<port>.`,
    );
  }
  if (!LOOPBACK_HOSTS.has(url.hostname)) {
    throw new EmulatorError(
      `${where} is '${endpoint}'; the emulator only ever binds 127.0.0.1. Use http://127.0.0.1:<port>, ` +
        `or remove the endpoint if this environment is real AWS.`,
    );
  }
  const port = url.port === '' ? 80 : Number(url.port);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new EmulatorError(`${where} is '${endpoint}'; give a port from 1 to 65535.`);
  }
  return { host: BIND_HOST, port, url: `http://${BIND_HOST}:${port}` };
}
