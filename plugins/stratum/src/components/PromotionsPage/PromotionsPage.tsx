import { EmptyState, InfoCard, Table, type TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Grid, Typography } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import type { ApprovingState, PendingPromotion, PendingSha } from '@stratum/plugin-stratum-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { stratumApiRef } from '../../api';
import { AsyncContent, formatTime } from '../shared';
import { ApproveButton } from './ApproveButton';

function approvalsText(row: PendingSha): string {
  if (row.approvals.length === 0) return 'none yet';
  return row.approvals
    .map((a) => `${a.approver}${a.via === 'portal' ? ' (portal)' : ''}: ${a.counts ? 'counts' : a.reason}`)
    .join('; ');
}

function planText(row: PendingSha, env: string): string {
  if (!row.plan) return `not planned for ${env}`;
  const { monthlyDelta, riskScore, riskLevel } = row.plan;
  return `${monthlyDelta >= 0 ? '+' : '-'}$${Math.abs(monthlyDelta).toFixed(2)}/month · risk ${riskScore} (${riskLevel})`;
}

function EnvironmentCard(props: {
  readonly promotion: PendingPromotion;
  readonly approving: ApprovingState;
  readonly onApproved: () => void;
}) {
  const { promotion, approving, onApproved } = props;
  const api = useApi(stratumApiRef);
  const rule =
    promotion.required === 0
      ? 'needs no approvals'
      : `needs ${promotion.required} approval(s)${promotion.approvers.length ? ` from ${promotion.approvers.join(', ')}` : ''}`;
  const columns: TableColumn<PendingSha>[] = [
    { title: 'Commit', render: (r) => <code>{r.gitSha.slice(0, 12)}</code> },
    { title: `Succeeded in ${promotion.from}`, render: (r) => formatTime(r.succeededAt) },
    { title: 'Promotable now', render: (r) => (r.promotable ? 'yes' : 'no (not the last deploy)') },
    { title: 'Cost and risk', render: (r) => planText(r, promotion.env) },
    { title: 'Approvals', render: (r) => `${r.counted.length}/${promotion.required}` },
    { title: 'Signed approvals', render: approvalsText },
    {
      title: 'Approve',
      render: (r) =>
        promotion.required === 0 ? null : (
          <ApproveButton
            approving={approving}
            label={`${r.gitSha.slice(0, 12)} for ${promotion.env}`}
            onApprove={() => api.approvePromotion(promotion.env, r.gitSha)}
            onApproved={onApproved}
          />
        ),
    },
  ];
  return (
    <InfoCard title={`${promotion.from} → ${promotion.env}`} subheader={`${promotion.env} ${rule}`}>
      {promotion.pending.length === 0 ? (
        <Typography>
          Nothing to promote: {promotion.env} runs what last succeeded in {promotion.from}.
        </Typography>
      ) : (
        <Table
          options={{ paging: false, search: false, toolbar: false, sorting: false, padding: 'dense' }}
          columns={columns}
          data={[...promotion.pending]}
        />
      )}
    </InfoCard>
  );
}

/** Pending promotions of every gated environment, and approving them as the signed-in user. */
export function PromotionsPage() {
  const api = useApi(stratumApiRef);
  const state = useAsyncRetry(() => api.getPendingPromotions(), [api]);
  return (
    <>
      <Typography variant="h4" component="h2" gutterBottom>
        Pending promotions
      </Typography>
      <AsyncContent
        state={state}
        what="pending promotions from the Stratum backend"
        isEmpty={(body) => body.environments.length === 0}
        empty={
          <EmptyState
            missing="data"
            title="No gated environment"
            description="An environment whose file sets promotion.from (environments/*.yaml) takes changes only through `stratum promote`; its pending promotions show here."
          />
        }
      >
        {(body) => (
          <Grid container spacing={2}>
            <Grid item xs={12}>
              {body.approving.enabled ? (
                <Alert severity="info">
                  You approve as {body.approving.userEntityRef}; the portal signs it with its registered key.
                  `stratum promote` never counts the promoter&apos;s own approval.
                </Alert>
              ) : (
                <Alert severity="warning">You cannot approve here: {body.approving.reason}</Alert>
              )}
            </Grid>
            {body.environments.map((promotion) => (
              <Grid item xs={12} key={promotion.env}>
                <EnvironmentCard promotion={promotion} approving={body.approving} onApproved={state.retry} />
              </Grid>
            ))}
          </Grid>
        )}
      </AsyncContent>
    </>
  );
}
