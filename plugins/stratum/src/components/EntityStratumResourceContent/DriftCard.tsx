import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@material-ui/core';
import type { ProjectDriftCheck } from '@stratum/plugin-stratum-common';
import useAsync from 'react-use/esm/useAsync';
import { stratumApiRef } from '../../api';
import { AsyncContent, formatTime, StatusLabel, type AnyStatus } from '../shared';

const RESULT_STATUS: Record<ProjectDriftCheck['result'], AnyStatus> = {
  clean: 'succeeded',
  drifted: 'failed',
  error: 'rollback_failed',
  running: 'running',
};

function Check(props: { check: ProjectDriftCheck }) {
  const { check } = props;
  return (
    <>
      <Typography component="div">
        <StatusLabel status={RESULT_STATUS[check.result]} /> {check.result === 'clean' ? 'No drift' : null}
        {check.result === 'drifted' ? `Drift found on ${check.findings.length} attribute(s)` : null}
        {check.result === 'error' ? 'The check failed on this project' : null}
        {check.result === 'running' ? 'A check is running' : null}
      </Typography>
      <Typography variant="body2" paragraph>
        Checked {formatTime(check.startedAt)} by run {check.runId}.
      </Typography>
      {check.error ? (
        <Typography component="pre" variant="body2" style={{ whiteSpace: 'pre-wrap' }}>
          {check.error}
        </Typography>
      ) : null}
      {check.findings.length > 0 ? (
        <Table size="small" aria-label="Drift findings">
          <TableHead>
            <TableRow>
              <TableCell>Resource</TableCell>
              <TableCell>Attribute</TableCell>
              <TableCell>Expected</TableCell>
              <TableCell>Found</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {check.findings.map((f) => (
              <TableRow key={`${f.stack}-${f.resourceAddress}-${f.attribute}`}>
                <TableCell>{f.resourceAddress}</TableCell>
                <TableCell>{f.attribute}</TableCell>
                <TableCell>{f.expected ?? 'unknown'}</TableCell>
                <TableCell>{f.actual ?? 'unknown'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </>
  );
}

/** The last drift check of an environment as it concerns one project. */
export function DriftCard(props: { project: string; env: string }) {
  const { project, env } = props;
  const api = useApi(stratumApiRef);
  const state = useAsync(() => api.getProjectDrift(project, env), [api, project, env]);
  return (
    <InfoCard title={`Last drift check in ${env}`}>
      <AsyncContent state={state} what={`the last drift check of ${project} in ${env}`}>
        {(drift) =>
          drift.lastCheck ? (
            <Check check={drift.lastCheck} />
          ) : (
            <Typography>
              No drift check ran in {env} yet. Run `npx stratum drift --env {env}` to compare the deployed
              stacks with the cloud.
            </Typography>
          )
        }
      </AsyncContent>
    </InfoCard>
  );
}
