import { EmptyState } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Grid, Typography } from '@material-ui/core';
import type { ComplianceReport } from '@stratum/plugin-stratum-common';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { stratumApiRef } from '../../api';
import { AsyncContent, FilterSelect, formatTime, useEnvironments } from '../shared';
import { OwnerFindingsCard } from './OwnerFindingsCard';

function Summary({ report }: { readonly report: ComplianceReport }) {
  const check = report.lastCheck!;
  const count = report.owners.reduce((n, o) => n + o.findings.length, 0);
  return (
    <Typography paragraph>
      Last check of {report.env}: run {check.runId}, {formatTime(check.startedAt)} ({check.runStatus}).{' '}
      {count === 0
        ? 'Every deployed resource passes the policy rules.'
        : `${count} finding(s) for ${report.owners.length} owner group(s).`}
      {check.error && count === 0 ? ` ${check.error}` : ''}
    </Typography>
  );
}

/** Policy findings on what is deployed (`stratum compliance`), per environment, grouped by owner group. */
export function CompliancePage() {
  const api = useApi(stratumApiRef);
  const { environments, loading } = useEnvironments();
  const [chosen, setChosen] = useState('');
  const env = chosen || (environments.includes('local') ? 'local' : (environments[0] ?? ''));
  const state = useAsync(async () => (env ? api.getCompliance(env) : undefined), [api, env]);
  if (!loading && environments.length === 0)
    return (
      <EmptyState
        missing="data"
        title="No environment in the ledger yet"
        description="Deploy once (`npm run demo` fills a local ledger), then run `npx stratum compliance --env local`."
      />
    );
  return (
    <>
      <Typography variant="h4" component="h2" gutterBottom>
        Compliance
      </Typography>
      <FilterSelect
        label="Environment"
        value={env}
        options={environments}
        onChange={setChosen}
        allLabel={null}
      />
      <AsyncContent
        state={state}
        what="compliance findings from the Stratum backend"
        isEmpty={(report) => report.lastCheck === null}
        empty={
          <EmptyState
            missing="data"
            title={`No compliance check of ${env} yet`}
            description={`Run \`npx stratum compliance --env ${env}\` (the example CI workflow runs it on a schedule): it judges every deployed stack's real resources by the policy rules and records the findings here.`}
          />
        }
      >
        {(report) => (
          <>
            <Summary report={report} />
            <Grid container spacing={2}>
              {report.owners.map((owner) => (
                <Grid item xs={12} key={owner.owner}>
                  <OwnerFindingsCard owner={owner} />
                </Grid>
              ))}
            </Grid>
          </>
        )}
      </AsyncContent>
    </>
  );
}
