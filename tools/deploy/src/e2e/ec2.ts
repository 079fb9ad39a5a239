/**
 * EC2 calls for the e2e tests, in the Query protocol EC2 speaks (form-encoded request, XML answer), like a
 * person's `aws ec2 ...` in the console would make them. moto does not verify signatures.
 */
export class Ec2Client {
  constructor(
    readonly endpoint: string,
    readonly region = 'us-east-1',
  ) {}

  /** One Query-protocol call; returns the XML answer, throws with it on errors. */
  async call(action: string, params: Record<string, string>): Promise<string> {
    const body = new URLSearchParams({ Action: action, Version: '2016-11-15', ...params });
    const response = await fetch(`${this.endpoint}/`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8',
        Authorization: `AWS4-HMAC-SHA256 Credential=test/20260101/${this.region}/ec2/aws4_request, SignedHeaders=host, Signature=0`,
      },
      body: body.toString(),
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`ec2 ${action} failed with HTTP ${response.status}: ${text.slice(0, 500)}`);
    return text;
  }

  /** The id of the security group named `name`, or undefined. */
  async securityGroupId(name: string): Promise<string | undefined> {
    const xml = await this.call('DescribeSecurityGroups', {
      'Filter.1.Name': 'group-name',
      'Filter.1.Value.1': name,
    });
    return /<groupId>(sg-[0-9a-f]+)<\/groupId>/.exec(xml)?.[1];
  }

  /** Opens `port`/tcp to `cidr` on a group, as a console edit would. */
  async authorizeIngress(groupId: string, port: number, cidr: string): Promise<void> {
    await this.call('AuthorizeSecurityGroupIngress', {
      GroupId: groupId,
      'IpPermissions.1.IpProtocol': 'tcp',
      'IpPermissions.1.FromPort': String(port),
      'IpPermissions.1.ToPort': String(port),
      'IpPermissions.1.IpRanges.1.CidrIp': cidr,
    });
  }
}
