import type { DetectView, Signal } from './signal.ts';

/**
 * Pages that explain jobs or pay rather than offer one: career guides ("What does a data
 * engineer do?", "Is it well paid?"), negotiation scripts, tutorials. Read from their shape:
 * question headings about the job in the third person, dialogue transcripts, code blocks.
 */

/** A short line that asks a question the way an explainer's heading does. */
const QUESTION =
  /^(?:\d{1,2}[.)]\s*)?(?:what|how|is|are|why|can|do|does|should|which|when|where|who|will)\b[^?]{3,100}\?$/i;
/** A posting's own question headings speak to the reader or as "we": "Who are you?", "Why join us?". */
const SPEAKS_TO_READER = /\b(?:you|your|yours|we|us|our)\b/i;

/** "Recruiter: "We're offering…"", "You: "Thank you…"": a speaker, a colon, a quote. */
const DIALOGUE = /^[A-Z][\w ]{0,20}:\s*["“]/;

function questionHeadings(plain: readonly string[]): number {
  let n = 0;
  for (const l of plain) {
    if (l.length > 120 || l.charCodeAt(l.length - 1) !== 63) continue;
    if (QUESTION.test(l) && !SPEAKS_TO_READER.test(l)) n++;
  }
  return n;
}

export function explainerSignals(view: DetectView): Signal[] {
  const out: Signal[] = [];
  const questions = questionHeadings(view.plain);
  if (questions >= 3) {
    out.push({
      weight: -Math.min(3.5, 0.7 * questions),
      reason: `reads like a guide about a job (${questions} questions about it: "What does … do?")`,
    });
  }
  let dialogue = 0;
  let fences = 0;
  for (const l of view.lines) {
    if (l.startsWith('```')) fences++;
    else if (l.length <= 300 && DIALOGUE.test(l)) dialogue++;
  }
  if (dialogue >= 3)
    out.push({ weight: -1.5, reason: `has a dialogue transcript (${dialogue} quoted speakers)` });
  if (fences >= 6)
    out.push({ weight: -1, reason: `reads like documentation (${fences / 2} code blocks)` });
  return out;
}
