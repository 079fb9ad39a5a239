import { environmentFile, type Environment } from '@stratum/config';

/** The environment's AWS endpoint (the local emulator) does not answer, so no terraform would get through. */
export class EndpointUnreachableError extends Error {
  override readonly name = 'EndpointUnreachableError';
}

/**
 * True when something answers HTTP at `url` (any status: the emulator answers unknown paths with an error
 * page). A refused or silent connection is false; the timer is referenced, so the process waits for it.
 */
export async function endpointAnswers(url: string, timeoutMs = 3000): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal });
    await response.arrayBuffer();
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** What to tell the user when the endpoint of `env` is down. */
export function unreachableAdvice(env: Environment): string {
  return (
    `The AWS endpoint of '${env.name}' (${env.endpoint}, ${environmentFile(env.name)}) does not answer. ` +
    `Start the emulator with \`stratum local up --env ${env.name}\` (moto keeps resources in memory: after a restart, ` +
    `redeploy with \`stratum deploy --env ${env.name} --all --force\`).`
  );
}

/**
 * Fails fast, before the lock is taken or anything is recorded, when `env` has an endpoint (the local emulator)
 * that does not answer: otherwise every terraform call would retry for half a minute and then fail.
 * Environments without an endpoint (real AWS) are not checked.
 */
export async function requireEndpoint(env: Environment): Promise<void> {
  if (env.endpoint && !(await endpointAnswers(env.endpoint)))
    throw new EndpointUnreachableError(unreachableAdvice(env));
}
