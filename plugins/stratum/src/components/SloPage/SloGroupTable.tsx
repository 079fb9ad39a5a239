import { Table, TableBody, TableCell, TableHead, TableRow } from '@material-ui/core';
import type { SloGroup, SloGroupBy } from '@stratum/plugin-stratum-common';
import { StatusLabel } from '../shared';
import { sloValue } from './sloText';

const HEADINGS: Readonly<Record<SloGroupBy, string>> = { layer: 'Layer', owner: 'Owner', service: 'Service' };

/** Every SLO per layer, owner or service: one row per group, the value and its status in each cell. */
export function SloGroupTable(props: { groups: readonly SloGroup[]; groupBy: SloGroupBy }) {
  const { groups, groupBy } = props;
  const columns = groups[0]?.slos ?? [];
  return (
    <Table size="small" aria-label={`SLOs by ${groupBy}`}>
      <TableHead>
        <TableRow>
          <TableCell>{HEADINGS[groupBy]}</TableCell>
          {columns.map((slo) => (
            <TableCell key={slo.id}>{slo.name}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {groups.map((group) => (
          <TableRow key={group.key}>
            <TableCell component="th" scope="row">
              {group.key}
            </TableCell>
            {group.slos.map((slo) => (
              <TableCell key={slo.id}>
                {sloValue(slo, slo.value)}
                <br />
                <StatusLabel status={slo.status} />
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
