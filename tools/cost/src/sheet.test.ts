import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError } from '@stratum/config';
import { parsePriceSheet, readPriceSheet } from './sheet';

const HEADER = 'resource_type,component,key,unit,usd,basis,note';
const META = '# as-of: 2026-11-01\n# region: us-east-1\n';

describe('price sheet', () => {
  it('ships a sheet with its date, region and the kinds the layers create', () => {
    const sheet = readPriceSheet();
    assert.match(sheet.asOf, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(sheet.region, 'us-east-1');
    for (const type of [
      'aws_nat_gateway',
      'aws_db_instance',
      'aws_lb',
      'aws_ecs_service',
      'aws_kms_key',
      'aws_cloudwatch_metric_alarm',
      'aws_sqs_queue',
      'aws_s3_bucket',
    ])
      assert.ok(
        sheet.rows.some((r) => r.resourceType === type),
        `${type} is in the sheet`,
      );
  });

  it('parses rows and comments', () => {
    const sheet = parsePriceSheet(`${META}${HEADER}\naws_kms_key,key,,month,1,fixed,\n`, 'p.csv');
    assert.deepEqual(sheet.rows, [
      {
        resourceType: 'aws_kms_key',
        component: 'key',
        key: '',
        unit: 'month',
        usd: 1,
        basis: 'fixed',
        note: '',
      },
    ]);
  });

  const bad: [string, string, RegExp][] = [
    ['no date', `# region: us-east-1\n${HEADER}\n`, /as-of: YYYY-MM-DD/],
    ['no region', `# as-of: 2026-11-01\n${HEADER}\n`, /# region:/],
    ['a wrong header', `${META}type,usd\n`, /p\.csv:3: the header must be/],
    [
      'a negative price',
      `${META}${HEADER}\naws_kms_key,key,,month,-1,fixed,\n`,
      /p\.csv:4: usd "-1" must be a number >= 0/,
    ],
    ['a comma in a note', `${META}${HEADER}\naws_kms_key,key,,month,1,fixed,a,b\n`, /p\.csv:4: expected 7/],
    ['an unknown basis', `${META}${HEADER}\naws_kms_key,key,,month,1,flat,\n`, /basis "flat" must be one of/],
    ['a priced usage row', `${META}${HEADER}\naws_sqs_queue,req,,usage,0.4,usage,\n`, /set usd to 0/],
    [
      'a duplicate',
      `${META}${HEADER}\naws_kms_key,key,,month,1,fixed,\naws_kms_key,key,,month,2,fixed,\n`,
      /priced twice/,
    ],
    ['a non-AWS type', `${META}${HEADER}\ngoogle_x,key,,month,1,fixed,\n`, /not a Terraform AWS type/],
  ];
  for (const [what, text, message] of bad) {
    it(`refuses ${what}, naming the file and line`, () => {
      assert.throws(
        () => parsePriceSheet(text, 'p.csv'),
        (error: unknown) => error instanceof ConfigError && message.test(error.message),
      );
    });
  }
});
