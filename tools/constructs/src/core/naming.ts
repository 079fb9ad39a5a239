import type { StackContext } from './context';

/** Resource names derived from environment and project, within AWS length limits. */
export class Names {
  constructor(private readonly ctx: StackContext) {}

  /** `<env>-<project>-<suffix>`, lower-case, at most `max` characters (hash-shortened when longer). */
  resource(suffix: string, max = 63): string {
    return shorten(
      `${this.ctx.env.name}-${this.ctx.project.name}-${suffix}`.toLowerCase().replace(/[^a-z0-9-]/g, '-'),
      max,
    );
  }

  /** Globally unique names (S3 buckets): adds account and region. */
  global(suffix: string): string {
    return shorten(`${this.resource(suffix, 200)}-${this.ctx.env.account}-${this.ctx.region}`, 63);
  }
}

function shorten(name: string, max: number): string {
  if (name.length <= max) return name;
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  const tag = hash.toString(36).padStart(7, '0').slice(0, 7);
  return `${name.slice(0, max - 8).replace(/-+$/, '')}-${tag}`;
}
