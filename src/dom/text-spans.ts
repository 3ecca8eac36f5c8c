/**
 * The stretches of a page that linkedom's tokenizer (htmlparser2 10) reads in its text state:
 * not tags, attributes, comments, declarations, nor the raw text of script, style, title,
 * textarea and xmp. A mirror of its state machine, quirks included (Tokenizer.js in
 * htmlparser2's dist: a tag name starting "tm" is read as xmp, a control character 0x1C
 * stands for "<" in "</script"), so whatever is written into these stretches is read by the
 * parser exactly where it would have been. Linear: text and raw text are skipped with indexOf.
 */

const TEXT = 0;
const BEFORE_TAG_NAME = 1;
const IN_TAG_NAME = 2;
const BEFORE_CLOSING_TAG_NAME = 3;
const IN_CLOSING_TAG_NAME = 4;
const AFTER_CLOSING_TAG_NAME = 5;
const BEFORE_ATTRIBUTE_NAME = 6;
const IN_ATTRIBUTE_NAME = 7;
const AFTER_ATTRIBUTE_NAME = 8;
const BEFORE_ATTRIBUTE_VALUE = 9;
const IN_VALUE_DOUBLE_QUOTES = 10;
const IN_VALUE_SINGLE_QUOTES = 11;
const IN_VALUE_NO_QUOTES = 12;
const IN_SELF_CLOSING_TAG = 13;
const BEFORE_DECLARATION = 14;
const IN_DECLARATION = 15;
const IN_PROCESSING_INSTRUCTION = 16;
const BEFORE_COMMENT = 17;
const IN_COMMENT_LIKE = 18;
const IN_SPECIAL_COMMENT = 19;
const CDATA_SEQUENCE = 20;
const BEFORE_SPECIAL_S = 21;
const BEFORE_SPECIAL_T = 22;
const SPECIAL_START_SEQUENCE = 23;
const IN_SPECIAL_TAG = 24;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const DQ = 0x22;
const SQ = 0x27;

const SCRIPT_END = '</script';
const STYLE_END = '</style';
const TITLE_END = '</title';
const TEXTAREA_END = '</textarea';
const XMP_END = '</xmp';
const CDATA = 'CDATA[';
const CDATA_END = ']]>';
const COMMENT_END = '-->';

const isWhitespace = (c: number) =>
  c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
const isEndOfTagSection = (c: number) => c === SLASH || c === GT || isWhitespace(c);
const isAsciiAlpha = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** The tokenizer's state while it reads one page. */
class Mirror {
  state = TEXT;
  isSpecial = false;
  sequence = '';
  sequenceIndex = 0;

  constructor(
    private readonly html: string,
    private readonly visit: (start: number, end: number) => void,
  ) {}

  run(): void {
    const { html } = this;
    let i = 0;
    while (i < html.length) {
      if (this.state === TEXT) {
        const lt = html.indexOf('<', i);
        const end = lt < 0 ? html.length : lt;
        if (end > i) this.visit(i, end);
        if (lt < 0) return;
        this.state = BEFORE_TAG_NAME;
        i = lt + 1;
        continue;
      }
      i = this.step(html.charCodeAt(i), i) + 1;
    }
  }

