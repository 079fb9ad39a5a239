import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { BreakGlassRuns, PendingPromotions } from '@stratum/plugin-stratum-common';
import { mockStratumApi } from '../../testing/mockApi';
import { renderWithApis } from '../../testing/render';
import { BreakGlassBanner } from '../BreakGlassBanner';
import { PromotionsPage } from './PromotionsPage';

const SHA = 'e'.repeat(40);
const ADA = { enabled: true, userEntityRef: 'user:default/ada' } as const;
const GUEST = {
  enabled: false,
  userEntityRef: 'user:development/guest',
  reason: 'Signed in as guest (user:development/guest): guests cannot approve.',
} as const;

function pending(approving: PendingPromotions['approving'], counted: string[] = []): PendingPromotions {
  return {
    approving,
    environments: [
      {
        env: 'local-prod',
        from: 'local',
        required: 1,
        approvers: ['group:platform-team'],
        pending: [
          {
            gitSha: SHA,
            sourceRunId: '01JD0000000000000000000000',
            succeededAt: '2026-03-01T10:00:00.000Z',
            promotable: true,
            counted,
            plan: {
              monthlyDelta: 36.5,
              riskScore: 42,
              riskLevel: 'medium',
              plannedAt: '2026-03-01T09:00:00.000Z',
            },
            approvals: counted.map((approver) => ({
              approver,
              via: 'portal' as const,
              signedAt: '2026-03-01T11:00:00.000Z',
              counts: true,
            })),
          },
        ],
      },
    ],
  };
}

describe('PromotionsPage', () => {
  it('lists pending promotions with the approvals required, and approves as the signed-in user', async () => {
    let approved = false;
    const api = mockStratumApi({
      getPendingPromotions: async () => pending(ADA, approved ? ['ada'] : []),
      approvePromotion: async (env, gitSha) => {
        approved = true;
        return { approver: 'ada', env, gitSha, runId: null, signedAt: '2026-03-01T11:00:00.000Z' };
      },
    });
    await renderWithApis(<PromotionsPage />, api);
    expect(await screen.findByText('local → local-prod')).toBeInTheDocument();
    expect(screen.getByText('local-prod needs 1 approval(s) from group:platform-team')).toBeInTheDocument();
    expect(screen.getByText('0/1')).toBeInTheDocument();
    expect(screen.getByText('+$36.50/month · risk 42 (medium)')).toBeInTheDocument();
    expect(screen.getByText(/You approve as user:default\/ada/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: `Approve ${SHA.slice(0, 12)} for local-prod` }));
    await waitFor(() => expect(api.approvePromotion).toHaveBeenCalledWith('local-prod', SHA));
    expect(await screen.findByText('1/1')).toBeInTheDocument();
    expect(screen.getByText('ada (portal): counts')).toBeInTheDocument();
  });

  it('disables approving for guest sign-in and says why', async () => {
    await renderWithApis(
      <PromotionsPage />,
      mockStratumApi({ getPendingPromotions: async () => pending(GUEST) }),
    );
    expect(await screen.findByText(/You cannot approve here: Signed in as guest/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Approve / })).toBeDisabled();
  });
});

describe('BreakGlassBanner', () => {
  const runs = (waiting: boolean): BreakGlassRuns => ({
    approving: ADA,
    waiting: waiting
      ? [
          {
            runId: '01JD0000000000000000000009',
            env: 'prod',
            gitSha: SHA,
            actor: 'grace@laptop',
            reason: 'payments are down, hotfix',
            startedAt: '2026-03-01T10:00:00.000Z',
            approvedBy: [],
          },
        ]
      : [],
  });

  it('shows a waiting break-glass run until it is approved after the fact', async () => {
    let approved = false;
    const api = mockStratumApi({
      getBreakGlassRuns: async () => runs(!approved),
      approveBreakGlassRun: async (runId) => {
        approved = true;
        return { approver: 'ada', env: 'prod', gitSha: SHA, runId, signedAt: '2026-03-01T11:00:00.000Z' };
      },
    });
    await renderWithApis(<BreakGlassBanner />, api);
    expect(await screen.findByText(/Break-glass deploy to prod .* by grace@laptop/)).toBeInTheDocument();
    fireEvent.click(
      screen.getByRole('button', { name: 'Approve break-glass run 01JD0000000000000000000009' }),
    );
    await waitFor(() => expect(screen.queryByText(/Break-glass deploy to prod/)).not.toBeInTheDocument());
  });
});
