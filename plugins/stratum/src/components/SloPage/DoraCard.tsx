import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Typography } from '@material-ui/core';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { stratumApiRef } from '../../api';
import { AsyncContent, FilterSelect } from '../shared';
import { DoraTable, type DoraGroupBy } from './DoraTable';

const GROUPINGS: readonly DoraGroupBy[] = ['service', 'owner'];

/**
 * The four DORA keys (deployment frequency, lead time for changes, change failure rate, time to restore) per service
 * or owner group, for the page's environment and window.
 */
export function DoraCard(props: { env?: string; window?: string }) {
  const { env, window } = props;
  const api = useApi(stratumApiRef);
  const [groupBy, setGroupBy] = useState<DoraGroupBy>('service');
  const state = useAsync(
    async () => (await api.getPlatformSlos({ env, window, groupBy })).dora,
    [api, env, window, groupBy],
  );
  return (
    <InfoCard
      title="DORA keys"
      subheader="Successful deploys, lead time from commit to its first successful deploy to each environment, change failure rate and time to restore."
    >
      <FilterSelect
        label="DORA by"
        value={groupBy}
        options={GROUPINGS}
        onChange={(value) => setGroupBy(value as DoraGroupBy)}
        allLabel={null}
      />
      <AsyncContent
        state={state}
        what="the DORA keys"
        isEmpty={(dora) => dora.overall.finished === 0}
        empty={
          <Typography>
            No finished deploy in this window; the DORA keys appear once `stratum deploy` has run.
          </Typography>
        }
      >
        {(dora) => <DoraTable dora={dora} groupBy={groupBy} />}
      </AsyncContent>
    </InfoCard>
  );
}
