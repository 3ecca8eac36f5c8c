import { z } from 'zod';
import { QUARANTINE_PREFIX } from './keys.ts';

/** A stored value that failed validation, kept with the reason until the user dismisses it. */
export const QuarantineEntry = z.object({
  originalKey: z.string(),
  reason: z.string(),
  value: z.unknown(),
  at: z.number(),
});
export type QuarantineEntry = z.infer<typeof QuarantineEntry>;

/** What the UI shows about one set-aside value. */
export const Notice = z.object({
  id: z.string(),
  originalKey: z.string(),
  reason: z.string(),
  at: z.number(),
});
export type Notice = z.infer<typeof Notice>;

const REASON_MAX = 600;

/** A zod failure as one readable line ("savedRoles.x.stage: Invalid option ..."). */
export function describeIssues(error: z.ZodError): string {
  const text = error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`)
    .join('; ');
  return text.length > REASON_MAX ? `${text.slice(0, REASON_MAX)}…` : text;
}

export function quarantineKey(originalKey: string, at: number, seq = 0): string {
  return `${QUARANTINE_PREFIX}${originalKey}:${at}${seq ? `-${seq}` : ''}`;
}

export function isQuarantineKey(key: string): boolean {
  return key.startsWith(QUARANTINE_PREFIX);
}

/** Notices for the UI: every quarantined value, newest first. Unreadable entries still show. */
export function noticesFrom(all: Record<string, unknown>): Notice[] {
  const out: Notice[] = [];
  for (const [id, raw] of Object.entries(all)) {
    if (!isQuarantineKey(id)) continue;
    const parsed = QuarantineEntry.safeParse(raw);
    out.push(
      parsed.success
        ? {
            id,
            originalKey: parsed.data.originalKey,
            reason: parsed.data.reason,
            at: parsed.data.at,
          }
        : {
            id,
            originalKey: id.slice(QUARANTINE_PREFIX.length),
            reason: 'unreadable entry',
            at: 0,
          },
    );
  }
  return out.sort((a, b) => b.at - a.at);
}
