/** A CDKTF project as the portal sees it. */
export interface PortalProject {
  readonly name: string;
  /** Folder relative to the workspace root. */
  readonly root: string;
  readonly layer: string;
  /** Owner group name (no `group:` prefix); null for an orphan. */
  readonly owner: string | null;
  readonly service: string | null;
  readonly dependsOn: readonly string[];
}

/** An environment of `environments/<name>.yaml`, as the portal needs it. */
export interface PortalEnvironment {
  readonly name: string;
  /** True when its file names an `endpoint` (the local AWS emulator): deploys there are no adoption evidence. */
  readonly local: boolean;
}

/** A project whose owner cannot be resolved: reported, never dropped. */
export interface OrphanProject {
  readonly name: string;
  readonly root: string;
  readonly layer: string;
  readonly service: string | null;
  /** The owner it names, when it names one that does not resolve. */
  readonly declaredOwner: string | null;
  /** Why the owner does not resolve, and what to do. */
  readonly reason: string;
}

/** `GET /orphans`: projects without a resolvable owner, and workspace files that could not be read at all. */
export interface OrphanReport {
  readonly orphans: readonly OrphanProject[];
  /** Configuration problems (bad manifest, layer rule, cycle), one message each naming the file. */
  readonly problems: readonly string[];
}

/** One project reached by a change, in `GET /impact`. */
export interface ImpactedProject {
  readonly name: string;
  readonly layer: string;
  readonly owner: string | null;
  readonly service: string | null;
  /** Its dependencies inside the impacted set, for drawing the graph. */
  readonly dependsOn: readonly string[];
}

/** `GET /impact?project=`: what a change to one project reaches. */
export interface ImpactReport {
  readonly project: string;
  /** The project itself and every project that depends on it, directly or not. */
  readonly projects: readonly ImpactedProject[];
  /** Dependants only (the project itself left out), sorted. */
  readonly dependants: readonly string[];
  readonly services: readonly string[];
  readonly owners: readonly string[];
  /** The order a deploy of this change takes: dependencies first. */
  readonly deployOrder: readonly string[];
}
