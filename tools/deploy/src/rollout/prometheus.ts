import { BURN_ALERT } from '@stratum/slo';
import type { HealthCheck, HealthProblem } from './health';

export interface PrometheusBurnCheckOptions {
  /** Prometheus' base URL, e.g. `http://127.0.0.1:9090`. */
  readonly baseUrl: string;
  /** Services changed in this region: only their burn-rate alerts count. */
  readonly services: readonly string[];
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
}

interface PrometheusAlert {
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
  readonly state?: string;
}

/**
 * Unhealthy when Prometheus has a firing burn-rate alert (`stratum slo rules`: alertname SLOErrorBudgetBurn) of one
 * of the changed services. Pending alerts do not count; they fire or clear on Prometheus' own schedule.
 */
export class PrometheusBurnCheck implements HealthCheck {
  readonly name = 'prometheus-burn-rate';
  readonly description: string;

  constructor(private readonly o: PrometheusBurnCheckOptions) {
    this.description = `burn-rate alerts of ${o.services.join(', ')} in Prometheus`;
  }

  async check(signal?: AbortSignal): Promise<HealthProblem[]> {
    const url = new URL(
      'api/v1/alerts',
      this.o.baseUrl.endsWith('/') ? this.o.baseUrl : `${this.o.baseUrl}/`,
    );
    const response = await (this.o.fetch ?? fetch)(url, signal ? { signal } : {});
    const text = await response.text();
    let parsed: { status?: string; data?: { alerts?: PrometheusAlert[] } };
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch {
      parsed = {};
    }
    if (!response.ok || parsed.status !== 'success') {
      throw new Error(`Prometheus ${url.href} answered HTTP ${response.status}: ${text.slice(0, 300)}`);
    }
    const services = new Set(this.o.services);
    return (parsed.data?.alerts ?? [])
      .filter(
        (a) =>
          a.state === 'firing' && a.labels?.alertname === BURN_ALERT && services.has(a.labels.service ?? ''),
      )
      .map((a) => ({
        check: this.name,
        subject: `Prometheus alert ${BURN_ALERT}{service="${a.labels!.service}",slo="${a.labels!.slo ?? ''}",severity="${a.labels!.severity ?? ''}"}`,
        detail: `firing${a.annotations?.summary ? `: ${a.annotations.summary}` : ''}`,
      }));
  }
}
