/** Annotations the Stratum entity provider puts on catalog entities. */
export const ANNOTATION_LAYER = 'stratum.dev/layer';
export const ANNOTATION_PROJECT = 'stratum.dev/project';
export const ANNOTATION_SERVICE = 'stratum.dev/service';
/** Set on a Resource whose owner does not resolve; the value says why. */
export const ANNOTATION_ORPHAN = 'stratum.dev/orphan';
/** The Resource type of a Stratum CDKTF project. */
export const RESOURCE_TYPE_TERRAFORM_STACK = 'terraform-stack';
/** The System that shared infrastructure belongs to. */
export const PLATFORM_SYSTEM = 'platform';
/** The owner given to an orphan Resource that names none. */
export const UNOWNED = 'unowned';
