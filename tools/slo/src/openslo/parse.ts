import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, parseYamlAll, readYamlFileAll } from '@stratum/config';
import { z } from 'zod';
import { parseSloDuration, durationOf, type SloDuration } from '../duration';
import { SHORT_WINDOW_DIVISOR } from '../budget';
import type { BurnRateCondition, ServiceSlo, SloAlertPolicy, SloIndicator } from '../types';
import {
  AlertConditionSpec,
  AlertPolicySpec,
  ConditionRef,
  Envelope,
  Inline,
  KINDS,
  Metadata,
  PolicyRef,
  SliSpec,
  SloSpec,
  type Kind,
} from './schema';
import { check, sloError, type Location } from './validate';

/** The file name read in each service folder. */
export const SLO_FILE = 'slo.yaml';
/** slo.yaml files are small; anything bigger is not configuration. */
const MAX_BYTES = 256_000;

interface Doc {
  readonly kind: Kind;
  readonly name: string;
  readonly displayName: string;
  readonly spec: unknown;
  readonly at: Location;
}

/**
 * Parses the OpenSLO v1 documents of one slo.yaml (SLO, SLI, AlertPolicy, AlertCondition, `---` separated) into
 * its SLOs, every reference resolved. Throws a ConfigError naming the file, the document, the path inside it, the
 * value and what is allowed.
 */
export function parseSloDocuments(text: string, file: string): ServiceSlo[] {
  return resolve(parseYamlAll(text, file, { maxBytes: MAX_BYTES }), file);
}

/** Reads and parses one slo.yaml; `displayName` is how errors name it (e.g. `services/payments/slo.yaml`). */
export function readSloFile(path: string, displayName: string = path): ServiceSlo[] {
  return resolve(readYamlFileAll(path, displayName, { maxBytes: MAX_BYTES }), displayName);
}

/**
 * Every service's SLOs: `services/<service>/slo.yaml` under the workspace root, services in name order. A service
 * without the file has no SLOs; an SLO whose `spec.service` is not its folder's name is an error.
 */
export function readServiceSlos(workspaceRoot: string): ServiceSlo[] {
  const servicesDir = join(workspaceRoot, 'services');
  if (!existsSync(servicesDir)) return [];
  const services = readdirSync(servicesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(servicesDir, entry.name, SLO_FILE)))
    .map((entry) => entry.name)
    .sort();
  return services.flatMap((service) => readServiceSlo(workspaceRoot, service));
}

/**
 * One service's SLOs from `services/<service>/slo.yaml` (the file must exist); an SLO whose `spec.service` is not
 * `service` is an error naming the file.
 */
export function readServiceSlo(workspaceRoot: string, service: string): ServiceSlo[] {
  const file = `services/${service}/${SLO_FILE}`;
  const slos = readSloFile(join(workspaceRoot, file), file);
  for (const slo of slos) {
    if (slo.service !== service) {
      throw new ConfigError(
        `${file}: SLO "${slo.name}": spec.service: got "${slo.service}": an SLO in services/${service}/ must name service "${service}".`,
        file,
        'spec.service',
      );
    }
  }
  return slos;
}

function resolve(raw: unknown[], file: string): ServiceSlo[] {
  const docs = raw.map((value, i) => readDoc(value, file, i));
  const byKind = new Map<Kind, Map<string, Doc>>(KINDS.map((kind) => [kind, new Map()]));
  for (const doc of docs) {
    const named = byKind.get(doc.kind)!;
    const earlier = named.get(doc.name);
    if (earlier) {
      throw sloError(
        { ...doc.at, path: ['metadata', 'name'] },
        doc.name,
        `a ${doc.kind} of this name is already defined in ${earlier.at.document}; names must be unique per kind.`,
      );
    }
    named.set(doc.name, doc);
  }
  const slos = [...byKind.get('SLO')!.values()];
  if (slos.length === 0) {
    throw new ConfigError(`${file}: holds no SLO document (kind: SLO); add one or remove the file.`, file);
  }
  const conditions = new Map([...byKind.get('AlertCondition')!].map(([n, d]) => [n, toCondition(d)]));
  const policies = new Map([...byKind.get('AlertPolicy')!].map(([n, d]) => [n, toPolicy(d, conditions)]));
  const indicators = new Map([...byKind.get('SLI')!].map(([n, d]) => [n, toIndicator(d)]));
  return slos.map((doc) => toSlo(doc, file, indicators, policies, conditions));
}

function readDoc(value: unknown, file: string, index: number): Doc {
  const at: Location = { file, document: `document ${index + 1}`, path: [] };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw sloError(at, value, 'each document must be a mapping with apiVersion, kind, metadata and spec.');
  }
  const envelope = check(Envelope, value, at);
  const metadata = check(Metadata, envelope.metadata, { ...at, path: ['metadata'] });
  const located: Location = {
    ...at,
    document: `document ${index + 1} (${envelope.kind} "${metadata.name}")`,
  };
  return {
    kind: envelope.kind,
    name: metadata.name,
    displayName: metadata.displayName ?? metadata.name,
    spec: envelope.spec,
    at: located,
  };
}

