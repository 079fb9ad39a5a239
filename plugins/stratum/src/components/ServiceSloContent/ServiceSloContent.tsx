import { EmptyState } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Grid, Typography } from '@material-ui/core';
import { ANNOTATION_SERVICE, type ServiceSloReport } from '@stratum/plugin-stratum-common';
import useAsync from 'react-use/esm/useAsync';
import { stratumApiRef } from '../../api';
import { AsyncContent, formatTime } from '../shared';
import { SloBudgetCard } from './SloBudgetCard';

/** True for the backend's 404 (no such service, or no slo.yaml), as the client's ResponseError carries it. */
function isNotFound(error: Error): boolean {
  return (error as { statusCode?: number }).statusCode === 404;
}

/** The backend's own message (a ResponseError's cause), else the error's. */
function backendMessage(error: Error): string {
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? cause.message : error.message;
}

function NoSlos(props: { service: string; message: string }) {
  return (
    <EmptyState
      missing="content"
      title={`No SLOs for ${props.service} yet`}
      description={
        <>
          <Typography paragraph>
            Create services/{props.service}/slo.yaml with the service's SLOs in OpenSLO v1: a kind: SLO
            document with a target, a window and a ratioMetric SLI of Prometheus queries
            (services/payments/slo.yaml is an example). Its alerts are generated with the monitoring stack and
            its budget shows here.
          </Typography>
          <Typography variant="body2">The backend said: {props.message}</Typography>
        </>
      }
    />
  );
}

function Report(props: { report: ServiceSloReport }) {
  const { report } = props;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12}>
        <Typography variant="body2">
          {report.file}, measured by {report.prometheusUrl} at {formatTime(report.evaluatedAt)}
          {report.env ? `; deploys to ${report.env}` : ''}.
        </Typography>
      </Grid>
      {report.slos.map((slo) => (
        <Grid item xs={12} lg={6} key={slo.name}>
          <SloBudgetCard slo={slo} />
        </Grid>
      ))}
    </Grid>
  );
}

/** The live error budgets of one service's SLOs (services/<service>/slo.yaml), from Prometheus via the backend. */
export function ServiceSloContent(props: { service: string }) {
  const { service } = props;
  const api = useApi(stratumApiRef);
  const state = useAsync(() => api.getServiceSlos(service), [api, service]);
  if (state.error && isNotFound(state.error))
    return <NoSlos service={service} message={backendMessage(state.error)} />;
  return (
    <AsyncContent state={state} what={`the SLOs of ${service}`}>
      {(report) => <Report report={report} />}
    </AsyncContent>
  );
}

/** A Component's SLOs tab: the service is its `stratum.dev/service` annotation, else its name. */
export function EntityServiceSloContent() {
  const { entity } = useEntity();
  const service = entity.metadata.annotations?.[ANNOTATION_SERVICE] ?? entity.metadata.name;
  return <ServiceSloContent service={service} />;
}
