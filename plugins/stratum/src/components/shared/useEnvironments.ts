import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { stratumApiRef } from '../../api';

/** How many recent runs are read to learn the environment names. */
const SAMPLE = 200;

/** The environments seen in the ledger's recent runs, sorted; empty while loading or on an empty ledger. */
export function useEnvironments(): { environments: string[]; loading: boolean } {
  const api = useApi(stratumApiRef);
  const state = useAsync(async () => {
    const page = await api.listRuns({ limit: SAMPLE });
    return [...new Set(page.runs.map((r) => r.env))].sort();
  }, [api]);
  return { environments: state.value ?? [], loading: state.loading };
}
