import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, showValue } from '@stratum/config';

/** How a sheet row is charged: from the resource's arguments, only by use, or not at all. */
export type PriceBasis = 'fixed' | 'usage' | 'free';

export interface PriceRow {
  readonly resourceType: string;
  /** What is charged (`instance`, `storage`, `gateway`, ...); empty for a free type. */
  readonly component: string;
  /** The argument value the price applies to (an instance class, a storage type), or '' for any. */
  readonly key: string;
  /** `hour`, `month`, `gb-month`, `vcpu-hour`, `gb-hour`, `usage`. */
  readonly unit: string;
  readonly usd: number;
  readonly basis: PriceBasis;
  readonly note: string;
}

export interface PriceSheet {
  /** The file the sheet came from, relative to the workspace root when possible. */
  readonly file: string;
  /** The date the prices were taken (`# as-of:`), ISO `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The region whose prices these are (`# region:`). */
  readonly region: string;
  readonly rows: readonly PriceRow[];
}

/** The sheet shipped with Stratum. */
export const DEFAULT_PRICE_SHEET = join(__dirname, '..', 'prices', 'aws-on-demand.csv');

const COLUMNS = ['resource_type', 'component', 'key', 'unit', 'usd', 'basis', 'note'] as const;
const UNITS = new Set(['hour', 'month', 'gb-month', 'vcpu-hour', 'gb-hour', 'usage', '']);
const BASES = new Set<PriceBasis>(['fixed', 'usage', 'free']);

export function readPriceSheet(path: string = DEFAULT_PRICE_SHEET, displayName = path): PriceSheet {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `Cannot read the price sheet ${displayName}: ${(error as Error).message}. Point --price-sheet at a CSV like tools/cost/prices/aws-on-demand.csv.`,
      displayName,
    );
  }
  return parsePriceSheet(text, displayName);
}

/**
 * Parses a price sheet: `#` comment lines (two of them, `as-of:` and `region:`, are required), then a CSV
 * with the header `resource_type,component,key,unit,usd,basis,note`. Fields hold no commas or quotes.
 * Every fault names the file, the line and the field.
 */
export function parsePriceSheet(text: string, file: string): PriceSheet {
  const meta = new Map<string, string>();
  const rows: PriceRow[] = [];
  let header: string[] | undefined;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const at = `${file}:${index + 1}`;
    if (line === '') return;
    if (line.startsWith('#')) {
      const m = /^#\s*([a-z-]+):\s*(.*)$/.exec(line);
      if (m && !header) meta.set(m[1]!, m[2]!.trim());
      return;
    }
    const cells = line.split(',').map((c) => c.trim());
    if (!header) {
      if (cells.join(',') !== COLUMNS.join(','))
        throw new ConfigError(
          `${at}: the header must be ${COLUMNS.join(',')}, found ${showValue(line)}.`,
          file,
        );
      header = cells;
      return;
    }
    if (cells.length !== COLUMNS.length)
      throw new ConfigError(
        `${at}: expected ${COLUMNS.length} comma-separated fields (${COLUMNS.join(',')}), found ${cells.length}. Notes may not contain commas.`,
        file,
      );
    rows.push(parseRow(cells, at, file));
  });
  if (!header) throw new ConfigError(`${file}: no header line ${COLUMNS.join(',')} found.`, file);
  const asOf = meta.get('as-of');
  if (!asOf || !/^\d{4}-\d{2}-\d{2}$/.test(asOf))
    throw new ConfigError(
      `${file}: add a comment line "# as-of: YYYY-MM-DD" naming the date the prices were taken (found ${showValue(asOf)}).`,
      file,
    );
  const region = meta.get('region');
  if (!region)
    throw new ConfigError(`${file}: add a comment line "# region: <aws region>" for these prices.`, file);
  checkDuplicates(rows, file);
  return { file, asOf, region, rows };
}

function parseRow(cells: string[], at: string, file: string): PriceRow {
  const [resourceType, component, key, unit, usdText, basisText, note] = cells as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (!/^aws_[a-z0-9_]+$/.test(resourceType))
    throw new ConfigError(
      `${at}: resource_type ${showValue(resourceType)} is not a Terraform AWS type.`,
      file,
    );
  const usd = Number(usdText);
  if (usdText === '' || !Number.isFinite(usd) || usd < 0)
    throw new ConfigError(`${at}: usd ${showValue(usdText)} must be a number >= 0.`, file);
  if (!BASES.has(basisText as PriceBasis))
    throw new ConfigError(`${at}: basis ${showValue(basisText)} must be one of fixed, usage, free.`, file);
  if (!UNITS.has(unit))
    throw new ConfigError(
      `${at}: unit ${showValue(unit)} must be one of ${[...UNITS].filter(Boolean).join(', ')} (or empty for free).`,
      file,
    );
  const basis = basisText as PriceBasis;
  if (basis !== 'fixed' && usd !== 0)
    throw new ConfigError(`${at}: a ${basis} row has no fixed price; set usd to 0.`, file);
  if (basis === 'fixed' && (component === '' || unit === '' || unit === 'usage'))
    throw new ConfigError(`${at}: a fixed row needs a component and a unit (hour, month, ...).`, file);
  return { resourceType, component, key, unit, usd, basis, note };
}

function checkDuplicates(rows: readonly PriceRow[], file: string): void {
  const seen = new Set<string>();
  for (const row of rows) {
    const id = `${row.resourceType}/${row.component}/${row.key}`;
    if (seen.has(id)) throw new ConfigError(`${file}: ${id} is priced twice; keep one row for it.`, file);
    seen.add(id);
  }
}

/** The rows of one type, or undefined when the sheet does not know the type. */
export function rowsOf(sheet: PriceSheet, resourceType: string): readonly PriceRow[] | undefined {
  const rows = sheet.rows.filter((r) => r.resourceType === resourceType);
  return rows.length > 0 ? rows : undefined;
}
