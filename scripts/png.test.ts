import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon } from './make-icons.ts';
import { crc32, encodePng } from './png.ts';

describe('encodePng', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes a PNG whose pixels read back', () => {
    const px = new Uint8Array([255, 0, 0, 255, 0, 0, 255, 128]);
    const png = encodePng(2, 1, px);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(2);
    expect(png.readUInt32BE(20)).toBe(1);
    const idatLen = png.readUInt32BE(33);
    const raw = inflateSync(png.subarray(41, 41 + idatLen));
    expect([...raw]).toEqual([0, ...px]);
  });
});

describe('drawIcon', () => {
  it('is transparent in the corner and opaque in the middle', () => {
    const img = drawIcon(32);
    expect(img[3]).toBe(0);
    expect(img[(16 * 32 + 16) * 4 + 3]).toBe(255);
  });
});
