import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@material-ui/core';
import type { Run } from '@stratum/plugin-stratum-common';
import { runRouteRef } from '../../routes';
import { formatTime, runDuration, StatusLabel } from '../shared';

/** Runs of the ledger, newest first, each linking to its run page. */
export function RunsTable(props: { runs: readonly Run[]; caption: string }) {
  const runLink = useRouteRef(runRouteRef);
  return (
    <Table size="small" aria-label={props.caption}>
      <TableHead>
        <TableRow>
          <TableCell>Run</TableCell>
          <TableCell>Kind</TableCell>
          <TableCell>Environment</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Started</TableCell>
          <TableCell>Duration</TableCell>
          <TableCell>Commit</TableCell>
          <TableCell>Actor</TableCell>
          <TableCell>Trigger</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.runs.map((run) => (
          <TableRow key={run.id}>
            <TableCell>
              <Link to={runLink({ runId: run.id })}>{run.id}</Link>
            </TableCell>
            <TableCell>{run.kind}</TableCell>
            <TableCell>{run.env}</TableCell>
            <TableCell>
              <StatusLabel status={run.status} />
            </TableCell>
            <TableCell>{formatTime(run.startedAt)}</TableCell>
            <TableCell>{runDuration(run.startedAt, run.finishedAt)}</TableCell>
            <TableCell>{run.gitSha.slice(0, 7)}</TableCell>
            <TableCell>{run.actor}</TableCell>
            <TableCell>{run.trigger}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
