import { EmptyState } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { Grid, Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { stratumApiRef } from '../../api';
import { createTemplateRouteRef } from '../../routes';
import { AsyncContent } from '../shared';
import { ServiceAdoptionCard } from './ServiceAdoptionCard';

/** Every service's adoption phase (1-4) with its evidence, and a button to the template of its next phase. */
export function AdoptionPage() {
  const api = useApi(stratumApiRef);
  const templateRoute = useRouteRef(createTemplateRouteRef);
  const state = useAsync(() => api.getAdoption(), [api]);
  return (
    <>
      <Typography variant="h4" component="h2" gutterBottom>
        Adoption
      </Typography>
      <Typography paragraph>
        Phase 1 is a service in the catalog, 2 its own infrastructure, 3 the shared services, 4 the
        foundation. A phase counts when its checks and every earlier phase&apos;s checks pass.
      </Typography>
      <AsyncContent
        state={state}
        what="the adoption report"
        isEmpty={(report) => report.services.length === 0}
        empty={
          <EmptyState
            missing="content"
            title="No services yet"
            description="Create one with the phase-1-service template (Create in the sidebar), or add services/<name>/catalog-info.yaml as the README's 'Add a service' says."
          />
        }
      >
        {(report) => (
          <Grid container spacing={2}>
            {report.services.map((service) => (
              <Grid item xs={12} md={6} key={service.service}>
                <ServiceAdoptionCard service={service} templateRoute={templateRoute} />
              </Grid>
            ))}
          </Grid>
        )}
      </AsyncContent>
    </>
  );
}
