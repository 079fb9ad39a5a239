import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Typography } from '@material-ui/core';
import { useTheme } from '@material-ui/core/styles';
import type { SloTrend } from '@stratum/plugin-stratum-common';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import useAsync from 'react-use/esm/useAsync';
import { stratumApiRef } from '../../api';
import { AsyncContent, STATUS_COLORS } from '../shared';

function summary(trend: SloTrend): string {
  const sum = (pick: (p: SloTrend['points'][number]) => number) =>
    trend.points.reduce((total, p) => total + pick(p), 0);
  return `${sum((p) => p.deploys)} deploys, ${sum((p) => p.succeeded)} succeeded, ${sum((p) => p.rolledBack)} rolled back`;
}

function TrendChart(props: { trend: SloTrend; env: string }) {
  const theme = useTheme();
  const data = props.trend.points.map((p) => ({
    day: p.start.slice(0, 10),
    deploys: p.deploys,
    successRate: p.successRate === null ? null : Math.round(p.successRate * 1000) / 10,
    changeFailureRate: p.changeFailureRate === null ? null : Math.round(p.changeFailureRate * 1000) / 10,
  }));
  const tick = { fill: theme.palette.text.primary };
  return (
    <figure
      style={{ margin: 0 }}
      aria-label={`Deploy outcomes in ${props.env} per ${props.trend.bucket} over ${props.trend.window}: ${summary(props.trend)}`}
    >
      <ResponsiveContainer width="100%" height={280}>
        <ComposedChart data={data} margin={{ left: 8, right: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" tick={tick} />
          <YAxis yAxisId="rate" domain={[0, 100]} unit="%" tick={tick} />
          <YAxis yAxisId="count" orientation="right" allowDecimals={false} tick={tick} />
          <Tooltip />
          <Legend
            formatter={(value: string) => <span style={{ color: theme.palette.text.primary }}>{value}</span>}
          />
          <Bar yAxisId="count" dataKey="deploys" name="deploys" fill="#90a4ae" isAnimationActive={false} />
          <Line
            yAxisId="rate"
            dataKey="successRate"
            name="success rate (%)"
            stroke={STATUS_COLORS.succeeded}
            strokeWidth={2}
            connectNulls
            isAnimationActive={false}
          />
          <Line
            yAxisId="rate"
            dataKey="changeFailureRate"
            name="change failure rate (%)"
            stroke={STATUS_COLORS.rolled_back}
            strokeDasharray="5 3"
            strokeWidth={2}
            connectNulls
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** Deploy outcomes of one environment per bucket: deploys as bars, success and change failure rates as lines. */
export function SloTrendChart(props: { env: string; window?: string }) {
  const { env, window } = props;
  const api = useApi(stratumApiRef);
  const state = useAsync(() => api.getSloTrend({ env, window, bucket: '1d' }), [api, env, window]);
  return (
    <InfoCard title={`Trend in ${env}`}>
      <AsyncContent
        state={state}
        what={`the trend of ${env}`}
        isEmpty={(trend) => trend.points.every((p) => p.deploys === 0)}
        empty={<Typography>No finished deploy in {env} in this window.</Typography>}
      >
        {(trend) => <TrendChart trend={trend} env={env} />}
      </AsyncContent>
    </InfoCard>
  );
}
