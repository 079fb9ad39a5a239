import { openPortRule } from './sg-open-port';

/** STRAT-SG-001: no security group ingress from anywhere to SSH. */
export const sgSshRule = openPortRule(
  {
    id: 'STRAT-SG-001',
    checkov: ['CKV_AWS_24'],
    title: 'No security group ingress from 0.0.0.0/0 or ::/0 to port 22 (SSH)',
    severity: 'high',
    profile: 'baseline',
    fix: 'Restrict the source to known CIDRs or a security group, or use SSM Session Manager instead of SSH.',
  },
  22,
  'SSH',
  ['tcp'],
);
