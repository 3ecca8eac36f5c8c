/**
 * The wire format of JobLens runtime messages, without zod: the content script and our pages
 * send and unwrap with these. Receivers that trust nobody (the background) still check every
 * message against the zod schemas in protocol.ts.
 */

/** Tagged so unrelated messages are told apart without guessing. */
export interface Envelope {
  joblens: 1;
  type: string;
  payload: unknown;
}

export type Reply = { ok: true; data: unknown } | { ok: false; error: string };

export const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

export function wrap<T extends string, P>(type: T, payload: P) {
  return { joblens: 1 as const, type, payload };
}

export function isEnvelope(raw: unknown): raw is Envelope {
  return isRecord(raw) && raw.joblens === 1 && typeof raw.type === 'string' && 'payload' in raw;
}

export function isReply(raw: unknown): raw is Reply {
  if (!isRecord(raw)) return false;
  if (raw.ok === true) return 'data' in raw;
  return raw.ok === false && typeof raw.error === 'string';
}
