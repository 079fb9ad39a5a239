import { EmptyState, InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Grid, Typography } from '@material-ui/core';
import { SLO_GROUP_BYS, type PlatformSloReport, type SloGroupBy } from '@stratum/plugin-stratum-common';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { stratumApiRef } from '../../api';
import { AsyncContent, FilterSelect, formatTime, useEnvironments } from '../shared';
import { DoraCard } from './DoraCard';
import { SloCard } from './SloCard';
import { SloGroupTable } from './SloGroupTable';
import { SloTrendChart } from './SloTrendChart';

const WINDOWS = ['1d', '7d', '30d', '90d'];

function Report(props: { report: PlatformSloReport }) {
  const { report } = props;
  const noData = report.overall.every((slo) => slo.status === 'no_data');
  return (
    <>
      <Typography variant="body2" paragraph>
        {report.env ? `Environment ${report.env}` : 'All environments'}, window {report.window} (
        {formatTime(report.windowStart)} to {formatTime(report.windowEnd)}). Objectives from{' '}
        <code>{report.objectivesFile}</code>.
      </Typography>
      {noData ? (
        <EmptyState
          missing="data"
          title="No runs in this window yet"
          description="The SLOs are computed from the deploy ledger. Run `npm run demo` to deploy the example to the local emulator, or `npx stratum drift --env <env>` for the drift rate, then come back."
        />
      ) : null}
      <Grid container spacing={2}>
        {report.overall.map((slo) => (
          <Grid item xs={12} sm={6} lg={4} key={slo.id}>
            <SloCard slo={slo} />
          </Grid>
        ))}
      </Grid>
      {report.groupBy && report.groups.length > 0 ? (
        <InfoCard title={`By ${report.groupBy}`}>
          <SloGroupTable groups={report.groups} groupBy={report.groupBy} />
        </InfoCard>
      ) : null}
    </>
  );
}

/**
 * The platform's own SLOs (deploy success, lead time, rollback time, change failure, MTTR, drift), the four DORA keys
 * per service or owner group, and the deploy trend.
 */
export function SloPage() {
  const api = useApi(stratumApiRef);
  const { environments } = useEnvironments();
  const [env, setEnv] = useState('');
  const [window, setWindow] = useState('');
  const [groupBy, setGroupBy] = useState('');
  const state = useAsync(
    () =>
      api.getPlatformSlos({
        env: env || undefined,
        window: window || undefined,
        groupBy: (groupBy || undefined) as SloGroupBy | undefined,
      }),
    [api, env, window, groupBy],
  );
  const trendEnvs = env ? [env] : environments;
  return (
    <>
      <Typography variant="h4" component="h2" gutterBottom>
        Platform SLOs
      </Typography>
      <div style={{ marginBottom: 16 }}>
        <FilterSelect
          label="Environment"
          value={env}
          options={environments}
          onChange={setEnv}
          allLabel="All environments"
        />
        <FilterSelect
          label="Window"
          value={window}
          options={WINDOWS}
          onChange={setWindow}
          allLabel="Objectives default"
        />
        <FilterSelect
          label="Group by"
          value={groupBy}
          options={SLO_GROUP_BYS}
          onChange={setGroupBy}
          allLabel="None"
        />
      </div>
      <AsyncContent state={state} what="the platform SLOs">
        {(report) => <Report report={report} />}
      </AsyncContent>
      <Typography variant="h5" component="h3" style={{ marginTop: 24 }} gutterBottom>
        DORA keys per service and owner
      </Typography>
      <DoraCard env={env || undefined} window={window || undefined} />
      <Typography variant="h5" component="h3" style={{ marginTop: 24 }} gutterBottom>
        Deploy trend per environment
      </Typography>
      <Grid container spacing={2}>
        {trendEnvs.map((name) => (
          <Grid item xs={12} lg={6} key={name}>
            <SloTrendChart env={name} window={window || undefined} />
          </Grid>
        ))}
      </Grid>
      {trendEnvs.length === 0 ? (
        <Typography>No environment has runs yet; the trend appears once one has.</Typography>
      ) : null}
    </>
  );
}
