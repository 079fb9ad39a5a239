import { InfoCard, Table, type TableColumn } from '@backstage/core-components';
import type { ComplianceFindingView, ComplianceOwnerFindings } from '@stratum/plugin-stratum-common';

const COLUMNS: TableColumn<ComplianceFindingView>[] = [
  { title: 'Stack', field: 'stack' },
  { title: 'Service', render: (f) => f.service ?? '—' },
  {
    title: 'Resource',
    render: (f) => (
      <>
        <code>{f.resourceAddress}</code>
        {f.resourceId ? <div>{f.resourceId}</div> : null}
      </>
    ),
  },
  { title: 'Rule', render: (f) => `${f.rule}${f.checkov ? ` (${f.checkov})` : ''}` },
  { title: 'Severity', field: 'severity' },
  { title: 'Finding', field: 'message' },
];

/** One owner group's compliance findings. */
export function OwnerFindingsCard({ owner }: { readonly owner: ComplianceOwnerFindings }) {
  return (
    <InfoCard
      title={`@${owner.owner}`}
      subheader={`${owner.findings.length} finding(s) on deployed resources`}
    >
      <Table<ComplianceFindingView>
        options={{ paging: false, search: false, toolbar: false, padding: 'dense' }}
        columns={COLUMNS}
        data={owner.findings.map((f) => ({ ...f }))}
      />
    </InfoCard>
  );
}
