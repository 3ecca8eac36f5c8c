/**
 * A list run together on one line, as job boards flatten bullets: "Requirements: - 5 years of
 * SQL - Experience with Tableau - A degree" or "… • Python • Airflow • dbt". A line that holds
 * at least MIN_ITEMS such separators, each before an item that starts with a capital, a digit
 * or an opening bracket, is a list: each item goes on a line of its own with its mark, so an
 * item's words ("preferred", "a plus") speak for that item only and a lead over the list
 * reaches every item.
 */

const MIN_ITEMS = 3;
/** " - Item", " • item", " · item", " ▪ item": a mark between spaces before an item. */
const SEPARATOR = /[ \t]+([-–•·▪●])[ \t]+(?=[\p{Lu}\d(])/gu;

/** Shorter than three marked items can be. */
const MIN_LINE = 4 * MIN_ITEMS;

/** One mark between spaces: a line without one holds no run-together list. */
const ANY_MARK = /[ \t][-–•·▪●][ \t]/;
const EVERY_MARK = /[ \t][-–•·▪●][ \t]/g;

function splitLine(line: string): string {
  if (line.length < MIN_LINE || !ANY_MARK.test(line)) return line;
  const marks = [...line.matchAll(SEPARATOR)];
  if (marks.length < MIN_ITEMS) return line;
  let out = '';
  let from = 0;
  for (const m of marks) {
    out += `${line.slice(from, m.index)}\n${m[1]} `;
    from = m.index + m[0].length;
  }
  return out + line.slice(from);
}

/**
 * The text with every run-together list split into one item a line. Only the lines that hold
 * a mark are read again (found by one scan of the text); the others are kept as they are.
 */
export function splitRunTogetherItems(text: string): string {
  let out = '';
  let from = 0;
  EVERY_MARK.lastIndex = 0;
  while (EVERY_MARK.test(text)) {
    const mark = EVERY_MARK.lastIndex - 3;
    const start = text.lastIndexOf('\n', mark) + 1;
    const nl = text.indexOf('\n', mark);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    const split = splitLine(line);
    if (split !== line) {
      out += text.slice(from, start) + split;
      from = end;
    }
    if (nl < 0) break;
    EVERY_MARK.lastIndex = nl;
  }
  EVERY_MARK.lastIndex = 0;
  return from === 0 ? text : out + text.slice(from);
}
