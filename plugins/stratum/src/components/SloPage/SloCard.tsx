import { InfoCard } from '@backstage/core-components';
import { LinearProgress, Typography } from '@material-ui/core';
import type { SloResult } from '@stratum/plugin-stratum-common';
import { StatusLabel } from '../shared';
import { budgetText, objectiveText, sloValue } from './sloText';

/** One platform SLO: measured value, objective, status in words and the remaining error budget. */
export function SloCard(props: { slo: SloResult }) {
  const { slo } = props;
  const budget = slo.remainingErrorBudget;
  return (
    <InfoCard title={slo.name} subheader={slo.description}>
      <Typography variant="h5" component="p" aria-label={`${slo.name}: ${sloValue(slo, slo.value)}`}>
        {sloValue(slo, slo.value)}
      </Typography>
      <Typography variant="body2">Objective: {objectiveText(slo)}</Typography>
      <Typography variant="body2" component="div">
        Status: <StatusLabel status={slo.status} />
      </Typography>
      {slo.unit === 'ms' && slo.p50 !== null ? (
        <Typography variant="body2">
          p50 {sloValue(slo, slo.p50)}, p90 {sloValue(slo, slo.p90)}
        </Typography>
      ) : null}
      <Typography variant="body2">
        Samples: {slo.samples}, spending budget: {slo.bad}
      </Typography>
      <Typography variant="body2" id={`budget-${slo.id}`}>
        Error budget: {budgetText(budget)}
      </Typography>
      {budget !== null ? (
        <LinearProgress
          variant="determinate"
          value={Math.max(0, Math.min(1, budget)) * 100}
          color={budget > 0 ? 'primary' : 'secondary'}
          aria-labelledby={`budget-${slo.id}`}
        />
      ) : null}
    </InfoCard>
  );
}
