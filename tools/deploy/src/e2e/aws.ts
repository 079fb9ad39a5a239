/**
 * Just enough of the AWS API to check the emulator from the e2e tests: JSON-protocol calls over fetch.
 * moto does not verify signatures; the Authorization header only tells it the service and region.
 */
export class AwsClient {
  constructor(
    readonly endpoint: string,
    readonly region = 'us-east-1',
  ) {}

  /** One JSON-protocol call, e.g. `call('sqs', 'AmazonSQS.ListQueues', {})`; throws with the response on errors. */
  async call<T>(service: string, target: string, body: object, jsonVersion = '1.0'): Promise<T> {
    const response = await fetch(`${this.endpoint}/`, {
      method: 'POST',
      headers: {
        'Content-Type': `application/x-amz-json-${jsonVersion}`,
        'X-Amz-Target': target,
        Authorization: `AWS4-HMAC-SHA256 Credential=test/20260101/${this.region}/${service}/aws4_request, SignedHeaders=host, Signature=0`,
      },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${target} failed with HTTP ${response.status}: ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : {}) as T;
  }

  async queueUrls(prefix = ''): Promise<string[]> {
    const out = await this.call<{ QueueUrls?: string[] }>(
      'sqs',
      'AmazonSQS.ListQueues',
      prefix ? { QueueNamePrefix: prefix } : {},
    );
    return (out.QueueUrls ?? []).sort();
  }

  /** The URL of the queue named `name`, or undefined when it does not exist. */
  async queueUrl(name: string): Promise<string | undefined> {
    return (await this.queueUrls(name)).find((url) => url.endsWith(`/${name}`));
  }

  async queueAttributes(url: string): Promise<Record<string, string>> {
    const out = await this.call<{ Attributes?: Record<string, string> }>(
      'sqs',
      'AmazonSQS.GetQueueAttributes',
      { QueueUrl: url, AttributeNames: ['All'] },
    );
    return out.Attributes ?? {};
  }

  async setQueueAttributes(url: string, attributes: Record<string, string>): Promise<void> {
    await this.call('sqs', 'AmazonSQS.SetQueueAttributes', { QueueUrl: url, Attributes: attributes });
  }

  async queueTags(url: string): Promise<Record<string, string>> {
    const out = await this.call<{ Tags?: Record<string, string> }>('sqs', 'AmazonSQS.ListQueueTags', {
      QueueUrl: url,
    });
    return out.Tags ?? {};
  }

  /**
   * Every queue with its configuration and tags, minus timestamps and counters: what a rollback must put
   * back exactly as it was.
   */
  async queueSnapshot(): Promise<
    Record<string, { attributes: Record<string, string>; tags: Record<string, string> }>
  > {
    const VOLATILE = /^(Approximate|CreatedTimestamp$|LastModifiedTimestamp$)/;
    const out: Record<string, { attributes: Record<string, string>; tags: Record<string, string> }> = {};
    for (const url of await this.queueUrls()) {
      const attributes = Object.fromEntries(
        Object.entries(await this.queueAttributes(url)).filter(([k]) => !VOLATILE.test(k)),
      );
      out[url.split('/').pop()!] = { attributes, tags: await this.queueTags(url) };
    }
    return out;
  }

  /** GET one S3 object (path-style): its HTTP status and body. */
  async s3Object(bucket: string, key: string): Promise<{ status: number; body: string }> {
    const response = await fetch(`${this.endpoint}/${bucket}/${key}`, {
      headers: {
        Authorization: `AWS4-HMAC-SHA256 Credential=test/20260101/${this.region}/s3/aws4_request, SignedHeaders=host, Signature=0`,
        'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
      },
    });
    return { status: response.status, body: await response.text() };
  }

  /** One path-style S3 PUT (`bucket`, `bucket?publicAccessBlock`, ...) with an XML body; throws on errors. */
  async s3Put(path: string, body = ''): Promise<void> {
    const response = await fetch(`${this.endpoint}/${path}`, {
      method: 'PUT',
      headers: {
        Authorization: `AWS4-HMAC-SHA256 Credential=test/20260101/${this.region}/s3/aws4_request, SignedHeaders=host, Signature=0`,
        'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
        ...(body ? { 'Content-Type': 'application/xml' } : {}),
      },
      body: body || undefined,
    });
    if (!response.ok)
      throw new Error(`PUT /${path} failed with HTTP ${response.status}: ${await response.text()}`);
  }

  /** The value of an SSM parameter, or undefined when it does not exist. */
  async parameter(name: string): Promise<string | undefined> {
    const out = await this.call<{ Parameters?: { Name: string; Value: string }[] }>(
      'ssm',
      'AmazonSSM.GetParameters',
      { Names: [name] },
      '1.1',
    );
    return out.Parameters?.find((p) => p.Name === name)?.Value;
  }

  async putParameter(name: string, value: string): Promise<void> {
    await this.call(
      'ssm',
      'AmazonSSM.PutParameter',
      { Name: name, Value: value, Type: 'String', Overwrite: true },
      '1.1',
    );
  }

  /** CloudWatch log groups, name → retention in days (null: never expire). */
  async logGroupRetention(prefix = ''): Promise<Record<string, number | null>> {
    const out: Record<string, number | null> = {};
    let token: string | undefined;
    do {
      const page = await this.call<{
        logGroups?: { logGroupName: string; retentionInDays?: number }[];
        nextToken?: string;
      }>(
        'logs',
        'Logs_20140328.DescribeLogGroups',
        { ...(prefix ? { logGroupNamePrefix: prefix } : {}), ...(token ? { nextToken: token } : {}) },
        '1.1',
      );
      for (const g of page.logGroups ?? []) out[g.logGroupName] = g.retentionInDays ?? null;
      token = page.nextToken || undefined;
    } while (token);
    return out;
  }

  /** Every resource the tagging API knows, ARN → tags (sorted), across pages. */
  async taggedResources(): Promise<Record<string, Record<string, string>>> {
    const out: Record<string, Record<string, string>> = {};
    let token: string | undefined;
    do {
      const page = await this.call<{
        ResourceTagMappingList?: { ResourceARN: string; Tags?: { Key: string; Value: string }[] }[];
        PaginationToken?: string;
      }>(
        'tagging',
        'ResourceGroupsTaggingAPI_20170126.GetResources',
        { ResourcesPerPage: 100, ...(token ? { PaginationToken: token } : {}) },
        '1.1',
      );
      for (const r of page.ResourceTagMappingList ?? []) {
        out[r.ResourceARN] = Object.fromEntries(
          (r.Tags ?? []).map((t) => [t.Key, t.Value]).sort(([a], [b]) => a!.localeCompare(b!)),
        );
      }
      token = page.PaginationToken || undefined;
    } while (token);
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
  }
}
