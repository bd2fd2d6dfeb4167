import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { bundleZip } from '../../src/export/bundleZip';

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255, 128]);
const files = [
  { name: 'rank-history.svg', data: '<?xml version="1.0"?><svg/>' },
  { name: 'rank-history.png', data: png },
  { name: 'data/rank-history.csv', data: 'app,rank\n小红书,1\n' },
];

describe('the export bundle as a zip', () => {
  it('gives back every file, byte for byte, when unzipped', () => {
    const unzipped = unzipSync(bundleZip(files));
    expect(Object.keys(unzipped).sort()).toEqual(files.map((f) => f.name).sort());
    expect(unzipped['rank-history.png']).toEqual(png);
    expect(strFromU8(unzipped['rank-history.svg']!)).toBe(files[0]!.data);
    expect(strFromU8(unzipped['data/rank-history.csv']!)).toBe('app,rank\n小红书,1\n');
  });

  it('makes the same bytes from the same files, whenever it runs', () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date(2030, 5, 1, 12, 0, 0));
      const first = bundleZip(files);
      vi.setSystemTime(new Date(2031, 0, 2, 3, 4, 6));
      expect(bundleZip(files)).toEqual(first);
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([
    '',
    '/etc/passwd',
    '../up.txt',
    'data/../../up.txt',
    'a\\b.txt',
    'C:x.txt',
    'dir/',
    'a//b',
    '__proto__',
  ])('refuses the unsafe name %j', (name) => {
    expect(() => bundleZip([{ name, data: 'x' }])).toThrow(/Not a safe file name/);
  });

  it('refuses two files of the same name', () => {
    expect(() => bundleZip([files[0]!, files[0]!])).toThrow(/Two files named rank-history.svg/);
  });
});
