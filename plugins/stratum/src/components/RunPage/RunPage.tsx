import { InfoCard, Link, StructuredMetadataTable } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { Grid, Typography } from '@material-ui/core';
import type { RunDetail } from '@stratum/plugin-stratum-common';
import { useParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { stratumApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import { AsyncContent, formatTime, runDuration, StatusLabel, statusText } from '../shared';
import { RunTimeline } from './RunTimeline';
import { StackTable } from './StackTable';
import { stackSpans, type StackSpan } from './timeline';

/** One sentence on what happened: which stacks failed, which dependants were skipped, what was rolled back. */
export function outcomeSummary(run: RunDetail, spans: readonly StackSpan[]): string {
  const named = (status: string) => spans.filter((s) => s.status === status).map((s) => s.label);
  const parts: string[] = [];
  const failed = named('failed');
  const skipped = named('skipped');
  const rolledBack = named('rolled_back');
  const rollbackFailed = named('rollback_failed');
  const destroyed = named('destroyed');
  if (failed.length > 0) parts.push(`Failed: ${failed.join(', ')}.`);
  if (skipped.length > 0) parts.push(`Skipped because a dependency did not succeed: ${skipped.join(', ')}.`);
  if (rolledBack.length > 0) parts.push(`Rolled back: ${rolledBack.join(', ')}.`);
  if (rollbackFailed.length > 0) parts.push(`Rollback failed: ${rollbackFailed.join(', ')}.`);
  if (destroyed.length > 0) parts.push(`Destroyed (not rolled back): ${destroyed.join(', ')}.`);
  if (parts.length === 0) parts.push(`The run ${statusText(run.status)}; no stack failed.`);
  return parts.join(' ');
}

function RunDetails(props: { run: RunDetail }) {
  const { run } = props;
  const spans = stackSpans(run);
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={5}>
        <InfoCard title="Run">
          <StructuredMetadataTable
            metadata={{
              status: <StatusLabel status={run.status} />,
              kind: run.kind,
              environment: run.env,
              commit: run.gitSha.slice(0, 12),
              actor: run.actor,
              trigger: run.trigger,
              started: formatTime(run.startedAt),
              duration: runDuration(run.startedAt, run.finishedAt),
            }}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={7}>
        <InfoCard title="Outcome">
          <Typography paragraph>{outcomeSummary(run, spans)}</Typography>
          {run.error ? (
            <Typography component="pre" variant="body2" style={{ whiteSpace: 'pre-wrap' }}>
              {run.error}
            </Typography>
          ) : null}
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="Timeline">
          {spans.length === 0 ? (
            <Typography>
              This run recorded no stack events: it stopped before any stack started, or nothing was affected.
            </Typography>
          ) : (
            <>
              <RunTimeline spans={spans} />
              <StackTable spans={spans} />
            </>
          )}
        </InfoCard>
      </Grid>
    </Grid>
  );
}

/** One run of the ledger: what it did, its stacks on a timeline, and terraform's errors. */
export function RunPage() {
  const { runId = '' } = useParams();
  const api = useApi(stratumApiRef);
  const root = useRouteRef(rootRouteRef);
  const state = useAsync(() => api.getRun(runId), [api, runId]);
  return (
    <>
      <Typography variant="h4" component="h2" gutterBottom>
        Run {runId}
      </Typography>
      <Typography paragraph>
        <Link to={`${root()}/deployments`}>Back to all deployments</Link>
      </Typography>
      <AsyncContent state={state} what={`run ${runId}`}>
        {(run) => <RunDetails run={run} />}
      </AsyncContent>
    </>
  );
}
