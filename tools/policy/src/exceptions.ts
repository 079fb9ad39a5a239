/**
 * Exception ids that other Stratum checks read from the same suppression block as the policy rules, so that a
 * suppression naming one is valid here (and judged like any other: reason, owner, expiry) although this engine
 * has no rule of that id.
 */
export const STATEFUL_DESTROY_EXCEPTION = 'STRAT-DESTROY-001';

export const EXTERNAL_EXCEPTIONS: Readonly<Record<string, string>> = {
  [STATEFUL_DESTROY_EXCEPTION]:
    'allows destroying a resource that holds data (stratum destroy, or deploy --affected after its project was deleted)',
};
