/**
 * The first `max` UTF-16 units of `s`, one fewer when the cut would split a surrogate pair:
 * a lone half of an emoji or CJK extension character is invalid text that breaks JSON
 * consumers, storage and display downstream.
 */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  const last = s.charCodeAt(max - 1);
  return s.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}
