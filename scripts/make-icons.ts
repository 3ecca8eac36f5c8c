/**
 * Draws the JobLens icon (a lens over a blue rounded square) at 16/32/48/128 px into
 * public/icons/. No network, no image library: signed distances, 4x4 supersampling.
 * Run: npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encodePng } from './png.ts';

type RGBA = [number, number, number, number];
const BG: RGBA = [36, 87, 197, 255];
const LENS: RGBA = [255, 255, 255, 255];
const GLASS: RGBA = [120, 200, 140, 255];

function roundedSquare(x: number, y: number, r: number): number {
  const qx = Math.abs(x - 0.5) - (0.5 - r);
  const qy = Math.abs(y - 0.5) - (0.5 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

function segment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const h = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * h, py - dy * h);
}

/** The colour at a point of the unit square. */
function shade(x: number, y: number): RGBA | null {
  if (roundedSquare(x, y, 0.2) > 0) return null;
  const cx = 0.43;
  const cy = 0.43;
  const ring = Math.abs(Math.hypot(x - cx, y - cy) - 0.22);
  if (ring < 0.065) return LENS;
  if (segment(x, y, 0.6, 0.6, 0.8, 0.8) < 0.075) return LENS;
  if (Math.hypot(x - cx, y - cy) < 0.16) return GLASS;
  return BG;
}

export function drawIcon(size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = shade((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          if (!c) continue;
          for (let i = 0; i < 3; i++) acc[i] = (acc[i] ?? 0) + (c[i] ?? 0) * (c[3] / 255);
          acc[3] = (acc[3] ?? 0) + c[3];
        }
      }
      const alpha = (acc[3] ?? 0) / (S * S);
      const o = (py * size + px) * 4;
      for (let i = 0; i < 3; i++)
        out[o + i] = alpha ? Math.round((acc[i] ?? 0) / (S * S) / (alpha / 255)) : 0;
      out[o + 3] = Math.round(alpha);
    }
  }
  return out;
}

export const ICON_SIZES = [16, 32, 48, 128] as const;

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const dir = resolve(import.meta.dirname, '..', 'public', 'icons');
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    writeFileSync(resolve(dir, `icon-${size}.png`), encodePng(size, size, drawIcon(size)));
    console.log(`public/icons/icon-${size}.png`);
  }
}
