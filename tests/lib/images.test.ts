/** src/lib/images.ts: which widths a picture is encoded at, and its dimensions as numbers. */
import { describe, expect, it } from 'vitest';
import { imageWidths, numericDimensions } from '../../src/lib/images.ts';

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
    expect(numericDimensions({ format: 'avif' })).toEqual({ format: 'avif' });
    expect(numericDimensions({ width: '50%', widths: [360] })).toEqual({ width: '50%', widths: [360] });
  });
});
