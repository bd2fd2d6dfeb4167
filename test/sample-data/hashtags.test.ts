import { describe, expect, it } from 'vitest';
import { hashtags, num, type HashtagRow } from './sampleFiles';

describe('hashtag_views.csv', () => {
  const seriesOf = (r: HashtagRow): string => `${r.platform}|${r.hashtag}`;
  const dayOf = (r: HashtagRow): string => r.observed_at.slice(0, 10);

  it('has UTC instants within the range, lower-case hashtags and integer counts', () => {
    for (const r of hashtags) {
      expect(r.observed_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(dayOf(r) >= '2024-12-01' && dayOf(r) <= '2025-03-31', r.observed_at).toBe(true);
      expect(r.hashtag).toMatch(/^[a-z0-9_]+$/);
      expect(r.views).toMatch(/^(0|[1-9][0-9]*)$/);
      expect(r.posts).toMatch(/^(0|[1-9][0-9]*)?$/);
      expect(r.source).not.toBe('');
    }
    const series = new Set(hashtags.map(seriesOf));
    for (const wanted of [
      'xiaohongshu|tiktokrefugee',
      'tiktok|tiktokrefugee',
      'tiktok|rednote',
      'tiktok|lemon8',
    ]) {
      expect(series.has(wanted), wanted).toBe(true);
    }
  });

  it('is sorted by observed_at, platform and hashtag without duplicates', () => {
    const keys = hashtags.map((r) => `${r.observed_at}|${seriesOf(r)}`);
    for (let i = 1; i < keys.length; i += 1) {
      expect((keys[i - 1] ?? '') < (keys[i] ?? ''), `row ${i + 1}`).toBe(true);
    }
  });

  it('observes every series at least four times a day during the 2025-01-12..20 surge and once a day otherwise', () => {
    const perDay = new Map<string, number>();
    for (const r of hashtags.filter((row) => row.source === 'illustrative')) {
      const key = `${seriesOf(r)}|${dayOf(r)}`;
      perDay.set(key, (perDay.get(key) ?? 0) + 1);
    }
    for (const [key, count] of perDay) {
      const day = key.slice(-10);
      if (day >= '2025-01-12' && day <= '2025-01-20') expect(count, key).toBeGreaterThanOrEqual(4);
      else expect(count, key).toBe(1);
    }
    const surgeRows = hashtags.filter(
      (r) => dayOf(r) === '2025-01-14' && r.platform === 'xiaohongshu',
    );
    expect(surgeRows.length).toBeGreaterThanOrEqual(8);
  });

  it('starts tiktokrefugee no earlier than 2025-01-12', () => {
    const first = hashtags
      .filter((r) => r.hashtag === 'tiktokrefugee')
      .map(dayOf)
      .sort()[0];
    expect(first !== undefined && first >= '2025-01-12').toBe(true);
  });

  it('never decreases within a series except at a published count (a correction)', () => {
    const last = new Map<string, HashtagRow>();
    const lastIllustrative = new Map<string, HashtagRow>();
    for (const r of hashtags) {
      const key = seriesOf(r);
      const previous = last.get(key);
      if (previous !== undefined && num(r.views) < num(previous.views)) {
        expect(
          r.source !== 'illustrative' || previous.source !== 'illustrative',
          r.observed_at,
        ).toBe(true);
      }
      if (r.source === 'illustrative') {
        const before = lastIllustrative.get(key);
        if (before !== undefined) {
          expect(num(r.views), `${key} ${r.observed_at}`).toBeGreaterThanOrEqual(num(before.views));
          if (r.posts !== '' && before.posts !== '')
            expect(num(r.posts)).toBeGreaterThanOrEqual(num(before.posts));
        }
        lastIllustrative.set(key, r);
      }
      last.set(key, r);
    }
  });
});
