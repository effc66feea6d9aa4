import nlp from 'compromise';
import type { Finding } from '../engine/types';

/**
 * English sentence transforms for whole-draft rewrites, where swapping the flagged words reads badly:
 * the sentence is recast around what the customer needs, keeping its object and the rest of it word
 * for word. compromise tags the words (verb, noun phrase, pronoun, plural) and conjugates the verb, so
 * tense, negation and number come out right. Runs in the background page, never per keystroke.
 *
 * - "You didn't attach the file" → "it looks like the file didn't come through"
 * - "You haven't sent the receipts" → "it looks like the receipts haven't come through"
 * - "You forgot to include your order number" → "it looks like your order number wasn't included"
 * - "You should have called us" → "next time, calling us first will get this sorted faster"
 * - "You shouldn't have cancelled the order" → "next time, checking with us before cancelling the
 *   order will get this sorted faster"
 * - "There's nothing I can do until you send the receipt" → "I can sort this out as soon as you send
 *   the receipt" (a condition the customer can meet: the helpless words turn into what happens then)
 */

interface Term {
  text: string;
  tags: string[];
  start: number;
  end: number;
}

/** Verbs whose object is something the customer sends us: it "didn't come through". */
const DELIVERY = new Set(['attach', 'send', 'include', 'upload', 'enclose', 'forward', 'provide', 'submit', 'give', 'share']);
/** Objects too vague to become the subject ("it looks like anything wasn't…"). */
const VAGUE = new Set(['anything', 'something', 'everything', 'nothing', 'any', 'all']);
/** Words that already say when, so "first" would be one too many. */
const TIMING = /\b(first|before|sooner|earlier|beforehand|in advance|right away|immediately|straight away|at once|early)\b/i;
const BOUNDARY = /\s*(?:[,;:–—]|\s(?:and|but|so|because|as|which)\s)/i;

/** Recasts a blame sentence, or a helpless one with a condition; undefined when the sentence is not one of the forms above. */
export function rewriteEnglishSentence(sentence: string, finding: Finding): string | undefined {
  if (finding.category === 'helpless') return onceDone(sentence, finding);
  if (finding.category !== 'blame') return undefined;
  const head = sentence.slice(0, finding.start);
  const from = sentence.slice(finding.start);
  const cut = BOUNDARY.exec(from.slice(finding.end - finding.start));
  const clauseEnd = cut === null ? from.length : finding.end - finding.start + cut.index;
  const clause = from.slice(0, clauseEnd);
  const tail = from.slice(clauseEnd);
  const out = notReceived(clause) ?? shouldHave(clause);
  return out === undefined ? undefined : head + out + tail;
}

function termsOf(text: string): Term[] {
  const doc = nlp(text);
  const json = doc.json({ offset: true }) as Array<{ terms: Array<{ text: string; tags: string[]; offset: { start: number; length: number } }> }>;
  return json.flatMap((s) => s.terms).filter((t) => t.text !== '').map((t) => ({ text: t.text, tags: t.tags, start: t.offset.start, end: t.offset.start + t.offset.length }));
}

const lower = (t: Term | undefined): string => t?.text.toLowerCase().replace(/’/g, "'") ?? '';
const is = (t: Term | undefined, tag: string): boolean => t?.tags.includes(tag) ?? false;

/** A verb's forms, conjugated by compromise. */
function forms(verb: string): Record<string, string> | undefined {
  const doc = nlp(verb);
  doc.tag('Verb');
  return (doc.verbs().conjugate() as Array<Record<string, string>>)[0];
}

/**
 * The noun phrase at `terms[i]` (determiner or possessive, adjectives, nouns; or one pronoun), as
 * `[end index, plural]`, or undefined when there is none.
 */
function nounPhrase(terms: readonly Term[], i: number): { end: number; plural: boolean } | undefined {
  const first = terms[i];
  if (first === undefined) return undefined;
  if (is(first, 'Pronoun') && !is(first, 'Possessive')) {
    const w = lower(first);
    return ['it', 'this', 'that', 'them', 'these', 'those'].includes(w) ? { end: i + 1, plural: ['them', 'these', 'those'].includes(w) } : undefined;
  }
  let j = i;
  let nouns = 0;
  let plural = false;
  while (j < terms.length) {
    const t = terms[j]!;
    if (is(t, 'Preposition') || is(t, 'Conjunction') || is(t, 'Verb') || is(t, 'QuestionWord') || (is(t, 'Adverb') && nouns > 0)) break;
    if (!(is(t, 'Determiner') || is(t, 'Possessive') || is(t, 'Adjective') || is(t, 'Noun') || is(t, 'Value'))) break;
    if (is(t, 'Noun') && !is(t, 'Possessive')) {
      nouns++;
      plural = is(t, 'Plural');
    }
    j++;
    if (t.text !== t.text.trim() || /[,.;:!?]$/.test(t.text)) break;
  }
  if (nouns === 0) return undefined;
  // "the photos of the damage" is one thing: the "of" phrase stays with it.
  if (lower(terms[j]) === 'of') {
    const more = nounPhrase(terms, j + 1);
    if (more !== undefined) return { end: more.end, plural };
  }
  return { end: j, plural };
}

