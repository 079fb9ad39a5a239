import type { StratumApi } from '../api';

/**
 * A StratumApi whose every method is a jest mock; the methods a test does not give reject, so a page that calls
 * something unexpected shows an error the test sees.
 */
export function mockStratumApi(methods: Partial<StratumApi> = {}): jest.Mocked<StratumApi> {
  const unexpected = (name: string) =>
    jest.fn(async () => {
      throw new Error(`unexpected call to StratumApi.${name}`);
    });
  const api = {
    listRuns: unexpected('listRuns'),
    getRun: unexpected('getRun'),
    getStackHistory: unexpected('getStackHistory'),
    getProjectDrift: unexpected('getProjectDrift'),
    getPlatformSlos: unexpected('getPlatformSlos'),
    getSloTrend: unexpected('getSloTrend'),
    getServiceSlos: unexpected('getServiceSlos'),
    getAdoption: unexpected('getAdoption'),
    getImpact: unexpected('getImpact'),
    getOrphans: unexpected('getOrphans'),
    getCompliance: unexpected('getCompliance'),
    getPendingPromotions: unexpected('getPendingPromotions'),
    approvePromotion: unexpected('approvePromotion'),
    getBreakGlassRuns: unexpected('getBreakGlassRuns'),
    approveBreakGlassRun: unexpected('approveBreakGlassRun'),
  } as unknown as jest.Mocked<StratumApi>;
  for (const [name, implementation] of Object.entries(methods)) {
    (api as unknown as Record<string, jest.Mock>)[name] = jest.fn(implementation as () => unknown);
  }
  return api;
}

/** A promise that never settles: the page stays in its loading state. */
export function never<T>(): Promise<T> {
  return new Promise<T>(() => {});
}

/** A ResponseError-like failure as the client throws it. */
export function failure(message: string): Error {
  const error = new Error(message);
  error.name = 'ServiceUnavailableError';
  return error;
}
