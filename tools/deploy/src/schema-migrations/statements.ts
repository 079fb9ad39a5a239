/** One SQL statement of a migration file, without its trailing `;` and comments. */
export interface SqlStatement {
  /** The statement's text, whitespace collapsed, comments removed. */
  readonly text: string;
  /** 1-based line of the file where the statement starts. */
  readonly line: number;
}

/**
 * Splits SQL on `;` outside quotes ('…', "…"), dollar quotes ($$…$$, $tag$…$tag$) and comments (-- and /* *\/),
 * keeping the line each statement starts on. `firstLine` is the file line of `sql`'s first character.
 */
export function splitStatements(sql: string, firstLine = 1): SqlStatement[] {
  const out: SqlStatement[] = [];
  let text = '';
  let line = firstLine;
  let start = -1;
  let i = 0;
  const flush = (): void => {
    const collapsed = text.replace(/\s+/g, ' ').trim();
    if (collapsed) out.push({ text: collapsed, line: start });
    text = '';
    start = -1;
  };
  const take = (until: number): void => {
    const chunk = sql.slice(i, until);
    if (start < 0 && chunk.trim()) start = line;
    text += chunk;
    line += chunk.split('\n').length - 1;
    i = until;
  };
  while (i < sql.length) {
    const ch = sql[i]!;
    if (ch === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end;
      text += ' ';
    } else if (ch === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      const stop = end < 0 ? sql.length : end + 2;
      line += sql.slice(i, stop).split('\n').length - 1;
      i = stop;
      text += ' ';
    } else if (ch === "'" || ch === '"') {
      let end = i + 1;
      while (end < sql.length && !(sql[end] === ch && sql[end + 1] !== ch)) end += sql[end] === ch ? 2 : 1;
      take(Math.min(end + 1, sql.length));
    } else if (ch === '$' && /^\$[A-Za-z_]*\$/.test(sql.slice(i))) {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i))![0];
      const end = sql.indexOf(tag, i + tag.length);
      take(end < 0 ? sql.length : end + tag.length);
    } else if (ch === ';') {
      i++;
      flush();
    } else {
      if (start < 0 && !/\s/.test(ch)) start = line;
      if (ch === '\n') line++;
      text += ch;
      i++;
    }
  }
  flush();
  return out;
}
