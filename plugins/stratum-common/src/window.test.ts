import { formatDuration, parseDuration } from './window';

describe('parseDuration', () => {
  it('reads minutes, hours, days and weeks', () => {
    expect(parseDuration('90m')).toBe(90 * 60_000);
    expect(parseDuration('12h')).toBe(12 * 3_600_000);
    expect(parseDuration('30d')).toBe(30 * 86_400_000);
    expect(parseDuration('2w')).toBe(14 * 86_400_000);
  });

  it('refuses anything else', () => {
    for (const text of ['', '30', 'd', '1.5d', '-1d', '30 days', '1y'])
      expect(parseDuration(text)).toBeUndefined();
  });

  it('formats with the largest whole unit', () => {
    expect(formatDuration(30 * 86_400_000)).toBe('30d');
    expect(formatDuration(14 * 86_400_000)).toBe('2w');
    expect(formatDuration(90 * 60_000)).toBe('90m');
  });
});
