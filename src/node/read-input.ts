import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { PageInput } from '../parse/parse-input.ts';

export type ReadResult = { ok: true; input: PageInput } | { ok: false; error: string };

// A posting is text; anything this large is not one and would only cost time.
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

const TEXT_EXT = new Set(['.txt', '.md', '.markdown', '.text']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);

function looksBinary(buf: Buffer): boolean {
  const sample = buf.subarray(0, 8192);
  if (sample.includes(0)) return true;
  let control = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32)) control++;
  return sample.length > 0 && control / sample.length > 0.1;
}

function decode(buf: Buffer): string {
  // Strip a UTF-8 BOM; invalid bytes become U+FFFD, which the salary reader tolerates.
  const text = new TextDecoder('utf-8').decode(buf);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function sniff(text: string): 'html' | 'json' | 'text' {
  const head = text.trimStart().slice(0, 200);
  if (/^[{[]/.test(head)) return 'json';
  if (/^<(!doctype|html|head|body|div|p|h\d|section|article|!--|main|ul|span)/i.test(head))
    return 'html';
  return 'text';
}

/** Turns raw bytes into a parser input, by file extension or, failing that, by content. */
export function inputFromBuffer(buf: Buffer, name: string, url: string | null): ReadResult {
  if (buf.length === 0) return { ok: false, error: 'empty input' };
  if (buf.length > MAX_INPUT_BYTES) {
    return { ok: false, error: `input too large (${buf.length} bytes; limit ${MAX_INPUT_BYTES})` };
  }
  if (looksBinary(buf)) return { ok: false, error: 'binary file, not text, HTML or JSON' };
  const text = decode(buf);
  const ext = extname(name).toLowerCase();
  const kind = TEXT_EXT.has(ext)
    ? 'text'
    : HTML_EXT.has(ext)
      ? 'html'
      : ext === '.json'
        ? 'json'
        : sniff(text);
  if (kind === 'text') return { ok: true, input: { kind, text, url } };
  if (kind === 'html') return { ok: true, input: { kind, html: text, url } };
  try {
    return { ok: true, input: { kind: 'json', value: JSON.parse(text), url } };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ok: false, error: `invalid JSON: ${why}` };
  }
}

export async function readInputFile(path: string, url: string | null): Promise<ReadResult> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, error: 'file not found' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, error: 'permission denied' };
    if (code === 'EISDIR') return { ok: false, error: 'is a directory' };
    return { ok: false, error: `unreadable: ${code ?? String(err)}` };
  }
  return inputFromBuffer(buf, path, url);
}
