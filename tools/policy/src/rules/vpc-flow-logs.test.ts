import { describeRule, r, stack } from '../fixtures/harness';
import { vpcFlowLogsRule } from './vpc-flow-logs';

const vpc = r('aws_vpc', 'main', { cidr_block: '10.0.0.0/16' });
const flowLog = (vpcId: unknown) =>
  r('aws_flow_log', 'main', {
    vpc_id: vpcId,
    traffic_type: 'ALL',
    log_destination: '${aws_cloudwatch_log_group.flow.arn}',
  });
const network = {
  ...stack(vpc),
  output: { vpc_id: { value: '${aws_vpc.main.id}' } },
  terraform: { backend: { s3: { bucket: 'acme-tfstate', key: 'prod/network.tfstate' } } },
};
const remote = {
  terraform_remote_state: {
    network: { backend: 's3', config: { bucket: 'acme-tfstate', key: 'prod/network.tfstate' } },
  },
};

describeRule(vpcFlowLogsRule, {
  fail: {
    'a flow log that names nothing to capture': stack(
      r('aws_flow_log', 'orphan', { traffic_type: 'ALL', log_destination: 'arn:aws:logs:x' }),
    ),
    'the only flow log references another (undeclared) VPC': stack(
      r('aws_vpc', 'main', { cidr_block: '10.0.0.0/16' }),
      r('aws_flow_log', 'typo', { vpc_id: '${aws_vpc.mian.id}', traffic_type: 'ALL' }),
    ),
    'VPC without flow log': { json: stack(vpc), checkov: 'CKV2_AWS_11' },
    'flow log for another VPC': stack(vpc, r('aws_vpc', 'other', {}), flowLog('${aws_vpc.other.id}')),
    'flow log on a subnet only': stack(vpc, r('aws_flow_log', 'subnet', { subnet_id: '${aws_subnet.a.id}' })),
  },
  pass: {
    'a flow log of an undeclared VPC does not count as unknown for a declared one': stack(
      r('aws_vpc', 'main', { cidr_block: '10.0.0.0/16' }),
      r('aws_flow_log', 'main', { vpc_id: '${aws_vpc.main.id}', traffic_type: 'ALL' }),
      r('aws_flow_log', 'typo', { vpc_id: '${aws_vpc.mian.id}', traffic_type: 'ALL' }),
    ),
    'flow log referencing the VPC id': stack(vpc, flowLog('${aws_vpc.main.id}')),
    'flow log in the security stack, VPC id through remote state (both stacks in the run)': [
      network,
      { ...stack(flowLog('${data.terraform_remote_state.network.outputs.vpc_id}')), data: remote },
    ],
    'VPC with count = 0': stack(r('aws_vpc', 'main', { count: 0 })),
  },
  unknown: {
    'flow log in another stack reading a state that is not in the run': [
      network,
      {
        ...stack(flowLog('${data.terraform_remote_state.network.outputs.vpc_id}')),
        data: {
          terraform_remote_state: {
            network: { backend: 's3', config: { bucket: 'acme-tfstate', key: 'prod/other.tfstate' } },
          },
        },
      },
    ],
    'flow log whose VPC comes from a state outside the run': {
      ...stack(vpc, flowLog('${data.terraform_remote_state.network.outputs.vpc_id}')),
      data: remote,
    },
  },
});
