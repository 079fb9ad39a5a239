import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { JsonText, Unknown, type ValueRecord } from '../eval/value';
import { adminGrants, policyStatements } from './iam';

const admin = (statement: ValueRecord | Unknown) => adminGrants(statement).map((g) => g.check);

describe('IAM policy reading', () => {
  test('JSON text, jsonencode values and plain objects give the same statements', () => {
    const statement = { Effect: 'Allow', Action: '*', Resource: '*' };
    const text = policyStatements(JSON.stringify({ Statement: [statement] }));
    const encoded = policyStatements(new JsonText({ Statement: [statement] }, 'jsonencode(...)'));
    const single = policyStatements(JSON.stringify({ Statement: statement }));
    assert.deepEqual(text.statements, [statement]);
    assert.deepEqual(encoded.statements, [statement]);
    assert.deepEqual(single.statements, [statement]);
  });

  test('JSON text with interpolations: the unknown parts are put back where they were', () => {
    const arn = new Unknown('aws_s3_bucket.b.arn', 'known after apply');
    const template = new Unknown('{...}', 'known after apply', {
      kind: 'template',
      parts: ['{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"', arn, '/*"}]}'],
    });
    const [statement] = policyStatements(template).statements as ValueRecord[];
    assert.ok(statement?.Resource instanceof Unknown);
    assert.deepEqual(admin(statement!), [false]);
  });

  test('wildcards in every spelling', () => {
    assert.deepEqual(admin({ Effect: 'Allow', Action: '*', Resource: '*' }), [true]);
    assert.deepEqual(admin({ Effect: 'Allow', Action: ['s3:GetObject', '*'], Resource: ['*'] }), [true]);
    assert.deepEqual(admin({ effect: 'allow', action: '*:*', resource: '*' }), [true]);
    assert.deepEqual(admin({ Action: '*', Resource: '*' }), [true], 'Effect missing is read as Allow');
    assert.deepEqual(admin({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }), [true]);
    assert.deepEqual(admin({ Effect: 'Deny', Action: '*', Resource: '*' }), []);
    assert.deepEqual(admin({ Effect: 'Allow', Action: 's3:*', Resource: '*' }), [false]);
  });

  test('a policy that is not JSON, or comes from a variable, is unknown', () => {
    assert.match(policyStatements('not json').unknown?.reason ?? '', /not valid JSON/);
    const variable = new Unknown('var.policy', 'variable "policy" is set at plan time', {
      kind: 'variable',
      name: 'policy',
    });
    assert.equal(policyStatements(variable).unknown, variable);
  });
});
