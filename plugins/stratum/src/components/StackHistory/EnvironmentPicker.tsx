import { Typography } from '@material-ui/core';
import { useState, type ReactNode } from 'react';
import { FilterSelect, useEnvironments } from '../shared';

/** `prod` when the ledger knows it, else the first environment. */
function defaultEnvironment(environments: readonly string[]): string {
  return environments.includes('prod') ? 'prod' : (environments[0] ?? '');
}

/**
 * An environment select over the environments the ledger has runs in; renders `children(env)` for the chosen one,
 * or says what to run while the ledger has none.
 */
export function EnvironmentPicker(props: { children: (env: string) => ReactNode }) {
  const { environments, loading } = useEnvironments();
  const [chosen, setChosen] = useState('');
  if (loading) return null;
  if (environments.length === 0)
    return (
      <Typography>
        No runs recorded yet. Run `npm run demo` to deploy the example to the local emulator; history and
        drift checks appear here afterwards.
      </Typography>
    );
  const env = chosen || defaultEnvironment(environments);
  return (
    <>
      <FilterSelect
        label="Environment"
        value={env}
        options={environments}
        onChange={setChosen}
        allLabel={null}
      />
      <div style={{ marginTop: 16 }}>{props.children(env)}</div>
    </>
  );
}
