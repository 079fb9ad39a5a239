import { InfoCard, LinkButton } from '@backstage/core-components';
import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import type { AdoptionCheck, ServiceAdoption } from '@stratum/plugin-stratum-common';
import { StatusLabel } from '../shared';
import { nextPhaseLink, type TemplateRoute } from './templateLink';

const PHASE_NAMES: Record<number, string> = {
  0: 'not started',
  1: 'service',
  2: 'app infrastructure',
  3: 'shared services',
  4: 'foundation',
};

function CheckItem(props: { check: AdoptionCheck }) {
  const { check } = props;
  return (
    <ListItem dense disableGutters>
      <ListItemText
        primary={
          <>
            <span style={{ display: 'inline-block', minWidth: 72 }}>
              <StatusLabel status={check.status} />
            </span>
            Phase {check.phase}: {check.title}
          </>
        }
        secondary={check.detail}
        secondaryTypographyProps={{ style: { whiteSpace: 'normal', overflowWrap: 'anywhere' } }}
      />
    </ListItem>
  );
}

/** One service's adoption phase, the checks and evidence behind it, and the way to the next phase. */
export function ServiceAdoptionCard(props: { service: ServiceAdoption; templateRoute?: TemplateRoute }) {
  const { service, templateRoute } = props;
  const link = nextPhaseLink(service, templateRoute);
  const next = service.nextTemplate;
  return (
    <InfoCard title={service.service} subheader={`Component ${service.component}, owned by ${service.owner}`}>
      <Typography variant="h6" component="p">
        Phase {service.phase} of 4 ({PHASE_NAMES[service.phase]})
      </Typography>
      <List aria-label={`Adoption checks of ${service.service}`}>
        {service.checks.map((check) => (
          <CheckItem key={check.id} check={check} />
        ))}
      </List>
      {next === null ? <Typography>All four phases done.</Typography> : null}
      {next !== null && link ? (
        <LinkButton to={link} variant="contained" color="primary">
          Start phase {next.phase} with {next.name}
        </LinkButton>
      ) : null}
      {next !== null && !link ? (
        <Typography>
          Next: the {next.name} template (the portal links no scaffolder route, so open it from Create).
        </Typography>
      ) : null}
    </InfoCard>
  );
}
