import { readFile } from 'node:fs/promises';
import { evaluateScale, type ParseText } from './evaluate-scale.ts';
import type { ScaleReport } from './report-types.ts';

/** Reads a scale set (JSONL) and evaluates it; an unreadable file is reported, never thrown. */
export async function runScale(file: string, parse: ParseText): Promise<ScaleReport> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    const inputError = `cannot read the file: ${error instanceof Error ? error.message : error}`;
    const report = evaluateScale(file, '', parse);
    return { ...report, inputError, problems: [{ file, message: inputError }] };
  }
  return evaluateScale(file, content, parse);
}
