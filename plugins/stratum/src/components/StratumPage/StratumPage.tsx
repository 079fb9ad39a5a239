import { Header, Page, TabbedLayout } from '@backstage/core-components';
import { Route, Routes } from 'react-router-dom';
import { AdoptionPage } from '../AdoptionPage';
import { BreakGlassBanner } from '../BreakGlassBanner';
import { CompliancePage } from '../CompliancePage';
import { DeploymentsPage } from '../DeploymentsPage';
import { ImpactPage } from '../ImpactPage';
import { OwnershipPage } from '../OwnershipPage';
import { PromotionsPage } from '../PromotionsPage';
import { RunPage } from '../RunPage';
import { SloPage } from '../SloPage';

/** The Deployments tab: the runs table, and one run's page under it. */
function DeploymentsRoutes() {
  return (
    <Routes>
      <Route path="/" element={<DeploymentsPage />} />
      <Route path=":runId" element={<RunPage />} />
    </Routes>
  );
}

/** The Stratum page: a header and one tab per view; Deployments is the default. */
export function StratumPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Stratum"
        subtitle="Deployments, ownership, platform SLOs, adoption, compliance and change impact of the Stratum workspace"
      />
      <BreakGlassBanner />
      <TabbedLayout>
        <TabbedLayout.Route path="/deployments" title="Deployments">
          <DeploymentsRoutes />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/promotions" title="Promotions">
          <PromotionsPage />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/ownership" title="Ownership">
          <OwnershipPage />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/slos" title="Platform SLOs">
          <SloPage />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/adoption" title="Adoption">
          <AdoptionPage />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/compliance" title="Compliance">
          <CompliancePage />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/impact" title="Impact">
          <ImpactPage />
        </TabbedLayout.Route>
      </TabbedLayout>
    </Page>
  );
}
