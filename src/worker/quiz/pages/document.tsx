/** A whole text, each passage addressable as /texte/:documentId#<passage id>. */
import type { FC } from "hono/jsx";
import type { BankDocument, BankPassage } from "../../../bank/schema";
import { Layout } from "../../layout/page";
import { DocumentMeta, HighlightedText, type Range } from "./parts";

type Block = { passage: BankPassage | undefined; range: Range };

/** The passages in text order, plus any text between them that no passage covers (so nothing is lost). */
export function blocksOf(document: BankDocument): Block[] {
  const passages = [...document.passages].sort((a, b) => a.start - b.start);
  const blocks: Block[] = [];
  let position = 0;
  for (const passage of passages) {
    if (passage.start > position && document.text.slice(position, passage.start).trim() !== "") {
      blocks.push({ passage: undefined, range: { start: position, end: passage.start } });
    }
    blocks.push({ passage, range: passage });
    position = Math.max(position, passage.end);
  }
  if (document.text.slice(position).trim() !== "") blocks.push({ passage: undefined, range: { start: position, end: document.text.length } });
  return blocks;
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

export const DocumentPage: FC<{ document: BankDocument; highlight: Range | undefined; canStartQuiz: boolean }> = ({ document, highlight, canStartQuiz }) => (
  <Layout title={document.title}>
    <article class="document" aria-labelledby="titel">
      <h1 id="titel">{document.title}</h1>
      <DocumentMeta document={document} />
      {highlight && (
        <p class="muted">
          Die Textstelle, die die Antwort belegt, ist <mark>markiert</mark>.
        </p>
      )}
      {blocksOf(document).map(({ passage, range }) => {
        const highlighted = highlight !== undefined && overlaps(range, highlight);
        return (
          <p id={passage?.id} class={["passage", passage?.kind, highlighted && "highlighted"].filter(Boolean).join(" ")}>
            <HighlightedText text={document.text} segment={range} marked={highlight} />
          </p>
        );
      })}
    </article>
    <div class="actions">
      {canStartQuiz && (
        <form method="post" action={`/quiz/${encodeURIComponent(document.id)}/starten`}>
          <button type="submit">Quiz zu diesem Text starten</button>
        </form>
      )}
      <a href="/">Alle Texte</a>
    </div>
  </Layout>
);
