import { InfoCard } from '@backstage/core-components';
import { LinearProgress, Typography } from '@material-ui/core';
import type { ServiceSloResult } from '@stratum/plugin-stratum-common';
import { StatusLabel } from '../shared';
import { BurnDownChart } from './BurnDownChart';
import { budgetText, burnText, percent } from './sloText';

/** One service SLO: compliance, objective, status, budget left, burn rates, and the burn-down with deploys. */
export function SloBudgetCard(props: { slo: ServiceSloResult }) {
  const { slo } = props;
  const budget = slo.errorBudget.remaining;
  const id = `service-slo-budget-${slo.name}`;
  const compliance = slo.compliance === null ? 'no data' : percent(slo.compliance);
  return (
    <InfoCard title={slo.displayName} subheader={slo.description ?? slo.indicator}>
      <Typography variant="h5" component="p" aria-label={`${slo.displayName} compliance: ${compliance}`}>
        {compliance}
      </Typography>
      <Typography variant="body2">
        {`Objective: ${percent(slo.target)} of events good over ${slo.window}`}
      </Typography>
      <Typography variant="body2" component="div">
        Status: {slo.status === 'error' ? 'not measured' : <StatusLabel status={slo.status} />}
      </Typography>
      {slo.error ? (
        <Typography variant="body2" color="error" role="alert">
          {slo.error}
        </Typography>
      ) : null}
      <Typography variant="body2" id={id}>
        {`Error budget: ${budgetText(slo.errorBudget)}`}
      </Typography>
      {budget !== null ? (
        <LinearProgress
          variant="determinate"
          value={Math.max(0, Math.min(1, budget)) * 100}
          color={budget > 0 ? 'primary' : 'secondary'}
          aria-labelledby={id}
        />
      ) : null}
      <Typography variant="body2" title="1× spends the budget exactly in the window">
        {`Burn rate: ${burnText(slo.currentBurnRate)} over 1h (5m: ${burnText(slo.burnRates['5m'])}, 6h: ${burnText(slo.burnRates['6h'])})`}
      </Typography>
      {slo.status !== 'error' ? (
        <div style={{ marginTop: 16 }}>
          <BurnDownChart slo={slo} />
        </div>
      ) : null}
    </InfoCard>
  );
}
