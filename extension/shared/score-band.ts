export type Band = 'high' | 'mid' | 'low';

/** ≥75 a strong match, 50–74 worth a look, below 50 a stretch. */
export function bandOf(score: number): Band {
  if (score >= 75) return 'high';
  if (score >= 50) return 'mid';
  return 'low';
}

export const BAND_COLOURS: Readonly<Record<Band, string>> = {
  high: '#1a7f37',
  mid: '#b45309',
  low: '#c62828',
};
