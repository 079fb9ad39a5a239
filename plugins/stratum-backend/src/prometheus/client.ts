import { z } from 'zod';

/** Prometheus could not be reached (connection refused, timeout, not an API answer). */
export class PrometheusUnreachableError extends Error {
  constructor(baseUrl: string, cause: string) {
    super(
      `Prometheus at ${baseUrl} is unreachable (${cause}); start it or set stratum.prometheus.baseUrl in the app config.`,
    );
    this.name = 'PrometheusUnreachableError';
  }
}

/** Prometheus answered, but refused the query (bad PromQL, bad parameters). */
export class PrometheusQueryError extends Error {
  constructor(
    readonly query: string,
    readonly reason: string,
  ) {
    super(`Prometheus rejected the query ${JSON.stringify(query)}: ${reason}`);
    this.name = 'PrometheusQueryError';
  }
}

/** One series of an instant vector: its labels and the value at the evaluation time. */
export interface InstantSample {
  readonly metric: Readonly<Record<string, string>>;
  readonly value: number;
}

/** One series of a range query: its labels and its points (time in ms, value), oldest first. */
export interface RangeSeries {
  readonly metric: Readonly<Record<string, string>>;
  readonly points: readonly (readonly [number, number])[];
}

/** What the service SLO report needs from Prometheus; the real one is PrometheusClient. */
export interface PrometheusApi {
  readonly baseUrl: string;
  /** `/api/v1/query` at `timeMs`; a scalar answer comes back as one sample without labels. */
  query(promql: string, timeMs: number): Promise<InstantSample[]>;
  /** `/api/v1/query_range` from `startMs` to `endMs` (both included) every `stepSeconds`. */
  queryRange(promql: string, startMs: number, endMs: number, stepSeconds: number): Promise<RangeSeries[]>;
}

const SamplePair = z.tuple([z.number(), z.string()]);
const ApiAnswer = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('success'),
    data: z.discriminatedUnion('resultType', [
      z.object({
        resultType: z.literal('vector'),
        result: z.array(z.object({ metric: z.record(z.string(), z.string()), value: SamplePair })),
      }),
      z.object({
        resultType: z.literal('matrix'),
        result: z.array(z.object({ metric: z.record(z.string(), z.string()), values: z.array(SamplePair) })),
      }),
      z.object({ resultType: z.literal('scalar'), result: SamplePair }),
    ]),
  }),
  z.object({ status: z.literal('error'), errorType: z.string().optional(), error: z.string() }),
]);
type Success = Extract<z.output<typeof ApiAnswer>, { status: 'success' }>['data'];

export interface PrometheusClientOptions {
  /** e.g. `http://localhost:9090`; a trailing slash is ignored. */
  readonly baseUrl: string;
  /** Per request. @default 10000 */
  readonly timeoutMs?: number;
}

/** Prometheus's HTTP API (`/api/v1/query`, `/api/v1/query_range`) over the global fetch. */
export class PrometheusClient implements PrometheusApi {
  readonly baseUrl: string;
  readonly #timeoutMs: number;

  constructor(options: PrometheusClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#timeoutMs = options.timeoutMs ?? 10_000;
  }

  async query(promql: string, timeMs: number): Promise<InstantSample[]> {
    const data = await this.#call('query', promql, { time: seconds(timeMs) });
    if (data.resultType === 'scalar') return [{ metric: {}, value: Number(data.result[1]) }];
    if (data.resultType !== 'vector') throw this.#unexpected(promql, data.resultType);
    return data.result.map((s) => ({ metric: s.metric, value: Number(s.value[1]) }));
  }

  async queryRange(
    promql: string,
    startMs: number,
    endMs: number,
    stepSeconds: number,
  ): Promise<RangeSeries[]> {
    const data = await this.#call('query_range', promql, {
      start: seconds(startMs),
      end: seconds(endMs),
      step: String(stepSeconds),
    });
    if (data.resultType !== 'matrix') throw this.#unexpected(promql, data.resultType);
    return data.result.map((s) => ({
      metric: s.metric,
      points: s.values.map(([t, v]) => [Math.round(t * 1000), Number(v)] as const),
    }));
  }

  async #call(endpoint: string, promql: string, params: Record<string, string>): Promise<Success> {
    const body = new URLSearchParams({ query: promql, ...params });
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${this.baseUrl}/api/v1/${endpoint}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      throw new PrometheusUnreachableError(this.baseUrl, describe(error));
    }
    let parsed: z.output<typeof ApiAnswer>;
    try {
      parsed = ApiAnswer.parse(JSON.parse(text));
    } catch {
      throw new PrometheusUnreachableError(
        this.baseUrl,
        `HTTP ${response.status} from /api/v1/${endpoint} is not a Prometheus API answer: ${text.slice(0, 200)}`,
      );
    }
    if (parsed.status === 'error') throw new PrometheusQueryError(promql, parsed.error);
    return parsed.data;
  }

  #unexpected(promql: string, resultType: string): PrometheusQueryError {
    return new PrometheusQueryError(promql, `answered a ${resultType}, expected an instant vector or range`);
  }
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return 'no answer in time';
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? error.message;
  }
  return String(error);
}
