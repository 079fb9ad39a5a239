import { Table, TableBody, TableCell, TableHead, TableRow } from '@material-ui/core';
import type { DoraMetrics, DoraReport } from '@stratum/plugin-stratum-common';
import { formatMs, formatPercent } from '../shared';

export type DoraGroupBy = 'service' | 'owner';

/** `4 (0.13/day)`: successful deploys in the window and per day. */
function frequency(row: DoraMetrics): string {
  return `${row.deploys} (${row.deploysPerDay.toFixed(2)}/day)`;
}

function leadTime(row: DoraMetrics): string {
  const { p50, p90, samples } = row.leadTime;
  if (samples === 0 || p50 === null || p90 === null) return 'no data';
  return `p50 ${formatMs(p50)}, p90 ${formatMs(p90)} (${samples})`;
}

function failureRate(row: DoraMetrics): string {
  if (row.changeFailureRate === null) return 'no data';
  return `${formatPercent(row.changeFailureRate)} of ${row.finished}`;
}

function mttr(row: DoraMetrics): string {
  if (row.mttr === null) return row.incidents > 0 ? `${row.incidents} open` : 'no data';
  return `${formatMs(row.mttr)} (${row.recovered} of ${row.incidents})`;
}

function Row(props: { row: DoraMetrics; name: string }) {
  const { row, name } = props;
  return (
    <TableRow>
      <TableCell component="th" scope="row">
        {name}
      </TableCell>
      <TableCell>{frequency(row)}</TableCell>
      <TableCell>{leadTime(row)}</TableCell>
      <TableCell>{failureRate(row)}</TableCell>
      <TableCell>{mttr(row)}</TableCell>
    </TableRow>
  );
}

/** The four DORA keys: every environment's overall row first, then one row per service or owner group. */
export function DoraTable(props: { dora: DoraReport; groupBy: DoraGroupBy }) {
  const { dora, groupBy } = props;
  return (
    <Table size="small" aria-label={`DORA keys by ${groupBy}`}>
      <TableHead>
        <TableRow>
          <TableCell>{groupBy === 'service' ? 'Service' : 'Owner'}</TableCell>
          <TableCell>Deployment frequency</TableCell>
          <TableCell>Lead time for changes</TableCell>
          <TableCell>Change failure rate</TableCell>
          <TableCell>Time to restore (mean)</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        <Row row={dora.overall} name="All" />
        {dora.groups.map((row) => (
          <Row key={row.key} row={row} name={row.key} />
        ))}
      </TableBody>
    </Table>
  );
}
