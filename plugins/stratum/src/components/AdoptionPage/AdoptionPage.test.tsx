import { screen, within } from '@testing-library/react';
import { serviceAdoption } from '../../testing/adoption';
import { failure, mockStratumApi, never } from '../../testing/mockApi';
import { renderWithApis } from '../../testing/render';
import { AdoptionPage } from './AdoptionPage';
import { nextPhaseLink } from './templateLink';

describe('AdoptionPage', () => {
  it('shows progress while the report loads', async () => {
    await renderWithApis(<AdoptionPage />, mockStratumApi({ getAdoption: never }));
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('names what failed to load', async () => {
    const api = mockStratumApi({ getAdoption: async () => Promise.reject(failure('ledger unreachable')) });
    await renderWithApis(<AdoptionPage />, api);
    expect(await screen.findByText('Error: Could not load the adoption report')).toBeInTheDocument();
  });

  it('tells a newcomer how to add a first service', async () => {
    await renderWithApis(<AdoptionPage />, mockStratumApi({ getAdoption: async () => ({ services: [] }) }));
    expect(await screen.findByText('No services yet')).toBeInTheDocument();
    expect(screen.getByText(/Create one with the phase-1-service template/)).toBeInTheDocument();
  });

  it('shows each phase with its evidence and links the next phase template with the service prefilled', async () => {
    const api = mockStratumApi({
      getAdoption: async () => ({
        services: [
          serviceAdoption(),
          serviceAdoption({
            service: 'orders',
            component: 'orders-service',
            owner: 'orders-team',
            phase: 4,
            checks: [],
            nextTemplate: null,
          }),
        ],
      }),
    });
    await renderWithApis(<AdoptionPage />, api);
    expect(await screen.findByText('Phase 1 of 4 (service)')).toBeInTheDocument();
    const checks = screen.getByRole('list', { name: 'Adoption checks of payments' });
    expect(within(checks).getByText('pass')).toBeInTheDocument();
    expect(within(checks).getByText(/Phase 2: Application deployed/)).toBeInTheDocument();
    expect(within(checks).getByText('fail')).toBeInTheDocument();
    expect(
      within(checks).getByText(/run npx stratum deploy --env dev --projects payments-app/),
    ).toBeInTheDocument();

    const button = screen.getByRole('button', { name: 'Start phase 2 with phase-2-app-infrastructure' });
    const formData = encodeURIComponent(JSON.stringify({ service: 'component:default/payments' }));
    expect(button).toHaveAttribute(
      'href',
      `/create/templates/default/phase-2-app-infrastructure?formData=${formData}`,
    );

    expect(screen.getByText('Phase 4 of 4 (foundation)')).toBeInTheDocument();
    expect(screen.getByText('All four phases done.')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Start phase/ })).toHaveLength(1);
  });
});

describe('nextPhaseLink', () => {
  const route = ({ namespace, templateName }: { namespace: string; templateName: string }) =>
    `/create/templates/${namespace}/${templateName}`;

  it('builds the template path and the formData from the component name', () => {
    const service = serviceAdoption({
      component: 'orders-service',
      nextTemplate: {
        name: 'phase-3-shared-services',
        ref: 'template:default/phase-3-shared-services',
        phase: 3,
      },
    });
    expect(nextPhaseLink(service, route)).toBe(
      '/create/templates/default/phase-3-shared-services?formData=%7B%22service%22%3A%22component%3Adefault%2Forders-service%22%7D',
    );
  });

  it('gives no link at phase 4 or when the app binds no scaffolder route', () => {
    expect(nextPhaseLink(serviceAdoption({ phase: 4, nextTemplate: null }), route)).toBeUndefined();
    expect(nextPhaseLink(serviceAdoption(), undefined)).toBeUndefined();
  });
});
