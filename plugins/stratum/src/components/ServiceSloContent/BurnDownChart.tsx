import { Typography } from '@material-ui/core';
import { useTheme } from '@material-ui/core/styles';
import type { ServiceSloResult } from '@stratum/plugin-stratum-common';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatTime, STATUS_COLORS, StatusLabel } from '../shared';
import { percent } from './sloText';

function tickTime(ms: number): string {
  return new Date(ms).toISOString().slice(5, 16).replace('T', ' ');
}

function summary(slo: ServiceSloResult): string {
  const last = slo.burnDown.points[slo.burnDown.points.length - 1]?.remaining ?? null;
  const left = last === null ? 'no data' : `${percent(last, 1)} left`;
  const deploys = slo.deploys.length === 1 ? '1 deploy' : `${slo.deploys.length} deploys`;
  return `Error budget of ${slo.displayName} over ${slo.window}, every ${slo.burnDown.step}: ${left}; ${deploys} marked`;
}

/**
 * The budget left from the window start (100%) to now, one point per step, with a vertical line at each deploy of
 * the service's projects; the deploys are listed under the chart too, so the markers are not the only way to read
 * them.
 */
export function BurnDownChart(props: { slo: ServiceSloResult }) {
  const { slo } = props;
  const theme = useTheme();
  const tick = { fill: theme.palette.text.primary, fontSize: 12 };
  const data = slo.burnDown.points.map((p) => ({
    at: Date.parse(p.at),
    remaining: p.remaining === null ? null : Math.round(p.remaining * 10_000) / 100,
  }));
  return (
    <figure style={{ margin: 0 }} aria-label={summary(slo)}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ left: 8, right: 16, top: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="at"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={tickTime}
            tick={tick}
          />
          <YAxis unit="%" tick={tick} domain={[(min: number) => Math.min(0, Math.floor(min)), 100]} />
          <Tooltip labelFormatter={(at: number) => formatTime(new Date(at).toISOString())} />
          <ReferenceLine y={0} stroke={STATUS_COLORS.breached} strokeDasharray="4 2" />
          {slo.deploys.map((d) => (
            <ReferenceLine
              key={d.runId}
              x={Date.parse(d.startedAt)}
              stroke={STATUS_COLORS[d.status]}
              strokeDasharray="2 2"
              label={{ value: d.kind === 'rollback' ? 'rollback' : 'deploy', position: 'top', fontSize: 10 }}
            />
          ))}
          <Line
            dataKey="remaining"
            name="error budget left (%)"
            stroke={theme.palette.primary.main}
            strokeWidth={2}
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
      <figcaption>
        {slo.deploys.length === 0 ? (
          <Typography variant="body2">No deploy of this service in the window.</Typography>
        ) : (
          <ul
            aria-label={`Deploys in the window of ${slo.displayName}`}
            style={{ margin: 0, paddingLeft: 20 }}
          >
            {slo.deploys.map((d) => (
              <li key={d.runId}>
                <Typography variant="body2" component="span">
                  {formatTime(d.startedAt)} {d.kind} to {d.env} of {d.projects.join(', ')} at{' '}
                  {d.gitSha.slice(0, 7)} by {d.actor}: <StatusLabel status={d.status} />
                </Typography>
              </li>
            ))}
          </ul>
        )}
      </figcaption>
    </figure>
  );
}
