/** A whole text, each passage addressable as /texte/:documentId#<passage id>. */
import type { FC } from "hono/jsx";
import * as z from "zod";
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

/** The passage to mark, as a link to the text gives it (?von=&bis=): ignored when it is not inside the text. */
export const highlightQuery = z.object({
  von: z.coerce.number().int().nonnegative().optional().catch(undefined),
  bis: z.coerce.number().int().positive().optional().catch(undefined),
});
export const highlightIn = (document: BankDocument, { von, bis }: z.infer<typeof highlightQuery>): Range | undefined =>
  von !== undefined && bis !== undefined && von < bis && bis <= document.text.length ? { start: von, end: bis } : undefined;

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

export const DocumentPage: FC<{
  document: BankDocument;
  highlight: Range | undefined;
  canStartQuiz: boolean;
  /** Where the page leads back to: the catalogue of texts, or the teacher's class. */
  back?: { href: string; text: string };
}> = ({ document, highlight, canStartQuiz, back = { href: "/", text: "Alle Texte" } }) => (
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
      <a href={back.href}>{back.text}</a>
    </div>
  </Layout>
);
