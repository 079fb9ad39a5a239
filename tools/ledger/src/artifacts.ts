import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { LedgerError } from './errors';
import { type DbNumber, invalid, type StoreContext } from './rows';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);
const SHA256 = /^[0-9a-f]{64}$/;

interface ArtifactRow {
  hash: string;
  encoding: string;
  size: DbNumber;
  content: Buffer;
  created_at: DbNumber;
  used_at: DbNumber | null;
  pruned_at: DbNumber | null;
}

/** The content hash under which `putArtifact` stores a synthesized `cdk.tf.json`: sha256 of its UTF-8 bytes, in hex. */
export function hashArtifact(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

/** Stores the content once, gzip-compressed, and returns its hash; storing the same content again writes nothing. */
export async function putArtifact(ctx: StoreContext, content: string): Promise<string> {
  const hash = hashArtifact(content);
  const now = ctx.now();
  const existing = await ctx.knex<ArtifactRow>('artifacts').where({ hash }).first('hash', 'pruned_at');
  if (existing && existing.pruned_at === null) {
    await ctx.knex('artifacts').where({ hash }).update({ used_at: now });
    return hash;
  }
  const compressed = await gzipAsync(Buffer.from(content, 'utf8'));
  if (existing) {
    // Pruned earlier and needed again: store the content again.
    await ctx
      .knex('artifacts')
      .where({ hash })
      .update({ encoding: 'gzip', content: compressed, used_at: now, pruned_at: null });
    return hash;
  }
  const row: ArtifactRow = {
    hash,
    encoding: 'gzip',
    size: Buffer.byteLength(content, 'utf8'),
    content: compressed,
    created_at: now,
    used_at: now,
    pruned_at: null,
  };
  await ctx.knex('artifacts').insert(row).onConflict('hash').merge(['used_at']);
  return hash;
}

/** The content stored under `hash`, checked against the hash; undefined when the ledger has no such artifact or pruned it. */
export async function getArtifact(ctx: StoreContext, hash: string): Promise<string | undefined> {
  if (!SHA256.test(hash))
    throw invalid(ctx, `Artifact hash ${JSON.stringify(hash)} is not a sha256 in lowercase hex.`);
  const row = await ctx.knex<ArtifactRow>('artifacts').where({ hash }).first();
  if (!row || row.pruned_at !== null) return undefined;
  const raw = row.encoding === 'gzip' ? await gunzipAsync(row.content) : Buffer.from(row.content);
  const content = raw.toString('utf8');
  if (hashArtifact(content) !== hash) {
    throw new LedgerError(
      `Artifact ${hash} in the ledger ${ctx.target.description} does not match its hash; the database is damaged. ` +
        `Restore it from a backup, then re-synthesize and redeploy the stacks that used it.`,
      'corrupt',
      ctx.target.description,
    );
  }
  return content;
}
