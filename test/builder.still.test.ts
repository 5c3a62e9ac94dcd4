import {expect} from '@open-wc/testing';
import {
  halves,
  labelBox,
  LABEL,
  STILL_HEIGHT,
  STILL_WIDTH,
} from '../src/embed/still.js';
import {BEFORE, closeFrames, FULL, openBuilder} from './helpers/builder.js';
import {guardConsole} from './helpers/guards.js';
import {settled, until} from './helpers/wait.js';

guardConsole();
afterEach(closeFrames);

/*
 * The builder's share image: a 1200 × 630 JPEG of both images side by side
 * (or one above the other), made in a canvas, and the geometry it is made
 * with.
 */

describe('the embed builder', () => {
  describe('the share image', () => {
    /** Mean brightness of each half of an image, along its axis. */
    async function halfMeans(blob: Blob, vertical = false) {
      const bitmap = await createImageBitmap(blob);
      const canvas = document.createElement('canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const mean = (x: number, y: number, w: number, h: number) => {
        const {data} = ctx.getImageData(x, y, w, h);
        let sum = 0;
        for (let i = 0; i < data.length; i += 4)
          sum += data[i]! + data[i + 1]! + data[i + 2]!;
        return sum / (data.length / 4) / 3;
      };
      const {width: w, height: h} = bitmap;
      return {
        size: [w, h],
        start: vertical ? mean(0, 0, w, h / 2) : mean(0, 0, w / 2, h),
        end: vertical ? mean(0, h / 2, w, h / 2) : mean(w / 2, 0, w / 2, h),
      };
    }

    async function make(doc: Document): Promise<Blob> {
      doc.querySelector<HTMLButtonElement>('#make-still')!.click();
      const link = doc.querySelector<HTMLAnchorElement>('#still-download')!;
      await until(() => !link.hidden, 'the download link');
      expect(link.download).to.match(/\.jpg$/);
      const blob = await (await fetch(link.href)).blob();
      expect(blob.type).to.equal('image/jpeg');
      return blob;
    }

    for (const [name, query, vertical, lighter] of [
      ['side by side', {orientation: 'horizontal'}, false, 'start'],
      ['right to left', {orientation: 'horizontal', dir: 'rtl'}, false, 'end'],
      ['top and bottom', {orientation: 'vertical'}, true, 'start'],
    ] as const) {
      it(`is 1200 × 630 with the earlier image on its ${lighter === 'start' ? 'first' : 'second'} half, ${name}`, async () => {
        const doc = await openBuilder({...FULL, ...query});
        const {size, start, end} = await halfMeans(await make(doc), vertical);
        expect(size).to.deep.equal([1200, 630]);
        // before.svg is sand (#c8b68a), after.svg grey (#6d6d6d).
        const [before, after] =
          lighter === 'start' ? [start, end] : [end, start];
        expect(before - after).to.be.above(40);
        const preview = doc.querySelector<HTMLImageElement>('#still-image')!;
        await settled(preview);
        expect(preview.hidden).to.be.false;
        expect(preview.naturalWidth).to.equal(1200);
      });
    }

    it('says plainly when the images’ server does not allow copying (no CORS)', async () => {
      const other = new URL(location.href);
      other.hostname =
        location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      const foreign = new URL(BEFORE, other).href;
      const doc = await openBuilder({...FULL, before: foreign});
      // The page shows it: only a canvas is refused.
      const img = doc.querySelector<HTMLImageElement>('img[slot="before"]')!;
      expect(img.src).to.equal(foreign);
      expect(img.naturalWidth).to.be.above(0);
      doc.querySelector<HTMLButtonElement>('#make-still')!.click();
      const status = doc.querySelector('#still-status')!;
      await until(() => /CORS/.test(status.textContent!), 'the CORS message');
      expect(status.textContent).to.contain(
        'does not allow other sites to copy them'
      );
      expect(doc.querySelector<HTMLElement>('#still-download')!.hidden).to.be
        .true;
      expect(doc.querySelector<HTMLButtonElement>('#make-still')!.disabled).to
        .be.false;
    });

    it('says which image does not load', async () => {
      // A 404 on purpose.
      const doc = await openBuilder({
        ...FULL,
        after: '/test/fixtures/none.svg',
      });
      doc.querySelector<HTMLButtonElement>('#make-still')!.click();
      const status = doc.querySelector('#still-status')!;
      await until(() => /could not/.test(status.textContent!), 'a message');
      expect(status.textContent).to.contain(
        'The later image could not be loaded'
      );
    });

    it('puts the earlier image on the inline-start half, or on top', () => {
      expect(halves({}).before).to.deep.equal({
        x: 0,
        y: 0,
        width: 600,
        height: 630,
      });
      expect(halves({rtl: true}).before.x).to.equal(600);
      expect(halves({vertical: true}).after).to.deep.equal({
        x: 0,
        y: 315,
        width: 1200,
        height: 315,
      });
    });

    it('places the labels where the element does, at most 45 % wide', () => {
      const start = LABEL.inset;
      expect(labelBox('before', 100, {}).x).to.equal(start);
      const after = labelBox('after', 100, {});
      expect(after.x + after.width).to.equal(STILL_WIDTH - LABEL.inset);
      expect(labelBox('before', 100, {rtl: true}).x).to.be.above(600);
      const below = labelBox('after', 100, {vertical: true});
      expect(below.x).to.equal(start);
      expect(below.y + below.height).to.equal(STILL_HEIGHT - LABEL.inset);
      expect(labelBox('before', 5000, {}).width).to.equal(STILL_WIDTH * 0.45);
    });
  });
});
