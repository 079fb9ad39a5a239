/**
 * A parser for the part of HCL's expression language that appears inside `${...}` in synthesized
 * Terraform JSON: literals, quoted templates, references with attribute and index steps, function calls,
 * tuples, objects and conditionals. Operators, `for` expressions and heredocs parse to an `opaque` node
 * that evaluates to unknown, so the engine never guesses.
 */
export type Expr =
  | { readonly t: 'lit'; readonly value: null | boolean | number | string }
  | { readonly t: 'template'; readonly parts: readonly TemplatePart[]; readonly text: string }
  | { readonly t: 'ref'; readonly root: string; readonly steps: readonly Step[]; readonly text: string }
  | { readonly t: 'call'; readonly name: string; readonly args: readonly Expr[]; readonly text: string }
  | { readonly t: 'tuple'; readonly items: readonly Expr[] }
  | { readonly t: 'object'; readonly items: readonly (readonly [Expr, Expr])[] }
  | {
      readonly t: 'cond';
      readonly test: Expr;
      readonly then: Expr;
      readonly otherwise: Expr;
      readonly text: string;
    }
  | { readonly t: 'opaque'; readonly text: string; readonly why: string };

/** One traversal step: `.name`, `[0]`, `["key"]`, or a splat. */
export type Step = string | number | { readonly splat: true } | { readonly index: Expr };
export type TemplatePart = string | Expr;

export class HclSyntaxError extends Error {
  override readonly name = 'HclSyntaxError';
}

/** Parses a Terraform JSON string value: literal text with `${...}` interpolations (`$${` is a literal `${`). */
export function parseTemplate(text: string): TemplatePart[] {
  return new Parser(text).templateParts(null);
}

/** True when a JSON string holds an interpolation or a directive and must be parsed. */
export function hasInterpolation(text: string): boolean {
  return text.includes('${') || text.includes('%{');
}

const OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '+', '-', '*', '/', '%'];

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  /** Literal text and interpolations until `terminator` (a quote inside an expression) or the end. */
  templateParts(terminator: '"' | null): TemplatePart[] {
    const parts: TemplatePart[] = [];
    let literal = '';
    const flush = (): void => {
      if (literal !== '') parts.push(literal);
      literal = '';
    };
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos]!;
      if (terminator && ch === terminator) {
        flush();
        return parts;
      }
      if (this.src.startsWith('$${', this.pos) || this.src.startsWith('%%{', this.pos)) {
        literal += `${ch}{`;
        this.pos += 3;
      } else if (this.src.startsWith('${', this.pos)) {
        flush();
        this.pos += 2;
        this.skipStrip();
        parts.push(this.expression());
        this.skipStrip();
        this.expect('}');
      } else if (this.src.startsWith('%{', this.pos)) {
        flush();
        const end = this.src.indexOf('}', this.pos);
        const text = this.src.slice(this.pos, end < 0 ? undefined : end + 1);
        this.pos = end < 0 ? this.src.length : end + 1;
        parts.push({ t: 'opaque', text, why: 'template directives (%{...}) are not evaluated' });
      } else if (terminator && ch === '\\') {
        literal += this.escape();
      } else {
        literal += ch;
        this.pos += 1;
      }
    }
    if (terminator) throw new HclSyntaxError('unterminated string');
    flush();
    return parts;
  }

  expression(): Expr {
    const start = this.pos;
    const left = this.operand();
    this.ws();
    const op = OPERATORS.find((o) => this.src.startsWith(o, this.pos));
    if (op) {
      this.pos += op.length;
      this.expression();
      return {
        t: 'opaque',
        text: this.src.slice(start, this.pos).trim(),
        why: `the "${op}" operator is not evaluated`,
      };
    }
    if (this.peek() === '?') {
      this.pos += 1;
      const then = this.expression();
      this.ws();
      this.expect(':');
      const otherwise = this.expression();
      return { t: 'cond', test: left, then, otherwise, text: this.src.slice(start, this.pos).trim() };
    }
    return left;
  }

  private operand(): Expr {
    this.ws();
    const start = this.pos;
    const ch = this.peek();
    if (ch === '!' || (ch === '-' && !/[0-9]/.test(this.src[this.pos + 1] ?? ''))) {
      this.pos += 1;
      this.operand();
      return {
        t: 'opaque',
        text: this.src.slice(start, this.pos).trim(),
        why: `the unary "${ch}" operator is not evaluated`,
      };
    }
    let expr = this.primary();
    expr = this.postfix(expr, start);
    return expr;
  }

  private primary(): Expr {
    const ch = this.peek();
    const start = this.pos;
    if (ch === '"') {
      this.pos += 1;
      const parts = this.templateParts('"');
      this.pos += 1;
      const text = this.src.slice(start + 1, this.pos - 1);
      if (parts.length === 0) return { t: 'lit', value: '' };
      if (parts.length === 1 && typeof parts[0] === 'string') return { t: 'lit', value: parts[0] };
      return { t: 'template', parts, text };
    }
    if (ch === '<' && this.src.startsWith('<<', this.pos))
      throw new HclSyntaxError('heredocs are not supported');
    if (ch !== undefined && /[-0-9]/.test(ch)) {
      const m = /^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?/.exec(this.src.slice(this.pos));
      if (!m) throw new HclSyntaxError(`bad number at ${this.pos}`);
      this.pos += m[0].length;
      return { t: 'lit', value: Number(m[0]) };
    }
    if (ch === '(') {
      this.pos += 1;
      const inner = this.expression();
      this.ws();
      this.expect(')');
      return inner;
    }
    if (ch === '[') return this.tuple(start);
    if (ch === '{') return this.object(start);
    const name = this.identifier();
    if (name === 'true' || name === 'false') return { t: 'lit', value: name === 'true' };
    if (name === 'null') return { t: 'lit', value: null };
    this.ws();
    if (this.peek() === '(') return this.call(name, start);
    return { t: 'ref', root: name, steps: [], text: name };
  }

  private tuple(start: number): Expr {
    this.pos += 1;
    this.ws();
    if (this.src.startsWith('for ', this.pos))
      return this.skipBalanced(start, ']', '"for" expressions are not evaluated');
    const items: Expr[] = [];
    while ((this.ws(), this.peek() !== ']')) {
      items.push(this.expression());
      this.ws();
      if (this.peek() === ',') this.pos += 1;
      else if (this.peek() !== ']') throw new HclSyntaxError(`expected "," or "]" at ${this.pos}`);
    }
    this.pos += 1;
    return { t: 'tuple', items };
  }

  private object(start: number): Expr {
    this.pos += 1;
    this.ws();
    if (this.src.startsWith('for ', this.pos))
      return this.skipBalanced(start, '}', '"for" expressions are not evaluated');
    const items: (readonly [Expr, Expr])[] = [];
    while ((this.ws(), this.peek() !== '}')) {
      const keyStart = this.pos;
      let key: Expr = /[A-Za-z_]/.test(this.peek() ?? '')
        ? { t: 'lit', value: this.identifier() }
        : this.expression();
      if (key.t === 'lit' && this.peek() !== '=' && this.peek() !== ':' && !/\s/.test(this.peek() ?? '')) {
        this.pos = keyStart; // an identifier that starts a longer expression used as a key
        key = this.expression();
      }
      this.ws();
      if (this.peek() !== '=' && this.peek() !== ':') throw new HclSyntaxError(`expected "=" at ${this.pos}`);
      this.pos += 1;
      const value = this.expression();
      items.push([key, value]);
      this.ws();
      if (this.peek() === ',') this.pos += 1;
    }
    this.pos += 1;
    return { t: 'object', items };
  }

  private call(name: string, start: number): Expr {
    this.pos += 1;
    const args: Expr[] = [];
    while ((this.ws(), this.peek() !== ')')) {
      args.push(this.expression());
      this.ws();
      if (this.src.startsWith('...', this.pos)) this.pos += 3;
      this.ws();
      if (this.peek() === ',') this.pos += 1;
      else if (this.peek() !== ')') throw new HclSyntaxError(`expected "," or ")" at ${this.pos}`);
    }
    this.pos += 1;
    return { t: 'call', name, args, text: this.src.slice(start, this.pos) };
  }

  private postfix(expr: Expr, start: number): Expr {
    if (expr.t !== 'ref' && expr.t !== 'call' && expr.t !== 'tuple' && expr.t !== 'object') return expr;
    const steps: Step[] = [];
    for (;;) {
      if (this.peek() === '.' && this.src[this.pos + 1] === '*') {
        this.pos += 2;
        steps.push({ splat: true });
      } else if (this.peek() === '.') {
        this.pos += 1;
        const m = /^[0-9]+/.exec(this.src.slice(this.pos));
        if (m) {
          this.pos += m[0].length;
          steps.push(Number(m[0]));
        } else steps.push(this.identifier());
      } else if (this.peek() === '[') {
        this.pos += 1;
        this.ws();
        if (this.peek() === '*') {
          this.pos += 1;
          steps.push({ splat: true });
        } else {
          const index = this.expression();
          steps.push(
            index.t === 'lit' && (typeof index.value === 'number' || typeof index.value === 'string')
              ? index.value
              : { index },
          );
        }
        this.ws();
        this.expect(']');
      } else break;
    }
    if (steps.length === 0) return expr;
    const text = this.src.slice(start, this.pos).trim();
    if (expr.t === 'ref') return { t: 'ref', root: expr.root, steps, text };
    return { t: 'opaque', text, why: 'indexing into a computed value is not evaluated' };
  }

  private skipBalanced(start: number, close: string, why: string): Expr {
    const open = close === ']' ? '[' : '{';
    let depth = 1;
    while (this.pos < this.src.length && depth > 0) {
      const ch = this.src[this.pos]!;
      if (ch === '"') {
        this.pos += 1;
        this.templateParts('"');
      } else if (ch === open) depth += 1;
      else if (ch === close) depth -= 1;
      this.pos += 1;
    }
    if (depth > 0) throw new HclSyntaxError(`unbalanced "${open}"`);
    return { t: 'opaque', text: this.src.slice(start, this.pos), why };
  }

  private identifier(): string {
    const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(this.src.slice(this.pos));
    if (!m)
      throw new HclSyntaxError(
        `expected a name at ${this.pos}: ${JSON.stringify(this.src.slice(this.pos, this.pos + 20))}`,
      );
    this.pos += m[0].length;
    return m[0];
  }

  private escape(): string {
    const next = this.src[this.pos + 1];
    this.pos += 2;
    switch (next) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case '"':
      case '\\':
        return next;
      case 'u': {
        const hex = this.src.slice(this.pos, this.pos + 4);
        this.pos += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      default:
        throw new HclSyntaxError(`unknown escape \\${next ?? ''}`);
    }
  }

  private skipStrip(): void {
    this.ws();
    if (this.peek() === '~') this.pos += 1;
    this.ws();
  }

  private ws(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos]!)) this.pos += 1;
  }

  private peek(): string | undefined {
    return this.src[this.pos];
  }

  private expect(ch: string): void {
    if (this.peek() !== ch) throw new HclSyntaxError(`expected "${ch}" at ${this.pos}`);
    this.pos += 1;
  }
}

/** The source text of an expression, for messages. */
export function exprText(expr: Expr): string {
  switch (expr.t) {
    case 'lit':
      return JSON.stringify(expr.value);
    case 'tuple':
      return `[${expr.items.map(exprText).join(', ')}]`;
    case 'object':
      return `{${expr.items.map(([k, v]) => `${exprText(k)} = ${exprText(v)}`).join(', ')}}`;
    default:
      return expr.text;
  }
}
