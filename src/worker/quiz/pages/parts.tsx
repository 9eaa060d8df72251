/** Small pieces shared by the learner pages. */
import type { Child, FC } from "hono/jsx";
import type { BankDocument, Evidence, Question } from "../../../bank/schema";
import { formatDate } from "../../../shared/german";
import { answerTerms, distinguishingTerms } from "../describe";
import { answerRanges, markedPart, nearContextStart, passageExcerpt, type Range, type Withheld, withheldRanges } from "../highlight";

export type { Range };

/** `text.slice(segment)` with the part that overlaps `marked` in a <mark>. */
export const HighlightedText: FC<{ text: string; segment: Range; marked?: Range | undefined }> = ({ text, segment, marked }) => {
  const from = marked ? Math.max(segment.start, marked.start) : segment.end;
  const to = marked ? Math.min(segment.end, marked.end) : segment.end;
  if (from >= to) return <>{text.slice(segment.start, segment.end)}</>;
  return (
    <>
      {text.slice(segment.start, from)}
      <mark>{text.slice(from, to)}</mark>
      {text.slice(to, segment.end)}
    </>
  );
};

export const DocumentMeta: FC<{ document: BankDocument }> = ({ document }) => {
  const parts = [document.source, document.date ? formatDate(document.date) : undefined].filter(Boolean);
  return parts.length > 0 ? <p class="meta">{parts.join(" · ")}</p> : null;
};

/** Where the document view shows a piece of evidence: the passage in view, the quote highlighted. */
export const evidenceUrl = (evidence: Evidence) => `/texte/${encodeURIComponent(evidence.documentId)}${evidenceMark(evidence)}`;

/** The query and fragment a text page marks the evidence by (highlightQuery of pages/document.tsx), on either text page. */
export const evidenceMark = (evidence: Evidence) => `?von=${evidence.start}&bis=${evidence.end}#${encodeURIComponent(evidence.passageId)}`;

/** `text.slice(segment)` with `marked` in a <mark> and the answer's words emphasised, in the mark or before it. */
const MarkedText: FC<{ text: string; segment: Range; marked: Range; emphasised: Range[] }> = ({ text, segment, marked, emphasised }) => {
  const from = Math.max(segment.start, marked.start);
  const to = Math.min(segment.end, marked.end);
  const withEmphasis = (start: number, end: number) => {
    const pieces: Child[] = [];
    let at = start;
    for (const range of emphasised.filter((range) => range.start >= start && range.end <= end)) {
      pieces.push(text.slice(at, range.start), <strong class="answer-word">{text.slice(range.start, range.end)}</strong>);
      at = range.end;
    }
    pieces.push(text.slice(at, end));
    return pieces;
  };
  return (
    <>
      {withEmphasis(segment.start, from)}
      <mark>{withEmphasis(from, to)}</mark>
      {text.slice(to, segment.end)}
    </>
  );
};

/**
 * The passage that holds the evidence (cut to its surroundings when long, and before the evidence of
 * questions still to come, `withheld`), `marked` of the evidence highlighted (all of it unless given) and the
 * answer's words emphasised in the evidence (of a statement, `distinguishingTerms`, the words that tell it apart, where
 * the evidence has them), and a link into the whole text.
 */
export const EvidencePassage: FC<{
  evidence: Evidence;
  marked?: Range;
  document: BankDocument;
  answerTerms: string[];
  distinguishingTerms?: string[];
  withheld: Withheld;
  href: string;
}> = ({ evidence, marked = evidence, document, answerTerms, distinguishingTerms = [], withheld, href }) => {
  const passage = document.passages.find((candidate) => candidate.id === evidence.passageId) ?? evidence;
  const shown = passageExcerpt(document.text, passage, evidence, withheldRanges(document, passage, withheld));
  const distinguishing = answerRanges(document.text, evidence, distinguishingTerms);
  const emphasised = distinguishing.length > 0 ? distinguishing : answerRanges(document.text, evidence, answerTerms);
  // The context far before the evidence, which the feedback on a phone leaves out (stil.css): the mark comes on screen.
  const near = shown.start < evidence.start ? nearContextStart(document.text, { start: shown.start, end: evidence.start }) : shown.start;
  return (
    <blockquote class="evidence" cite={href}>
      <p class={near > shown.start ? "far-context-after" : undefined}>
        {near > shown.start ? (
          <span class="far-context">
            {shown.cutBefore && "… "}
            {document.text.slice(shown.start, near)}
          </span>
        ) : (
          shown.cutBefore && "… "
        )}
        <MarkedText text={document.text} segment={{ start: near, end: shown.end }} marked={marked} emphasised={emphasised} />
        {shown.cutAfter && " …"}
      </p>
      <footer>
        Aus „{document.title}“. <a href={href}>Diese Stelle im ganzen Text lesen</a>
      </footer>
    </blockquote>
  );
};

/** Nothing withheld: every question of the attempt is answered, or the page is not the learner's (the teacher's results). */
export const NOTHING_WITHHELD: Withheld = { evidence: [], answers: [] };

/** A question's evidence and further evidence, each place once. */
const distinctEvidence = (question: Question) =>
  [question.evidence, ...question.moreEvidence].filter(
    (item, index, all) => all.findIndex((other) => other.documentId === item.documentId && other.start === item.start && other.end === item.end) === index,
  );

/**
 * Where the text answers a question, as the feedback, the results and the teacher's results show it: the first
 * evidence in its passage (EvidencePassage) with the asked sentence of it marked (markedPart), a single further
 * evidence of another paragraph below it, other further evidence folded away. `href` is where a piece of evidence is read in the whole text (the learner's text page, or the teacher's page
 * of an own text), which marks what the feedback marks.
 */
export const QuestionEvidence: FC<{
  question: Question;
  documents: ReadonlyMap<string, BankDocument>;
  withheld?: Withheld;
  href?: (evidence: Evidence) => string;
}> = ({ question, documents, withheld = NOTHING_WITHHELD, href = evidenceUrl }) => {
  const [first, ...more] = distinctEvidence(question).flatMap((evidence) => {
    const document = documents.get(evidence.documentId);
    return document ? [{ evidence, document }] : [];
  });
  if (!first) return null;
  const terms = answerTerms(question);
  const apart = distinguishingTerms(question);
  const passage = (item: typeof first) => {
    const marked = markedPart(item.evidence, question);
    const link = href({ ...item.evidence, start: marked.start, end: marked.end });
    return (
      <EvidencePassage
        evidence={item.evidence}
        marked={marked}
        document={item.document}
        answerTerms={terms}
        distinguishingTerms={apart}
        withheld={withheld}
        href={link}
      />
    );
  };
  return (
    <>
      {passage(first)}
      {more.length > 0 && (
        // A single further passage in another paragraph is what shows who an office or a pronoun stands for (or the
        // other half of the key): open, so the key is seen without a click. One in the same paragraph stands unmarked
        // in the passage shown already, and several would take the feedback off one screen: folded.
        <details class="more-evidence" open={more.length === 1 && more[0]!.evidence.passageId !== first.evidence.passageId}>
          <summary>{more.length === 1 ? "Ein weiterer Beleg im Text" : `${more.length} weitere Belege im Text`}</summary>
          {more.map(passage)}
        </details>
      )}
    </>
  );
};
