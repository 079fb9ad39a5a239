import { openPortRule } from './sg-open-port';

/** STRAT-SG-002: no security group ingress from anywhere to RDP (TCP and UDP 3389). */
export const sgRdpRule = openPortRule(
  {
    id: 'STRAT-SG-002',
    checkov: ['CKV_AWS_25'],
    title: 'No security group ingress from 0.0.0.0/0 or ::/0 to port 3389 (RDP)',
    severity: 'high',
    profile: 'baseline',
    fix: 'Restrict the source to known CIDRs or a security group, or reach the host through SSM Fleet Manager.',
  },
  3389,
  'RDP',
  ['tcp', 'udp'],
);
