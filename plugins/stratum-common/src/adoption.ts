/** The four adoption phases and the template that takes a service into each. */
export const ADOPTION_TEMPLATES = {
  1: 'phase-1-service',
  2: 'phase-2-app-infrastructure',
  3: 'phase-3-shared-services',
  4: 'phase-4-foundation',
} as const;
export type AdoptionPhase = 0 | 1 | 2 | 3 | 4;

/** `pass`/`fail` from evidence; `not_evaluated` when the evidence is missing (the detail says how to produce it). */
export type CheckStatus = 'pass' | 'fail' | 'not_evaluated';

export interface AdoptionCheck {
  /** Stable id, e.g. `application-deployed`. */
  readonly id: string;
  /** The phase this check belongs to (1-4). */
  readonly phase: 1 | 2 | 3 | 4;
  readonly title: string;
  readonly status: CheckStatus;
  /** The evidence, or what is missing and how to fix it. */
  readonly detail: string;
}

export interface ServiceAdoption {
  readonly service: string;
  /** The service's Component name (from its catalog-info.yaml). */
  readonly component: string;
  readonly owner: string;
  /** The highest phase whose checks and all earlier phases' checks pass; 0 when phase 1 does not. */
  readonly phase: AdoptionPhase;
  readonly checks: readonly AdoptionCheck[];
  /** The template that takes the service to the next phase; null at phase 4. */
  readonly nextTemplate: {
    readonly name: string;
    readonly ref: string;
    readonly phase: 1 | 2 | 3 | 4;
  } | null;
}

/** `GET /adoption`. */
export interface AdoptionReport {
  readonly services: readonly ServiceAdoption[];
}
