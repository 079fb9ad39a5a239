import { MissingAnnotationEmptyState, useEntity } from '@backstage/plugin-catalog-react';
import { Grid } from '@material-ui/core';
import { ANNOTATION_PROJECT } from '@stratum/plugin-stratum-common';
import { EnvironmentSelect, StackHistory, useEnvironmentChoice } from '../StackHistory';
import { DependantsCard } from './DependantsCard';
import { DriftCard } from './DriftCard';

/** A Resource's (a Stratum project's) tab: its dependants, deploy history and last drift check per environment. */
export function EntityStratumResourceContent() {
  const { entity } = useEntity();
  const choice = useEnvironmentChoice();
  const project = entity.metadata.annotations?.[ANNOTATION_PROJECT];
  if (!project) return <MissingAnnotationEmptyState annotation={ANNOTATION_PROJECT} />;
  const { env } = choice;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12}>
        <EnvironmentSelect choice={choice} />
      </Grid>
      <Grid item xs={12} md={5}>
        <DependantsCard project={project} />
      </Grid>
      {env ? (
        <>
          <Grid item xs={12} md={7}>
            <DriftCard project={project} env={env} />
          </Grid>
          <Grid item xs={12}>
            <StackHistory projects={[project]} env={env} title={`Deploy history of ${project}`} />
          </Grid>
        </>
      ) : null}
    </Grid>
  );
}
