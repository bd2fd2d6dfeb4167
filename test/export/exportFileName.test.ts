import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/export/exportFileName';

const day = new Date(Date.UTC(2025, 0, 13));

describe('the file name of an export', () => {
  it.each([
    ['RedNote tops the US App Store', 'svg', 'rednote-tops-the-us-app-store-2025-01-13.svg'],
    ['Xiaohongshu (RedNote) & TikTok: #1?', 'png', 'xiaohongshu-rednote-tiktok-1-2025-01-13.png'],
    ['Café Zoë’s “ranking”', 'csv', 'cafe-zoe-s-ranking-2025-01-13.csv'],
    ['小红书', 'zip', 'chart-2025-01-13.zip'],
    ['', 'svg', 'chart-2025-01-13.svg'],
    ['../../etc/passwd', 'svg', 'etc-passwd-2025-01-13.svg'],
    ['CON', 'svg', 'con-2025-01-13.svg'],
  ])('makes %j a safe ASCII name: %j', (title, extension, name) => {
    expect(exportFileName(title, day, extension)).toBe(name);
  });

  it('cuts a long title at a word to keep the whole name within 60 characters', () => {
    const name = exportFileName(
      'How Xiaohongshu rose to the top of the App Store while TikTok went dark in the United States',
      day,
      'png',
    );
    expect(name).toBe('how-xiaohongshu-rose-to-the-top-of-the-app-2025-01-13.png');
    expect(name.length).toBeLessThanOrEqual(60);
  });

  it('cuts a single long word where it must', () => {
    const name = exportFileName('a'.repeat(100), day, 'svg');
    expect(name).toBe(`${'a'.repeat(45)}-2025-01-13.svg`);
    expect(name).toHaveLength(60);
  });

  it('names the day in UTC, as the charts do', () => {
    expect(exportFileName('x', new Date('2025-01-13T23:30:00-05:00'), 'svg')).toBe(
      'x-2025-01-14.svg',
    );
  });
});
