import { EmptyState } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Button, Typography } from '@material-ui/core';
import { RUN_STATUSES, type RunStatus } from '@stratum/plugin-stratum-common';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { stratumApiRef, type RunFilter } from '../../api';
import { AsyncContent, FilterSelect, useEnvironments, useGroupNames } from '../shared';
import { RunsTable } from './RunsTable';

const PAGE_SIZE = 50;

/** What to run when the ledger holds no run at all, or nothing matches the filters. */
function NoRuns(props: { filtered: boolean }) {
  if (props.filtered)
    return (
      <EmptyState
        missing="data"
        title="No run matches these filters"
        description="Clear a filter (set it back to All) to see more runs."
      />
    );
  return (
    <EmptyState
      missing="data"
      title="No deployments recorded yet"
      description="Run `npm run demo` to deploy the example to the local emulator (or `npx stratum deploy --env <env> --all`); every run then appears here with its stacks."
    />
  );
}

/** The ledger's runs, filtered by environment, status and owner group, a page at a time. */
export function DeploymentsPage() {
  const api = useApi(stratumApiRef);
  const { environments } = useEnvironments();
  const groups = useGroupNames();
  const [env, setEnv] = useState('');
  const [status, setStatus] = useState('');
  const [owner, setOwner] = useState('');
  /** Cursors of the pages before the current one; the last is the current page's cursor. */
  const [cursors, setCursors] = useState<string[]>([]);
  const filter: RunFilter = {
    env: env || undefined,
    status: (status || undefined) as RunStatus | undefined,
    owner: owner || undefined,
    limit: PAGE_SIZE,
    cursor: cursors[cursors.length - 1],
  };
  const state = useAsync(() => api.listRuns(filter), [api, env, status, owner, cursors]);
  const refilter = (set: (value: string) => void) => (value: string) => {
    set(value);
    setCursors([]);
  };
  return (
    <>
      <Typography variant="h4" component="h2" gutterBottom>
        Deployments
      </Typography>
      <div style={{ marginBottom: 16 }}>
        <FilterSelect label="Environment" value={env} options={environments} onChange={refilter(setEnv)} />
        <FilterSelect label="Status" value={status} options={RUN_STATUSES} onChange={refilter(setStatus)} />
        <FilterSelect label="Owner" value={owner} options={groups} onChange={refilter(setOwner)} />
      </div>
      <AsyncContent
        state={state}
        what="the deployments"
        isEmpty={(page) => page.runs.length === 0 && cursors.length === 0}
        empty={<NoRuns filtered={Boolean(env || status || owner)} />}
      >
        {(page) => (
          <>
            <RunsTable runs={page.runs} caption="Runs, newest first" />
            <div style={{ marginTop: 16 }}>
              <Button disabled={cursors.length === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
                Newer runs
              </Button>
              <Button
                disabled={page.nextCursor === null}
                onClick={() => page.nextCursor && setCursors([...cursors, page.nextCursor])}
              >
                Older runs
              </Button>
            </div>
          </>
        )}
      </AsyncContent>
    </>
  );
}
