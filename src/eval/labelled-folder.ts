import { readdir } from 'node:fs/promises';
import { errorMessage } from './check-posting.ts';
import type { Problem } from './report-types.ts';

export const LABEL_SUFFIX = '.label.json';

export interface LabelledFolder {
  /** The label files, sorted. */
  labels: string[];
  /** Files that are neither a label nor what one labels (nor the folder's own notes). */
  unlabelled: string[];
  /** Why the folder could not be read, or null. */
  inputError: string | null;
}

/**
 * A folder of `<name>.label.json` files beside what they label. `labelled(base)` names the
 * file a label's base name labels ("x" for documents, "x.html" for saved pages); `skip` are
 * files that belong to the folder without a label. An unreadable folder is a problem, not a
 * throw.
 */
export async function readLabelledFolder(
  dir: string,
  labelled: (base: string) => string,
  skip: ReadonlySet<string>,
  problems: Problem[],
): Promise<LabelledFolder> {
  let names: string[] = [];
  let inputError: string | null = null;
  try {
    names = (await readdir(dir)).sort();
  } catch (error) {
    inputError = `cannot read the folder: ${errorMessage(error)}`;
    problems.push({ file: dir, message: inputError });
  }
  const labels = names.filter((n) => n.endsWith(LABEL_SUFFIX));
  const covered = new Set(labels.map((n) => labelled(n.slice(0, -LABEL_SUFFIX.length))));
  const unlabelled = names.filter(
    (n) => !n.endsWith(LABEL_SUFFIX) && !covered.has(n) && !skip.has(n) && !n.startsWith('.'),
  );
  return { labels, unlabelled, inputError };
}
