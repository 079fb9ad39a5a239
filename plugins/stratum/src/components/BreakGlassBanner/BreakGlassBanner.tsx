import { useApi } from '@backstage/core-plugin-api';
import { Box } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { stratumApiRef } from '../../api';
import { formatTime } from '../shared';
import { ApproveButton } from '../PromotionsPage/ApproveButton';

/**
 * One banner per break-glass run nobody has approved after the fact yet, with an Approve button (as the
 * signed-in user; never the run's own actor). Shows nothing while loading or when the backend cannot answer.
 */
export function BreakGlassBanner() {
  const api = useApi(stratumApiRef);
  const state = useAsyncRetry(() => api.getBreakGlassRuns(), [api]);
  const body = state.value;
  if (!body || body.waiting.length === 0) return null;
  return (
    <Box mb={2}>
      {body.waiting.map((run) => (
        <Alert
          key={run.runId}
          severity="error"
          action={
            <ApproveButton
              approving={body.approving}
              label={`break-glass run ${run.runId}`}
              onApprove={() => api.approveBreakGlassRun(run.runId)}
              onApproved={state.retry}
            />
          }
        >
          Break-glass deploy to {run.env} (run {run.runId}, {formatTime(run.startedAt)}) by {run.actor}:
          &quot;
          {run.reason}&quot;. Waiting for someone else to approve it after the fact
          {body.approving.enabled ? '' : ` (${body.approving.reason})`}.
        </Alert>
      ))}
    </Box>
  );
}
