import { describe, expect, it } from 'vitest';
import { parseHtmlLinkedom } from '../dom/linkedom-env.ts';
import { jsonOfPreDocument } from './pre-json.ts';
import { asBrowserJsonView } from './workday-cxs-fixture.ts';

const read = (html: string) => jsonOfPreDocument(parseHtmlLinkedom(html));

describe('jsonOfPreDocument', () => {
  const value = { job: { title: 'Baker', body: '<p>Bread & rolls</p>' } };

  it('reads a browser JSON view, unescaping the HTML inside strings once', () => {
    expect(read(asBrowserJsonView(value))).toEqual(value);
  });

  it('allows a viewer control beside the <pre>, in or out of <body>', () => {
    const control = '<div class="viewer-controls"><label>Pretty-print</label></div>';
    expect(read(asBrowserJsonView(value, control))).toEqual(value);
    const inBody = `<!doctype html><html><head></head><body><pre>[1, 2]</pre>${control}</body></html>`;
    expect(read(inBody)).toEqual([1, 2]);
  });

  it.each([
    [
      'a page with a code sample',
      '<h1>API</h1><p>Send this body to create a job:</p><pre>{"a": 1}</pre>',
    ],
    ['two blocks', '<pre>{"a": 1}</pre><pre>{"b": 2}</pre>'],
    ['text that is not JSON', '<pre>{ not json }</pre>'],
    ['a plain <pre>', '<pre>Line one\nLine two</pre>'],
    ['a <pre> nested in a page', '<main><pre>{"a": 1}</pre></main>'],
    ['no <pre>', '<p>{"a": 1}</p>'],
  ])('leaves %s alone', (_, html) => {
    expect(read(html)).toBeUndefined();
  });
});
