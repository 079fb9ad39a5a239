import { useTheme } from '@material-ui/core/styles';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { STATUS_COLORS, statusText } from '../shared';
import { timelineRows, type StackSpan, type TimelineRow } from './timeline';

const ROW_HEIGHT = 36;

/** Legend entries: the outcome statuses a run's stacks end in. */
const LEGEND_STATUSES = [
  'succeeded',
  'failed',
  'skipped',
  'unchanged',
  'rolled_back',
  'rollback_failed',
  'destroyed',
] as const;

function tooltipText(value: number, name: string, entry: { payload?: TimelineRow }): [string, string] {
  const row = entry.payload;
  if (name === 'rollback') return [`${value.toFixed(1)}s`, `rollback (${statusText(row?.status ?? '')})`];
  return [`${value.toFixed(1)}s`, `deploy (${statusText(row?.deployStatus ?? '')})`];
}

/**
 * A Gantt chart of a run: one horizontal bar per stack from its first to its last event (seconds from the run's
 * start), coloured by status, with the rollback as a second bar in the rollback's colour. The table beside it says
 * the same in words.
 */
export function RunTimeline(props: { spans: readonly StackSpan[] }) {
  const theme = useTheme();
  const total = Math.max(...props.spans.map((s) => (s.rollback?.end ?? s.end) / 1000), 1);
  const rows = timelineRows(props.spans, total / 100);
  const height = rows.length * ROW_HEIGHT + 80;
  return (
    <figure
      style={{ margin: 0 }}
      aria-label={`Timeline of ${rows.length} stacks: ${rows
        .map((r) => `${r.label} ${statusText(r.status)}`)
        .join(', ')}`}
    >
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ left: 24, right: 24, bottom: 16 }}
          barCategoryGap={6}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, 'dataMax']}
            unit="s"
            tick={{ fill: theme.palette.text.primary }}
            label={{ value: 'seconds since the run started', position: 'insideBottom', offset: -4 }}
          />
          <YAxis type="category" dataKey="label" width={180} tick={{ fill: theme.palette.text.primary }} />
          <Tooltip formatter={tooltipText} />
          <Legend
            verticalAlign="top"
            formatter={(value: string) => <span style={{ color: theme.palette.text.primary }}>{value}</span>}
            payload={LEGEND_STATUSES.map((status) => ({
              value: statusText(status),
              type: 'square' as const,
              color: STATUS_COLORS[status],
              id: status,
            }))}
          />
          <Bar dataKey="offset" stackId="t" fill="transparent" isAnimationActive={false} legendType="none" />
          <Bar dataKey="deploy" stackId="t" isAnimationActive={false}>
            {rows.map((row) => (
              <Cell key={row.label} fill={STATUS_COLORS[row.deployStatus]} />
            ))}
          </Bar>
          <Bar dataKey="gap" stackId="t" fill="transparent" isAnimationActive={false} legendType="none" />
          <Bar dataKey="rollback" stackId="t" isAnimationActive={false}>
            {rows.map((row) => (
              <Cell key={row.label} fill={STATUS_COLORS[row.status]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
