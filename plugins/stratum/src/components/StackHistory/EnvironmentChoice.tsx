import { Typography } from '@material-ui/core';
import { useState } from 'react';
import { FilterSelect, useEnvironments } from '../shared';

export interface EnvironmentChoice {
  readonly environments: readonly string[];
  readonly loading: boolean;
  /** The chosen environment: `prod` when the ledger knows it, else the first; empty while there is none. */
  readonly env: string;
  readonly setEnv: (env: string) => void;
}

/** The environments the ledger has runs in, and the one chosen. */
export function useEnvironmentChoice(): EnvironmentChoice {
  const { environments, loading } = useEnvironments();
  const [chosen, setEnv] = useState('');
  const fallback = environments.includes('prod') ? 'prod' : (environments[0] ?? '');
  return { environments, loading, env: chosen || fallback, setEnv };
}

/** The environment select, or what to run while the ledger has no run at all. */
export function EnvironmentSelect(props: { choice: EnvironmentChoice }) {
  const { environments, loading, env, setEnv } = props.choice;
  if (loading) return null;
  if (environments.length === 0)
    return (
      <Typography>
        No runs recorded yet. Run `npm run demo` to deploy the example to the local emulator; deploy history
        and drift checks appear here afterwards.
      </Typography>
    );
  return (
    <FilterSelect label="Environment" value={env} options={environments} onChange={setEnv} allLabel={null} />
  );
}
