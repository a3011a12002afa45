/** src/lib/images.ts: which widths a picture is encoded at, and its dimensions as numbers. */
import { describe, expect, it } from 'vitest';
import { contentHashedName, imageWidths, numericDimensions, unreferencedMetadata } from '../../src/lib/images.ts';

describe('imageWidths', () => {
  it('gives the widths that fit the source and never upscales', () => {
    expect(imageWidths('full', 4000)).toEqual([360, 720, 1200]);
    expect(imageWidths('full', 800)).toEqual([360, 720]);
    expect(imageWidths('card', 300)).toEqual([300]);
  });
});

describe('numericDimensions', () => {
  it('reads widths and sizes written as text (what Markdown and MDX hand getImage) as numbers', () => {
    expect(numericDimensions({ width: '1200', height: 900, widths: ['360', '720', '1200'], format: 'webp' })).toEqual({ width: 1200, height: 900, widths: [360, 720, 1200], format: 'webp' });
  });

  it('adds no option that was not given and leaves what is not a whole number alone', () => {
    expect(numericDimensions<{ format: string; width?: unknown }>({ format: 'avif' })).toEqual({ format: 'avif' });
    expect(numericDimensions({ width: '50%', widths: [360] })).toEqual({ width: '50%', widths: [360] });
  });
});

describe('unreferencedMetadata', () => {
  it("reads an image through its clone where it has one (Astro's build proxy), so the original is not marked as used", () => {
    const read: string[] = [];
    const metadata = { src: '/_astro/a.jpg', width: 4000, height: 3000, format: 'jpg' };
    const proxy = new Proxy(metadata, {
      get: (target, name) => {
        if (name === 'clone') return structuredClone(target);
        read.push(String(name));
        return target[name as keyof typeof target];
      },
    });
    expect(unreferencedMetadata(proxy).width).toBe(4000);
    expect(read).toEqual([]);
  });

  it('gives a plain image back as it is', () => {
    const metadata = { src: '/a.jpg', width: 800, height: 500, format: 'png' };
    expect(unreferencedMetadata(metadata)).toBe(metadata);
  });
});

describe('contentHashedName', () => {
  it("gives the name a build gave an image, with its content hash", () => {
    expect(contentHashedName('/_astro/anh-bia-000001.BNgKTJCL.jpg')).toBe('anh-bia-000001.BNgKTJCL.jpg');
    expect(contentHashedName('/_astro/so-do.kiem-dinh.Dmm-RR_d.png')).toBe('so-do.kiem-dinh.Dmm-RR_d.png');
  });

  it('gives nothing for a source served by path (astro dev) or a name without a hash', () => {
    expect(contentHashedName('/@fs/work/content/anh/a.jpg?origWidth=4000&origHeight=3000&origFormat=jpg')).toBeUndefined();
    expect(contentHashedName('/_astro/a.jpg')).toBeUndefined();
    expect(contentHashedName('/anh/a.BNgKTJCL.jpg')).toBeUndefined();
  });
});
