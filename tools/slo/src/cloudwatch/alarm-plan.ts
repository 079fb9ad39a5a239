import { alertConditions, burnRateThreshold } from '../budget';
import type { SloAlarmObjective, SloBurnWindow } from '@stratum/constructs';
import type { ServiceSlo } from '../types';

/**
 * The plan is the monitoring layer's `SloAlarms` input, as plain data (the construct library does not read slo.yaml
 * itself); its types are the construct's, imported as types only so no CDKTF code loads here.
 */
export type { SloAlarmObjective, SloBurnWindow };

/** The CloudWatch alarm plan of each SLO: one entry per burn-rate condition (the workbook's four by default). */
export function cloudWatchAlarmPlan(slos: readonly ServiceSlo[]): SloAlarmObjective[] {
  return slos.map((slo) => ({
    name: slo.name,
    displayName: slo.displayName,
    indicator: slo.indicator.name,
    target: slo.target,
    windows: alertConditions(slo).map((c) => ({
      key: c.name,
      severity: c.severity,
      burnRate: c.burnRate,
      errorRatioThreshold: burnRateThreshold(c.burnRate, slo.target),
      inclusive: c.op === 'gte',
      longWindowSeconds: c.longWindow.seconds,
      shortWindowSeconds: c.shortWindow.seconds,
    })),
  }));
}