/**
 * "You didn't / haven't / never / forgot to / failed to <verb> <object> …" → "it looks like <object>
 * didn't come through …" for things sent to us, "… wasn't <verb>ed …" for other steps.
 */
function notReceived(clause: string): string | undefined {
  const terms = termsOf(clause);
  if (lower(terms[0]) !== 'you') return undefined;
  let i = 1;
  let perfect = false;
  const aux = lower(terms[i]);
  if (["didn't", 'did', 'never', "haven't", 'have', "hadn't", 'had'].includes(aux)) {
    perfect = aux.startsWith('have') || aux.startsWith('had');
    i++;
    if (lower(terms[i]) === 'not' || lower(terms[i]) === '' || lower(terms[i]) === 'yet') i++;
    if (lower(terms[i]) === 'yet') i++;
    if (aux === 'did' || aux === 'have' || aux === 'had') {
      if (!is(terms[i - 1], 'Negative') && lower(terms[i - 1]) !== 'not') return undefined;
    }
  } else if (['forgot', 'neglected', 'omitted', 'failed'].includes(aux) && lower(terms[i + 1]) === 'to') i += 2;
  else return undefined;
  const verb = terms[i];
  if (verb === undefined || !is(verb, 'Verb')) return undefined;
  const f = forms(lower(verb));
  if (f === undefined) return undefined;
  i++;
  const delivered = DELIVERY.has(f.Infinitive ?? '');
  // "sent us the photos": the indirect object goes, the photos stay. "told us the date" has no
  // passive that keeps the meaning, so only verbs of sending take one.
  if (['us', 'me'].includes(lower(terms[i])) && nounPhrase(terms, i + 1) !== undefined) {
    if (!delivered) return undefined;
    i++;
  }
  const np = nounPhrase(terms, i);
  if (np === undefined || VAGUE.has(lower(terms[i]))) return undefined;
  const object = clause.slice(terms[i]!.start, terms[np.end - 1]!.end);
  let rest = clause.slice(terms[np.end - 1]!.end);
  if (delivered) rest = rest.replace(/^\s+to (us|me)\b/i, '');
  const subject = /^(it|this|that|them|these|those)$/i.test(object) ? objectAsSubject(object) : object;
  const verbPhrase = delivered
    ? perfect
      ? `${np.plural ? "haven't" : "hasn't"} come through`
      : "didn't come through"
    : `${perfect ? (np.plural ? "haven't been" : "hasn't been") : np.plural ? "weren't" : "wasn't"} ${f.Participle ?? f.PastTense ?? ''}`.trimEnd();
  return `it looks like ${subject} ${verbPhrase}${rest}`;
}

const objectAsSubject = (pronoun: string): string => ({ them: 'they' })[pronoun.toLowerCase()] ?? pronoun.toLowerCase();

/** "You should (not) have <verb>ed …" → "next time, <verb>ing … first will get this sorted faster". */
function shouldHave(clause: string): string | undefined {
  const terms = termsOf(clause);
  if (lower(terms[0]) !== 'you') return undefined;
  let i = 1;
  let negative = false;
  const modal = lower(terms[i]);
  if (modal === "shouldn't" || modal === 'should' || modal === "should've" || modal === 'ought') i++;
  else return undefined;
  if (modal === "shouldn't") negative = true;
  if (modal === 'ought' && lower(terms[i]) === 'to') i++;
  if (lower(terms[i]) === 'not' || (lower(terms[i]) === '' && is(terms[i], 'Negative'))) {
    negative = true;
    i++;
  }
  if (modal !== "should've") {
    if (lower(terms[i]) !== 'have' && lower(terms[i]) !== 'of') return undefined;
    i++;
  }
  const verb = terms[i];
  if (verb === undefined || !is(verb, 'Verb') || ['been', 'had', 'known'].includes(lower(verb))) return undefined;
  const gerund = forms(lower(verb))?.Gerund;
  if (gerund === undefined || gerund.includes(' ')) return undefined;
  const rest = clause.slice(verb.end).replace(/\s+$/, '');
  if (negative) return `next time, checking with us before ${gerund}${rest} will get this sorted faster`;
  return `next time, ${gerund}${rest}${TIMING.test(rest) ? '' : ' first'} will get this sorted faster`;
}

/**
 * "<nothing I can do> until / till / unless <clause with a verb> …" → "I can sort this out as soon as
 * <clause> …". Only a clause ("until the bank confirms"), not a date ("until Monday"): "as soon as
 * Monday" would not read.
 */
function onceDone(sentence: string, finding: Finding): string | undefined {
  const tail = sentence.slice(finding.end);
  const m = /^\s+(?:until|till|unless)\s+(\S[^,;:–—]*)/i.exec(tail);
  if (m === null) return undefined;
  const clause = nlp(m[1]!);
  if (!clause.has('#Verb') || clause.has('^#Date') || clause.has('^#Value')) return undefined;
  return `${sentence.slice(0, finding.start)}I can sort this out as soon as ${tail.slice(m[0].length - m[1]!.length)}`;
}
