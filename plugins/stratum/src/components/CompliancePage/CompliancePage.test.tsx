import { screen, within } from '@testing-library/react';
import type { ComplianceReport } from '@stratum/plugin-stratum-common';
import { failure, mockStratumApi, never } from '../../testing/mockApi';
import { renderWithApis } from '../../testing/render';
import { CompliancePage } from './CompliancePage';

const RUNS = async () => ({
  runs: [{ env: 'prod' }, { env: 'local' }] as never,
  nextCursor: null,
});

const REPORT: ComplianceReport = {
  env: 'local',
  lastCheck: {
    runId: '01JD0000000000000000000000',
    startedAt: '2026-03-01T10:00:00.000Z',
    finishedAt: '2026-03-01T10:01:00.000Z',
    runStatus: 'failed',
    error: '1 compliance finding(s)',
  },
  owners: [
    {
      owner: 'platform-team',
      findings: [
        {
          project: 'platform',
          stack: 'platform-us-east-1',
          service: null,
          rule: 'STRAT-SG-001',
          checkov: 'CKV_AWS_24',
          severity: 'high',
          resourceAddress: 'aws_security_group.platform_alb-sg',
          resourceId: 'sg-0abc',
          message: 'ingress allows SSH (port 22) from anywhere (0.0.0.0/0 or ::/0)',
        },
      ],
    },
  ],
};

describe('CompliancePage', () => {
  it('shows progress while the findings load', async () => {
    await renderWithApis(<CompliancePage />, mockStratumApi({ listRuns: RUNS, getCompliance: never }));
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('lists the findings of the local environment by owner, naming the resource and its id', async () => {
    const api = mockStratumApi({ listRuns: RUNS, getCompliance: async () => REPORT });
    await renderWithApis(<CompliancePage />, api);
    const card = (await screen.findByText('@platform-team')).closest('.MuiCard-root') as HTMLElement;
    expect(within(card).getByText('aws_security_group.platform_alb-sg')).toBeInTheDocument();
    expect(within(card).getByText('sg-0abc')).toBeInTheDocument();
    expect(within(card).getByText('STRAT-SG-001 (CKV_AWS_24)')).toBeInTheDocument();
    expect(screen.getByText(/1 finding\(s\) for 1 owner group\(s\)/)).toBeInTheDocument();
    expect(api.getCompliance).toHaveBeenCalledWith('local');
  });

  it('tells a newcomer how to run the first check', async () => {
    const api = mockStratumApi({
      listRuns: RUNS,
      getCompliance: async () => ({ env: 'local', lastCheck: null, owners: [] }),
    });
    await renderWithApis(<CompliancePage />, api);
    expect(await screen.findByText('No compliance check of local yet')).toBeInTheDocument();
    expect(screen.getByText(/npx stratum compliance --env local/)).toBeInTheDocument();
  });

  it('names what failed', async () => {
    const api = mockStratumApi({
      listRuns: RUNS,
      getCompliance: async () => Promise.reject(failure('ledger away')),
    });
    await renderWithApis(<CompliancePage />, api);
    expect(
      await screen.findByText('Error: Could not load compliance findings from the Stratum backend'),
    ).toBeInTheDocument();
  });

  it('says what to do on an empty ledger', async () => {
    const api = mockStratumApi({ listRuns: async () => ({ runs: [], nextCursor: null }) });
    await renderWithApis(<CompliancePage />, api);
    expect(await screen.findByText('No environment in the ledger yet')).toBeInTheDocument();
  });
});
