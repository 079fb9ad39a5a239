import { InfoCard, WarningPanel } from '@backstage/core-components';
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@material-ui/core';
import type { OrphanReport } from '@stratum/plugin-stratum-common';

/** Projects without a resolvable owner (from the backend, with the reason and what to do) and workspace problems. */
export function OrphanCard(props: { report: OrphanReport }) {
  const { orphans, problems } = props.report;
  return (
    <>
      {problems.length > 0 ? (
        <WarningPanel title={`The workspace has ${problems.length} configuration problem(s)`} defaultExpanded>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </WarningPanel>
      ) : null}
      <InfoCard title="Stacks without an owner">
        {orphans.length === 0 ? (
          <Typography>Every stack has an owner.</Typography>
        ) : (
          <Table size="small" aria-label="Stacks without an owner">
            <TableHead>
              <TableRow>
                <TableCell>Project</TableCell>
                <TableCell>Layer</TableCell>
                <TableCell>Service</TableCell>
                <TableCell>Declared owner</TableCell>
                <TableCell>Why, and what to do</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {orphans.map((orphan) => (
                <TableRow key={orphan.name}>
                  <TableCell>{orphan.name}</TableCell>
                  <TableCell>{orphan.layer}</TableCell>
                  <TableCell>{orphan.service ?? 'shared'}</TableCell>
                  <TableCell>{orphan.declaredOwner ?? 'none'}</TableCell>
                  <TableCell>{orphan.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </InfoCard>
    </>
  );
}
