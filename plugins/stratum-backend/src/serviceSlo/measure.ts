import {
  SERVICE_BURN_WINDOWS,
  type ServiceBurnWindow,
  type ServiceSloDeploy,
  type ServiceSloResult,
} from '@stratum/plugin-stratum-common';
import {
  burnRate,
  errorBudget,
  errorRatioQuery,
  formatSeconds,
  remainingErrorBudget,
  renderQuery,
  type ServiceSlo,
} from '@stratum/slo';
import { PrometheusQueryError, type PrometheusApi } from '../prometheus/client';
import { burnDown, burnDownStep, pointsByTime } from './burnDown';

/** The error ratio of the SLI over `window` at `at`: null without events (0/0) or without a series. */
async function errorRatio(
  prometheus: PrometheusApi,
  slo: ServiceSlo,
  window: string,
  at: number,
): Promise<number | null> {
  const query = errorRatioQuery(slo.indicator, window);
  const samples = (await prometheus.query(query, at)).filter((s) => Number.isFinite(s.value));
  if (samples.length > 1) {
    throw new PrometheusQueryError(
      query,
      `answers ${samples.length} series; the SLI's queries of ${slo.file} must aggregate to one, e.g. sum(rate(...))`,
    );
  }
  return samples[0]?.value ?? null;
}

/** The burn-down: bad and total events per step from two range queries, summed from the window start. */
async function burnDownOf(prometheus: PrometheusApi, slo: ServiceSlo, end: number) {
  const stepSeconds = burnDownStep(slo.window.seconds);
  const step = formatSeconds(stepSeconds);
  const start = end - Math.ceil(slo.window.seconds / stepSeconds) * stepSeconds * 1000;
  const range = (query: string) =>
    prometheus.queryRange(renderQuery(query, step), start, end, stepSeconds).then(pointsByTime);
  const { good, bad, total } = slo.indicator;
  const [side, totalRate] = await Promise.all([range(bad ?? good!), range(total)]);
  const badRate =
    bad !== undefined
      ? side
      : new Map([...totalRate].map(([at, value]) => [at, Math.max(0, value - (side.get(at) ?? 0))]));
  return { step, points: burnDown({ start, end, stepSeconds, target: slo.target, badRate, totalRate }) };
}

/**
 * Measures one SLO at `at` (ms): compliance and budget over the window, burn rates over 5m/1h/6h and the burn-down
 * from Prometheus, with the deploys already read from the ledger. A query Prometheus rejects makes the result's
 * `error`; an unreachable Prometheus throws.
 */
export async function measureSlo(
  prometheus: PrometheusApi,
  slo: ServiceSlo,
  at: number,
  deploys: readonly ServiceSloDeploy[],
): Promise<ServiceSloResult> {
  const allowed = errorBudget(slo.target);
  const windowStart = at - slo.window.seconds * 1000;
  const base = {
    name: slo.name,
    displayName: slo.displayName,
    description: slo.description ?? null,
    indicator: slo.indicator.displayName,
    target: slo.target,
    window: slo.window.text,
    windowStart: new Date(windowStart).toISOString(),
    deploys: deploys.filter((d) => Date.parse(d.startedAt) >= windowStart),
  };
  const totalMinutes = (allowed * slo.window.seconds) / 60;
  try {
    const [windowRatio, burnDownSeries, ...short] = await Promise.all([
      errorRatio(prometheus, slo, slo.window.text, at),
      burnDownOf(prometheus, slo, at),
      ...SERVICE_BURN_WINDOWS.map((w) => errorRatio(prometheus, slo, w, at)),
    ]);
    const remaining = windowRatio === null ? null : remainingErrorBudget(windowRatio, slo.target);
    const burnRates = Object.fromEntries(
      SERVICE_BURN_WINDOWS.map((w, i) => {
        const ratio = short[i] as number | null;
        return [w, ratio === null ? null : burnRate(ratio, slo.target)];
      }),
    ) as Record<ServiceBurnWindow, number | null>;
    return {
      ...base,
      status: windowRatio === null ? 'no_data' : windowRatio > allowed ? 'breached' : 'met',
      compliance: windowRatio === null ? null : 1 - windowRatio,
      errorBudget: {
        allowedRatio: allowed,
        totalMinutes,
        remaining,
        remainingMinutes: remaining === null ? null : remaining * totalMinutes,
      },
      burnRates,
      currentBurnRate: burnRates['1h'],
      burnDown: burnDownSeries,
      error: null,
    };
  } catch (error) {
    if (!(error instanceof PrometheusQueryError)) throw error;
    return {
      ...base,
      status: 'error',
      compliance: null,
      errorBudget: { allowedRatio: allowed, totalMinutes, remaining: null, remainingMinutes: null },
      burnRates: { '5m': null, '1h': null, '6h': null },
      currentBurnRate: null,
      burnDown: { step: formatSeconds(burnDownStep(slo.window.seconds)), points: [] },
      error: `${slo.file}: SLO "${slo.name}": ${error.message}`,
    };
  }
}
