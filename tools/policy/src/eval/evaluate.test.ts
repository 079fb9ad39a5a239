import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { documents } from '../fixtures/harness';
import { Workspace } from '../model/stack';
import { JsonText, knownJson, Unknown, type Value } from './value';

/** Evaluates `value` as the `probe` argument of a resource in a stack built from `extra`. */
function evaluate(value: unknown, extra: Record<string, unknown> = {}): Value | undefined {
  const json = { ...extra, resource: { ...(extra.resource as object), test_probe: { p: { probe: value } } } };
  const stack = new Workspace(documents(json)).stacks[0]!;
  return stack.lookup('test_probe.p')!.get('probe');
}

describe('evaluate', () => {
  test('literals pass through; interpolated templates with known parts become strings', () => {
    assert.equal(evaluate('plain'), 'plain');
    assert.deepEqual(evaluate([1, true, null]), [1, true, null]);
    assert.equal(evaluate('a-${local.b}-c', { locals: { b: 'B' } }), 'a-B-c');
  });

  test('locals, and arguments of other resources, resolve; nesting follows lists and single blocks', () => {
    const extra = {
      locals: { ports: [22, 443], nested: '${local.ports}' },
      resource: { aws_s3_bucket: { b: { bucket: 'acme', versioning: { enabled: true } } } },
    };
    assert.deepEqual(evaluate('${local.nested}', extra), [22, 443]);
    assert.equal(evaluate('${local.ports[1]}', extra), 443);
    assert.equal(evaluate('${aws_s3_bucket.b.bucket}', extra), 'acme');
    assert.equal(evaluate('${aws_s3_bucket.b.versioning[0].enabled}', extra), true);
  });

  test('computed attributes stay unknown but remember their resource', () => {
    const value = evaluate('${aws_s3_bucket.b.arn}', { resource: { aws_s3_bucket: { b: {} } } });
    assert.ok(value instanceof Unknown);
    assert.equal(value.origin.kind, 'resource');
    assert.equal(value.reason, 'aws_s3_bucket.b.arn is known after apply');
  });

  test('a variable with a default is that value, as Terraform sees it', () => {
    const extra = { variable: { cidr: { default: '10.0.0.0/8' }, cfg: { default: { acl: 'private' } } } };
    assert.equal(evaluate('${var.cidr}', extra), '10.0.0.0/8');
    assert.equal(evaluate('${var.cfg.acl}', extra), 'private');
    assert.equal(evaluate('arn:${var.cidr}', extra), 'arn:10.0.0.0/8');
  });

  test('variables without a default, data sources, modules and undeclared names are unknown with a reason', () => {
    const extra = {
      variable: { cidr: { default: '10.0.0.0/8' } },
      data: { aws_vpc: { main: { default: true } } },
    };
    assert.match(
      (evaluate('${var.region}', { variable: { region: {} } }) as Unknown).reason,
      /variable "region" is set at plan time/,
    );
    assert.match(
      (evaluate('${data.aws_vpc.main.cidr_block}', extra) as Unknown).reason,
      /read from AWS at plan time/,
    );
    assert.match((evaluate('${module.net.vpc_id}') as Unknown).reason, /module "net" outputs/);
    assert.match((evaluate('${var.nope}') as Unknown).reason, /not declared/);
    assert.match((evaluate('${each.value}') as Unknown).reason, /known only when Terraform expands/);
  });

  test('functions: jsonencode keeps structure, base64encode and concat compute, unknown functions stay unknown', () => {
    const encoded = evaluate('${jsonencode({"a" = [1, "x"]})}');
    assert.ok(encoded instanceof JsonText);
    assert.equal(knownJson(encoded), '{"a":[1,"x"]}');
    assert.equal(evaluate('${base64encode("hi")}'), 'aGk=');
    assert.deepEqual(evaluate('${concat(["a"], ["b"])}'), ['a', 'b']);
    assert.match(
      (evaluate('${cidrsubnet("10.0.0.0/16", 8, 1)}') as Unknown).reason,
      /cidrsubnet\(\) is evaluated by Terraform/,
    );
  });

  test('a conditional on a known value picks its branch; on an unknown it is unknown', () => {
    assert.equal(evaluate('${true ? "a" : "b"}'), 'a');
    assert.ok(evaluate('${var.x ? "a" : "b"}', { variable: { x: {} } }) instanceof Unknown);
  });

  test('a template with an unknown part keeps its literal parts', () => {
    const value = evaluate('arn:aws:s3:::${var.bucket}/*', { variable: { bucket: {} } }) as Unknown;
    assert.equal(value.origin.kind, 'template');
    assert.equal(value.source(), '"arn:aws:s3:::${var.bucket}/*"');
  });

  test('reference cycles end as unknown instead of recursing forever', () => {
    const value = evaluate('${local.a}', { locals: { a: '${local.b}', b: '${local.a}' } });
    assert.ok(value instanceof Unknown);
  });

  test('unparseable expressions are unknown, never a crash', () => {
    assert.match((evaluate('${jsonencode({"a" = }') as Unknown).reason, /could not be parsed/);
  });

  test('remote state outputs resolve through a stack of the run, and stay unknown otherwise', () => {
    const producer = {
      resource: { aws_vpc: { main: {} } },
      output: { vpc_id: { value: '${aws_vpc.main.id}' } },
      terraform: { backend: { local: { path: '../../state/net.tfstate' } } },
    };
    const consumer = {
      data: {
        terraform_remote_state: { net: { backend: 'local', config: { path: '../../state/net.tfstate' } } },
      },
      resource: { test_probe: { p: { probe: '${data.terraform_remote_state.net.outputs.vpc_id}' } } },
    };
    const workspace = new Workspace(documents([producer, consumer]));
    const value = workspace.stacks[1]!.lookup('test_probe.p')!.get('probe') as Unknown;
    assert.equal(value.origin.kind === 'resource' && value.origin.node.address, 'aws_vpc.main');
    const alone = new Workspace(documents([consumer])).stacks[0]!.lookup('test_probe.p')!.get(
      'probe',
    ) as Unknown;
    assert.equal(alone.origin.kind, 'remote-state');
  });
});
