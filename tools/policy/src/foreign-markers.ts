import { SUPPRESSIONS_KEY } from './suppressions';

/** A skip marker another scanner honours, found in the JSON. */
export interface ForeignMarker {
  readonly scanner: string;
  /** The marker as found, e.g. `checkov:skip=CKV_AWS_24`. */
  readonly text: string;
  /** Check ids it names (checkov ids, tfsec/trivy ids), when it names any. */
  readonly ids: readonly string[];
}

const MARKERS: readonly { scanner: string; pattern: RegExp }[] = [
  { scanner: 'checkov', pattern: /checkov\s*:\s*skip\s*=\s*([A-Za-z0-9_]+(?:\s*,\s*[A-Za-z0-9_]+)*)/gi },
  { scanner: 'tfsec', pattern: /tfsec\s*:\s*ignore\s*:\s*([\w-]+)/gi },
  { scanner: 'trivy', pattern: /trivy\s*:\s*ignore\s*:\s*([\w-]+)/gi },
  { scanner: 'terrascan', pattern: /ts\s*:\s*skip\s*=\s*([\w.-]+)/gi },
  { scanner: 'kics', pattern: /kics-scan\s+(?:ignore|disable(?:=([\w-]+))?)/gi },
];

/**
 * Finds skip markers of other scanners anywhere in a resource body or a file's `//` comment: in strings
 * (`"//": "checkov:skip=CKV_AWS_24: ..."`, a `# tfsec:ignore:...` line in user data) and in `//` objects
 * whose key names the scanner (`"//": { "checkov": "skip=CKV_AWS_24" }`). Stratum never honours them.
 */
export function foreignMarkers(value: unknown): ForeignMarker[] {
  const found = new Map<string, ForeignMarker>();
  const scan = (text: string): void => {
    if (!MENTION.test(text)) return;
    for (const { scanner, pattern } of MARKERS) {
      for (const match of text.matchAll(pattern)) {
        const ids = (match[1] ?? '')
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean);
        found.set(`${scanner}:${ids.join(',')}`, { scanner, text: match[0].trim(), ids });
      }
    }
  };
  const visit = (node: unknown, key: string): void => {
    if (typeof node === 'string') {
      scan(node);
      if (MENTION.test(key)) {
        scan(`${key}:${node}`);
        scan(`${key}=${node}`);
      }
    } else if (Array.isArray(node)) node.forEach((item) => visit(item, key));
    else if (typeof node === 'object' && node !== null) {
      for (const [k, v] of Object.entries(node)) {
        const own = key === '//' && (k === SUPPRESSIONS_KEY || k === 'metadata'); // Stratum's and cdktf's own records
        if (!own) visit(v, k);
      }
    }
  };
  visit(value, '');
  return [...found.values()];
}

/** Cheap pre-check: a string that mentions no scanner holds no marker. */
const MENTION = /checkov|tfsec|trivy|ts\s*:|kics/i;
