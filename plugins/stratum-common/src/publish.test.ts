import { PublishRunSchema } from './publish';

const run = {
  id: '01JD0000000000000000000000',
  env: 'prod',
  gitSha: 'abc1234',
  actor: 'ci',
  startedAt: '2026-01-01T00:00:00Z',
  finishedAt: '2026-01-01T00:05:00Z',
  status: 'succeeded',
  events: [
    {
      project: 'network',
      stack: 'network',
      layer: 'infrastructure',
      status: 'succeeded',
      at: '2026-01-01T00:04:00Z',
    },
  ],
};

describe('PublishRunSchema', () => {
  it('accepts a run and fills the defaults', () => {
    const parsed = PublishRunSchema.parse(run);
    expect(parsed.kind).toBe('deploy');
    expect(parsed.trigger).toBe('ci');
    expect(parsed.events).toHaveLength(1);
  });

  it('names the field that is wrong', () => {
    const result = PublishRunSchema.safeParse({ ...run, events: [{ ...run.events[0], status: 'exploded' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['events', 0, 'status']);
  });

  it('refuses unknown keys and bad ids', () => {
    expect(PublishRunSchema.safeParse({ ...run, extra: 1 }).success).toBe(false);
    expect(PublishRunSchema.safeParse({ ...run, id: '../etc' }).success).toBe(false);
  });
});