/** A document written inline (an SLI under `indicator`, a policy or condition in a list) as a Doc of `kind`. */
function inlineDoc(value: unknown, kind: Kind, at: Location): Doc {
  const inline = check(Inline, value, at);
  if (inline.kind !== undefined && inline.kind !== kind) {
    throw sloError({ ...at, path: [...at.path, 'kind'] }, inline.kind, `allowed values: "${kind}".`);
  }
  const metadata = check(Metadata, inline.metadata, { ...at, path: [...at.path, 'metadata'] });
  return {
    kind,
    name: metadata.name,
    displayName: metadata.displayName ?? metadata.name,
    spec: inline.spec,
    at,
  };
}

function toIndicator(doc: Doc): SloIndicator {
  const spec = check(SliSpec, doc.spec, { ...doc.at, path: ['spec'] });
  const query = (side: z.output<typeof SliSpec>['ratioMetric']['total'] | undefined) =>
    side?.metricSource.spec.query;
  const good = query(spec.ratioMetric.good);
  const bad = query(spec.ratioMetric.bad);
  return {
    name: doc.name,
    displayName: doc.displayName,
    ...(good !== undefined ? { good } : {}),
    ...(bad !== undefined ? { bad } : {}),
    total: spec.ratioMetric.total.metricSource.spec.query,
  };
}

function toCondition(doc: Doc): BurnRateCondition {
  const spec = check(AlertConditionSpec, doc.spec, { ...doc.at, path: ['spec'] });
  const longWindow = parseSloDuration(spec.condition.lookbackWindow)!;
  const alertAfter: SloDuration | undefined = spec.condition.alertAfter
    ? parseSloDuration(spec.condition.alertAfter)
    : undefined;
  return {
    name: doc.name,
    severity: spec.severity,
    burnRate: spec.condition.threshold,
    op: spec.condition.op,
    longWindow,
    shortWindow: durationOf(longWindow.seconds / SHORT_WINDOW_DIVISOR),
    ...(alertAfter ? { alertAfter } : {}),
  };
}

function toPolicy(doc: Doc, conditions: ReadonlyMap<string, BurnRateCondition>): SloAlertPolicy {
  const spec = check(AlertPolicySpec, doc.spec, { ...doc.at, path: ['spec'] });
  return {
    name: doc.name,
    displayName: doc.displayName,
    conditions: spec.conditions.map((entry, i) => {
      const at: Location = { ...doc.at, path: ['spec', 'conditions', i] };
      if (isRef(entry, 'conditionRef')) {
        const ref = check(ConditionRef, entry, at).conditionRef;
        return lookUp(conditions, ref, 'AlertCondition', { ...at, path: [...at.path, 'conditionRef'] });
      }
      return toCondition(inlineDoc(entry, 'AlertCondition', at));
    }),
  };
}

function toSlo(
  doc: Doc,
  file: string,
  indicators: ReadonlyMap<string, SloIndicator>,
  policies: ReadonlyMap<string, SloAlertPolicy>,
  conditions: ReadonlyMap<string, BurnRateCondition>,
): ServiceSlo {
  const at: Location = { ...doc.at, path: ['spec'] };
  const spec = check(SloSpec, doc.spec, at);
  let indicator: SloIndicator;
  if (spec.indicatorRef !== undefined && spec.indicator === undefined) {
    indicator = lookUp(indicators, spec.indicatorRef, 'SLI', { ...at, path: ['spec', 'indicatorRef'] });
  } else if (spec.indicator !== undefined && spec.indicatorRef === undefined) {
    indicator = toIndicator(inlineDoc(spec.indicator, 'SLI', { ...at, path: ['spec', 'indicator'] }));
  } else {
    throw sloError(
      { ...at, path: ['spec', 'indicatorRef'] },
      spec.indicatorRef,
      'give exactly one of indicatorRef (the name of an SLI document in this file) and indicator (an inline SLI).',
    );
  }
  const alertPolicies = (spec.alertPolicies ?? []).map((entry, i) => {
    const entryAt: Location = { ...at, path: ['spec', 'alertPolicies', i] };
    if (isRef(entry, 'alertPolicyRef')) {
      const ref = check(PolicyRef, entry, entryAt).alertPolicyRef;
      return lookUp(policies, ref, 'AlertPolicy', { ...entryAt, path: [...entryAt.path, 'alertPolicyRef'] });
    }
    return toPolicy(inlineDoc(entry, 'AlertPolicy', entryAt), conditions);
  });
  const window = spec.timeWindow[0]!;
  const objective = spec.objectives[0]!;
  return {
    file,
    service: spec.service,
    name: doc.name,
    displayName: doc.displayName,
    ...(spec.description !== undefined ? { description: spec.description } : {}),
    target: objective.target,
    window: { ...parseSloDuration(window.duration)!, rolling: window.isRolling },
    indicator,
    alertPolicies,
  };
}

function isRef(entry: unknown, key: string): boolean {
  return entry !== null && typeof entry === 'object' && key in entry;
}

function lookUp<T>(known: ReadonlyMap<string, T>, ref: string, kind: Kind, at: Location): T {
  const found = known.get(ref);
  if (found !== undefined) return found;
  const names = [...known.keys()];
  throw sloError(
    at,
    ref,
    `no ${kind} of this name in ${at.file}; ${names.length ? `defined: ${names.join(', ')}` : `add a document with kind: ${kind}`}.`,
  );
}
