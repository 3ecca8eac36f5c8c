import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { elementText } from './document-text.ts';

function doc(body: string): Document {
  return parseHTML(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`)
    .document as unknown as Document;
}

describe('elementText', () => {
  it.each([
    [
      'inline spans stay joined',
      '<div><span>$108,400</span><span>—</span><span>$129,600</span></div>',
      '$108,400—$129,600',
    ],
    ['paragraphs are lines', '<p>Foo</p><p>Bar</p>', 'Foo\nBar'],
    ['divs never glue words', '<div>Senior</div><div>Engineer</div>', 'Senior\nEngineer'],
    ['br breaks a line', '<p>one<br>two</p>', 'one\ntwo'],
    ['list items get bullets', '<ul><li>Go</li><li>Rust</li></ul>', '• Go\n• Rust'],
    [
      'li with a paragraph inside keeps the bullet on its text',
      '<ul><li><p>Go</p></li></ul>',
      '• Go',
    ],
    ['empty list item leaves no bullet', '<ul><li></li><li>Rust</li></ul>', '• Rust'],
    ['headings are lines', '<h2>Requirements</h2>Text after', 'Requirements\nText after'],
    [
      'inline markup keeps spaces as written',
      '<p>We use <b>Type</b>Script and <i>Go</i>.</p>',
      'We use TypeScript and Go.',
    ],
    ['whitespace collapses', '<p>a   \n  b</p>', 'a b'],
    ['pre keeps its lines', '<pre>line 1\nline 2</pre>', 'line 1\nline 2'],
    [
      'table cells are separated',
      '<table><tr><td>Denver</td><td>$1</td></tr><tr><td>NYC</td><td>$2</td></tr></table>',
      'Denver $1\nNYC $2',
    ],
    ['entities decode', '<p>R&amp;D &mdash; team</p>', 'R&D — team'],
    ['mojibake is repaired', '<p>$1â€”$2</p>', '$1—$2'],
    ['dd and dt are lines', '<dl><dt>Location</dt><dd>Berlin</dd></dl>', 'Location\nBerlin'],
  ])('%s', (_, html, expected) => {
    expect(elementText(doc(html))).toBe(expected);
  });

  it.each([
    ['script', '<script>var salary = "$1";</script>'],
    ['style', '<style>p { color: red }</style>'],
    ['noscript', '<noscript>enable JS</noscript>'],
    ['template', '<template><p>tpl</p></template>'],
    ['svg', '<svg><text>chart</text></svg>'],
    ['button', '<button>Apply now</button>'],
    ['select', '<select><option>One</option></select>'],
    ['nav', '<nav>Home Jobs</nav>'],
    ['footer', '<footer>© 2024</footer>'],
    ['hidden attribute', '<div hidden>secret</div>'],
    ['aria-hidden', '<div aria-hidden="true">decor</div>'],
    ['inline display:none', '<div style="color: red; display : none">gone</div>'],
    ['iframe', '<iframe>frame</iframe>'],
  ])('skips %s', (_, html) => {
    expect(elementText(doc(`<p>keep</p>${html}<p>end</p>`))).toBe('keep\nend');
  });

  it('keeps aria-hidden=false and display:block content', () => {
    expect(
      elementText(doc('<div aria-hidden="false">a</div><div style="display:block">b</div>')),
    ).toBe('a\nb');
  });

  it('reads an element, not only a document', () => {
    const d = doc('<div id="x"><p>inside</p></div><p>outside</p>');
    expect(elementText(d.querySelector('#x') as Element)).toBe('inside');
  });

  it('honours an extra skip predicate', () => {
    const d = doc('<div><p>text</p><div class="pay">$1</div></div>');
    expect(elementText(d, { skip: (el) => el.getAttribute('class') === 'pay' })).toBe('text');
  });

  it('skips the head (title is not body text)', () => {
    expect(elementText(doc('<p>body</p>'))).toBe('body');
  });

  it('survives 10,000 levels of nesting', () => {
    const depth = 10_000;
    const html = `${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`;
    expect(elementText(doc(html))).toBe('deep');
  });

  it('returns an empty string for an empty document', () => {
    const empty = parseHTML('').document as unknown as Document;
    expect(elementText(empty)).toBe('');
  });

  // Its time on big pages is the bench's (npm run bench -- --only families).
  it('reads a page of 8,000 paragraphs, one line each', () => {
    const d = doc('<p>Build <b>things</b> with <span>us</span>.</p>'.repeat(8_000));
    const lines = elementText(d).split('\n');
    expect(lines).toHaveLength(8_000);
    expect(lines[7_999]).toBe('Build things with us.');
  });
});
