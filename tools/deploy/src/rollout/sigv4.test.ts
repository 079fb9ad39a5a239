import assert from 'node:assert/strict';
import { test } from 'node:test';
import { signV4 } from './sigv4';

test('signs like botocore (reference computed with botocore SigV4Auth for the same request)', () => {
  const headers = signV4({
    method: 'POST',
    url: new URL('https://monitoring.eu-west-1.amazonaws.com/'),
    service: 'monitoring',
    region: 'eu-west-1',
    headers: {
      'Content-Type': 'application/x-amz-json-1.0',
      'X-Amz-Target': 'GraniteServiceVersion20100801.DescribeAlarms',
    },
    body: '{"AlarmNames":["a1"]}',
    credentials: {
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
      sessionToken: 'tok',
    },
    at: new Date('2026-01-02T03:04:05.678Z'),
  });
  assert.equal(headers['x-amz-date'], '20260102T030405Z');
  assert.equal(headers['x-amz-security-token'], 'tok');
  assert.equal(
    headers.authorization,
    'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260102/eu-west-1/monitoring/aws4_request, ' +
      'SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, ' +
      'Signature=13bee48501a595f1dbeee9eae4088199efdf4313c62da2e6b276c9123bb2b32b',
  );
});
