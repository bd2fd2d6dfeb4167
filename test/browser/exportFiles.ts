import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

/** Clicks a button that downloads a file; the file's suggested name and bytes. */
export async function downloaded(page: Page, button: Locator) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = (await download.path()) ?? '';
  return { name: download.suggestedFilename(), path: file, bytes: await readFile(file) };
}

/** A PNG's width and height, from its IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('Not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * How many pixels of two same-sized PNG pictures differ by more than `tolerance` in a channel,
 * as a share of all pixels; compared on canvases in the page's browser.
 */
export async function pixelDifference(page: Page, a: Buffer, b: Buffer, tolerance = 24) {
  return page.evaluate(
    async ([first, second, tol]) => {
      const load = async (data: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height);
      };
      const [x, y] = await Promise.all([load(first as string), load(second as string)]);
      if (x.width !== y.width || x.height !== y.height)
        return { share: 1, size: `${x.width}×${x.height} vs ${y.width}×${y.height}` };
      let differing = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        for (let c = 0; c < 4; c++) {
          if (Math.abs(x.data[i + c]! - y.data[i + c]!) > (tol as number)) {
            differing++;
            break;
          }
        }
      }
      return { share: differing / (x.width * x.height), size: `${x.width}×${x.height}` };
    },
    [a.toString('base64'), b.toString('base64'), tolerance] as const,
  );
}
