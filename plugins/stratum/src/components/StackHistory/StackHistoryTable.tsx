import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@material-ui/core';
import type { StackHistoryEntry } from '@stratum/plugin-stratum-common';
import { runRouteRef } from '../../routes';
import { formatTime, StatusLabel } from '../shared';

/** Stack events, newest first: when, which stack, its status, the run (linked), commit and actor. */
export function StackHistoryTable(props: { entries: readonly StackHistoryEntry[]; caption: string }) {
  const runLink = useRouteRef(runRouteRef);
  return (
    <Table size="small" aria-label={props.caption}>
      <TableHead>
        <TableRow>
          <TableCell>When</TableCell>
          <TableCell>Stack</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Run</TableCell>
          <TableCell>Run status</TableCell>
          <TableCell>Commit</TableCell>
          <TableCell>Actor</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.entries.map((entry) => (
          <TableRow key={`${entry.runId}-${entry.seq}`}>
            <TableCell>{formatTime(entry.at)}</TableCell>
            <TableCell>{entry.stack}</TableCell>
            <TableCell>
              <StatusLabel status={entry.status} />
            </TableCell>
            <TableCell>
              <Link to={runLink({ runId: entry.runId })}>{entry.runId}</Link>
            </TableCell>
            <TableCell>
              <StatusLabel status={entry.runStatus} />
            </TableCell>
            <TableCell>{entry.gitSha.slice(0, 7)}</TableCell>
            <TableCell>{entry.actor}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
