/** Saved roles as storage v4 keeps them (one "role:<job key>" per role), keyed by job key. */
export function savedRolesIn(local: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(local)
      .filter(([k]) => k.startsWith('role:'))
      .map(([k, v]) => [k.slice('role:'.length), v]),
  );
}