  /** One character outside text; returns the index of the last character it consumed. */
  private step(c: number, i: number): number {
    switch (this.state) {
      case BEFORE_TAG_NAME:
        return this.beforeTagName(c, i);
      case IN_TAG_NAME:
        if (isEndOfTagSection(c)) {
          this.state = BEFORE_ATTRIBUTE_NAME;
          return this.beforeAttributeName(c, i);
        }
        return i;
      case BEFORE_CLOSING_TAG_NAME:
        if (c === GT) this.state = TEXT;
        else if (!isWhitespace(c)) {
          this.state = isAsciiAlpha(c) ? IN_CLOSING_TAG_NAME : IN_SPECIAL_COMMENT;
        }
        return i;
      case IN_CLOSING_TAG_NAME:
        if (c === GT || isWhitespace(c)) this.state = AFTER_CLOSING_TAG_NAME;
        return c === GT ? this.toText(i) : i;
      case AFTER_CLOSING_TAG_NAME:
      case IN_DECLARATION:
      case IN_PROCESSING_INSTRUCTION:
      case IN_SPECIAL_COMMENT:
        return this.toTextAt(i);
      case BEFORE_ATTRIBUTE_NAME:
        return this.beforeAttributeName(c, i);
      case IN_ATTRIBUTE_NAME:
        if (c === EQ || isEndOfTagSection(c)) {
          this.state = AFTER_ATTRIBUTE_NAME;
          return this.afterAttributeName(c, i);
        }
        return i;
      case AFTER_ATTRIBUTE_NAME:
        return this.afterAttributeName(c, i);
      case BEFORE_ATTRIBUTE_VALUE:
        if (c === DQ) this.state = IN_VALUE_DOUBLE_QUOTES;
        else if (c === SQ) this.state = IN_VALUE_SINGLE_QUOTES;
        else if (!isWhitespace(c)) {
          this.state = IN_VALUE_NO_QUOTES;
          return this.valueNoQuotes(c, i);
        }
        return i;
      case IN_VALUE_DOUBLE_QUOTES:
        return this.quoted(DQ, i);
      case IN_VALUE_SINGLE_QUOTES:
        return this.quoted(SQ, i);
      case IN_VALUE_NO_QUOTES:
        return this.valueNoQuotes(c, i);
      case IN_SELF_CLOSING_TAG:
        if (c === GT) {
          this.isSpecial = false;
          return this.toText(i);
        }
        if (!isWhitespace(c)) {
          this.state = BEFORE_ATTRIBUTE_NAME;
          return this.beforeAttributeName(c, i);
        }
        return i;
      case BEFORE_DECLARATION:
        if (c === 0x5b) {
          this.state = CDATA_SEQUENCE;
          this.sequenceIndex = 0;
        } else this.state = c === 0x2d ? BEFORE_COMMENT : IN_DECLARATION;
        return i;
      case CDATA_SEQUENCE:
        if (c === CDATA.charCodeAt(this.sequenceIndex)) {
          if (++this.sequenceIndex === CDATA.length) this.commentLike(CDATA_END, 0);
          return i;
        }
        this.sequenceIndex = 0;
        this.state = IN_DECLARATION;
        return c === GT ? this.toText(i) : i;
      case BEFORE_COMMENT:
        // "<!--": the dashes of the opening count towards the end, so "<!-->" is a comment.
        if (c === 0x2d) this.commentLike(COMMENT_END, 2);
        else this.state = IN_DECLARATION;
        return i;
      case IN_COMMENT_LIKE:
        return this.inCommentLike(c, i);
      case BEFORE_SPECIAL_S:
        return this.beforeSpecial(c, i, (lower) =>
          lower === 0x63 ? SCRIPT_END : lower === 0x74 ? STYLE_END : null,
        );
      case BEFORE_SPECIAL_T:
        return this.beforeSpecial(c, i, (lower) =>
          lower === 0x69
            ? TITLE_END
            : lower === 0x65
              ? TEXTAREA_END
              : lower === 0x6d
                ? XMP_END
                : null,
        );
      case SPECIAL_START_SEQUENCE:
        return this.specialStartSequence(c, i);
      case IN_SPECIAL_TAG:
        return this.inSpecialTag(c, i);
      default:
        return i;
    }
  }

  /** Text starts after the current character. */
  private toText(i: number): number {
    this.state = TEXT;
    return i;
  }

  /** Skips to the next ">", then text starts after it. */
  private toTextAt(i: number): number {
    const gt = this.html.indexOf('>', i);
    if (gt < 0) return this.html.length;
    return this.toText(gt);
  }

  private beforeTagName(c: number, i: number): number {
    if (c === 0x21) this.state = BEFORE_DECLARATION;
    else if (c === 0x3f) this.state = IN_PROCESSING_INSTRUCTION;
    else if (isAsciiAlpha(c)) {
      const lower = c | 0x20;
      this.state =
        lower === 0x73
          ? BEFORE_SPECIAL_S
          : lower === 0x74 || lower === 0x78
            ? BEFORE_SPECIAL_T
            : IN_TAG_NAME;
    } else if (c === SLASH) this.state = BEFORE_CLOSING_TAG_NAME;
    else {
      // Not a tag: the character is text, read again there.
      this.state = TEXT;
      return i - 1;
    }
    return i;
  }

