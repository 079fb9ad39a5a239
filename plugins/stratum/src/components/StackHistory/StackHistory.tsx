import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { stratumApiRef } from '../../api';
import { AsyncContent } from '../shared';
import { StackHistoryTable } from './StackHistoryTable';

/** How many events per project the entity tabs show. */
const LIMIT = 50;

/** The deploy history of some projects in one environment, merged newest first. */
export function StackHistory(props: { projects: readonly string[]; env: string; title: string }) {
  const { projects, env, title } = props;
  const api = useApi(stratumApiRef);
  const state = useAsync(async () => {
    const histories = await Promise.all(projects.map((p) => api.getStackHistory(p, env, LIMIT)));
    return histories.flatMap((h) => h.entries).sort((a, b) => b.at.localeCompare(a.at) || b.seq - a.seq);
  }, [api, env, projects.join(',')]);
  return (
    <InfoCard title={title}>
      <AsyncContent
        state={state}
        what={`the deploy history in ${env}`}
        isEmpty={(entries) => entries.length === 0}
        empty={
          <Typography>
            Nothing deployed in {env} yet. Deploy with `npx stratum deploy --env {env} --projects{' '}
            {projects.join(',')}` (or `npm run demo` for the local example).
          </Typography>
        }
      >
        {(entries) => <StackHistoryTable entries={entries} caption={`Deploy history in ${env}`} />}
      </AsyncContent>
    </InfoCard>
  );
}
