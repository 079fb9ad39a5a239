import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@material-ui/core';
import { formatMs, StatusLabel } from '../shared';
import type { StackSpan } from './timeline';

function planText(plan: StackSpan['plan']): string {
  if (!plan) return '';
  return `+${plan.adds} ~${plan.changes} -${plan.destroys}`;
}

/** The run's stacks in words: status, timing, plan and terraform's error text for a failed stack. */
export function StackTable(props: { spans: readonly StackSpan[] }) {
  return (
    <Table size="small" aria-label="Stacks of this run">
      <TableHead>
        <TableRow>
          <TableCell>Stack</TableCell>
          <TableCell>Layer</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Started after</TableCell>
          <TableCell>Took</TableCell>
          <TableCell>Plan</TableCell>
          <TableCell>Error</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.spans.map((span) => (
          <TableRow key={span.label}>
            <TableCell>{span.label}</TableCell>
            <TableCell>{span.layer}</TableCell>
            <TableCell>
              <StatusLabel status={span.status} />
              {span.rollback ? (
                <Typography variant="caption" display="block">
                  after {span.deployStatus}, rollback took {formatMs(span.rollback.end - span.rollback.start)}
                </Typography>
              ) : null}
            </TableCell>
            <TableCell>{formatMs(span.start)}</TableCell>
            <TableCell>{formatMs(span.end - span.start)}</TableCell>
            <TableCell>{planText(span.plan)}</TableCell>
            <TableCell>
              {span.error ? (
                <Typography component="pre" variant="body2" style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                  {span.error}
                </Typography>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