  private beforeSpecial(c: number, i: number, pick: (lower: number) => string | null): number {
    const sequence = pick(c | 0x20);
    if (sequence === null) {
      this.state = IN_TAG_NAME;
      return this.step(c, i);
    }
    this.isSpecial = true;
    this.sequence = sequence;
    this.sequenceIndex = 4;
    this.state = SPECIAL_START_SEQUENCE;
    return i;
  }

  private specialStartSequence(c: number, i: number): number {
    const isEnd = this.sequenceIndex === this.sequence.length;
    const isMatch = isEnd
      ? isEndOfTagSection(c)
      : (c | 0x20) === this.sequence.charCodeAt(this.sequenceIndex);
    if (!isMatch) this.isSpecial = false;
    else if (!isEnd) {
      this.sequenceIndex++;
      return i;
    }
    this.sequenceIndex = 0;
    this.state = IN_TAG_NAME;
    return this.step(c, i);
  }

  private beforeAttributeName(c: number, i: number): number {
    if (c === GT) {
      if (this.isSpecial) {
        this.state = IN_SPECIAL_TAG;
        this.sequenceIndex = 0;
        return i;
      }
      return this.toText(i);
    }
    if (c === SLASH) this.state = IN_SELF_CLOSING_TAG;
    else if (!isWhitespace(c)) this.state = IN_ATTRIBUTE_NAME;
    return i;
  }

  private afterAttributeName(c: number, i: number): number {
    if (c === EQ) this.state = BEFORE_ATTRIBUTE_VALUE;
    else if (c === SLASH || c === GT) {
      this.state = BEFORE_ATTRIBUTE_NAME;
      return this.beforeAttributeName(c, i);
    } else if (!isWhitespace(c)) this.state = IN_ATTRIBUTE_NAME;
    return i;
  }

  private quoted(quote: number, i: number): number {
    const end = this.html.indexOf(String.fromCharCode(quote), i);
    if (end < 0) return this.html.length;
    this.state = BEFORE_ATTRIBUTE_NAME;
    return end;
  }

  private valueNoQuotes(c: number, i: number): number {
    if (isWhitespace(c) || c === GT) {
      this.state = BEFORE_ATTRIBUTE_NAME;
      return this.beforeAttributeName(c, i);
    }
    return i;
  }

  private commentLike(sequence: string, index: number): void {
    this.state = IN_COMMENT_LIKE;
    this.sequence = sequence;
    this.sequenceIndex = index;
  }

  private inCommentLike(c: number, i: number): number {
    const seq = this.sequence;
    if (c === seq.charCodeAt(this.sequenceIndex)) {
      if (++this.sequenceIndex === seq.length) {
        this.sequenceIndex = 0;
        return this.toText(i);
      }
    } else if (this.sequenceIndex !== 0 && c !== seq.charCodeAt(this.sequenceIndex - 1)) {
      // "--->" and "]]]>" still end it: a repeat of the previous character keeps the count.
      this.sequenceIndex = 0;
    }
    return i;
  }

  /** Raw text, up to "</name" and a space or ">" (any case; title decodes references). */
  private inSpecialTag(c: number, i: number): number {
    const seq = this.sequence;
    if (this.sequenceIndex === seq.length) {
      if (c === GT || isWhitespace(c)) {
        this.isSpecial = false;
        this.state = AFTER_CLOSING_TAG_NAME;
        return c === GT ? this.toText(i) : i;
      }
      this.sequenceIndex = 0;
    }
    if ((c | 0x20) === seq.charCodeAt(this.sequenceIndex)) this.sequenceIndex++;
    else if (this.sequenceIndex === 0) {
      if (seq === TITLE_END) return i;
      const lt = this.html.indexOf('<', i + 1);
      if (lt < 0) return this.html.length;
      this.sequenceIndex = 1;
      return lt;
    } else this.sequenceIndex = c === LT ? 1 : 0;
    return i;
  }
}

/** Calls `visit` with each stretch [start, end) the tokenizer reads as text, in order. */
export function forEachTextSpan(html: string, visit: (start: number, end: number) => void): void {
  new Mirror(html, visit).run();
}
