/** Small pieces shared by the learner pages. */
import type { FC } from "hono/jsx";
import type { BankDocument, Evidence } from "../../../bank/schema";
import { formatDate } from "../../../shared/german";

export type Range = { start: number; end: number };

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

/** "Frage 3 von 10" with a bar; `done` questions are answered. */
export const ProgressIndicator: FC<{ position: number; total: number; done: number }> = ({ position, total, done }) => (
  <div class="progress">
    <p class="progress-label" id="fortschritt">
      Frage {position} von {total}
    </p>
    <progress max={total} value={done} aria-labelledby="fortschritt">
      {done} von {total} beantwortet
    </progress>
  </div>
);

export const DocumentMeta: FC<{ document: BankDocument }> = ({ document }) => {
  const parts = [document.source, document.date ? formatDate(document.date) : undefined].filter(Boolean);
  return parts.length > 0 ? <p class="meta">{parts.join(" · ")}</p> : null;
};

/** Where the document view shows a piece of evidence: the passage in view, the quote highlighted. */
export const evidenceUrl = (evidence: Evidence) =>
  `/texte/${encodeURIComponent(evidence.documentId)}?von=${evidence.start}&bis=${evidence.end}#${encodeURIComponent(evidence.passageId)}`;

/** The passage that holds the evidence, with the evidence highlighted, and a link into the whole text. */
export const EvidenceQuote: FC<{ evidence: Evidence; document: BankDocument }> = ({ evidence, document }) => {
  const passage = document.passages.find((candidate) => candidate.id === evidence.passageId) ?? evidence;
  return (
    <blockquote class="evidence" cite={evidenceUrl(evidence)}>
      <p>
        <HighlightedText text={document.text} segment={passage} marked={evidence} />
      </p>
      <footer>
        Aus „{document.title}“. <a href={evidenceUrl(evidence)}>Diese Stelle im ganzen Text lesen</a>
      </footer>
    </blockquote>
  );
};
