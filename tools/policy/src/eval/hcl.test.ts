import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hasInterpolation, parseTemplate, type Expr } from './hcl';

function single(text: string): Expr {
  const parts = parseTemplate(text);
  assert.equal(parts.length, 1);
  assert.notEqual(typeof parts[0], 'string');
  return parts[0] as Expr;
}

describe('parseTemplate', () => {
  test('a reference with attribute, index and splat steps', () => {
    assert.deepEqual(single('${aws_security_group.web.id}'), {
      t: 'ref',
      root: 'aws_security_group',
      steps: ['web', 'id'],
      text: 'aws_security_group.web.id',
    });
    const indexed = single('${aws_subnet.private[0].id}');
    assert.equal(indexed.t, 'ref');
    assert.deepEqual(indexed.t === 'ref' && indexed.steps, ['private', 0, 'id']);
    const splat = single('${aws_subnet.private[*].id}');
    assert.deepEqual(splat.t === 'ref' && splat.steps, ['private', { splat: true }, 'id']);
  });

  test('literal text around interpolations, and $${ as a literal', () => {
    const parts = parseTemplate('arn:aws:s3:::${aws_s3_bucket.b.id}/*');
    assert.equal(parts[0], 'arn:aws:s3:::');
    assert.equal(parts[2], '/*');
    assert.deepEqual(parseTemplate('echo $${HOME}'), ['echo ${HOME}']);
    assert.equal(hasInterpolation('plain'), false);
  });

  test('jsonencode of an object as cdktf writes it (quoted keys, = separators, nested templates)', () => {
    const expr = single(
      '${jsonencode({"Version" = "2012-10-17", "Statement" = [{"Effect" = "Allow", "Resource" = "${aws_s3_bucket.b.arn}/*"}]})}',
    );
    assert.equal(expr.t, 'call');
    if (expr.t !== 'call') return;
    assert.equal(expr.name, 'jsonencode');
    const object = expr.args[0];
    assert.equal(object?.t, 'object');
    if (object?.t !== 'object') return;
    assert.deepEqual(object.items[0], [
      { t: 'lit', value: 'Version' },
      { t: 'lit', value: '2012-10-17' },
    ]);
  });

  test('bare identifier keys, colons, escapes and numbers', () => {
    const expr = single('${{ name: "a\\"b", port = -22, on = true, none = null }}');
    assert.equal(expr.t, 'object');
    if (expr.t !== 'object') return;
    assert.deepEqual(
      expr.items.map(([k, v]) => [k.t === 'lit' && k.value, v.t === 'lit' && v.value]),
      [
        ['name', 'a"b'],
        ['port', -22],
        ['on', true],
        ['none', null],
      ],
    );
  });

  test('conditionals parse; operators, for expressions and directives are opaque', () => {
    assert.equal(single('${var.prod ? "a" : "b"}').t, 'cond');
    assert.equal(single('${var.a == "x"}').t, 'opaque');
    assert.equal(single('${!var.a}').t, 'opaque');
    assert.equal(single('${[for s in var.list : upper(s)]}').t, 'opaque');
    assert.equal((parseTemplate('%{ if var.a }x%{ endif }')[0] as Expr).t, 'opaque');
  });

  test('a syntax error throws (the evaluator turns it into an unknown value)', () => {
    assert.throws(() => parseTemplate('${jsonencode({"a" = }'), /HclSyntaxError|expected/);
    assert.throws(() => parseTemplate('${"unterminated}'));
  });
});
