/**
 * Before the reveal, nothing a phone or the projector receives gives the answer away: every question of
 * every text is asked in a live session, and the views of the open question (the HTML and the fields of
 * the messages) are checked as the quiz pages are (../quiz/no-leak.test.ts). The right tile is marked up
 * like the others.
 */
import { describe, expect, it } from "vitest";
import { escapeHtml } from "../browser";
import { listDocuments, defaultQuiz } from "../../../src/bank";
import { escapeRegExp } from "../../../src/extract/text";
import { publicTexts, secrets, textAndAttributes } from "../quiz/leaks";
import { createClass, joinSession, playerSocket, presenterSocket, startSession, stubOf, type AnyView } from "./helpers";

/** The view's text and attribute values without what may be shown: what is left must hold no secret. */
function leftOver(view: AnyView, shown: string[]): string {
  // The question's position, its deadline and the answer counter are numbers that are no secret.
  let rest = textAndAttributes(
    view.html
      .replaceAll(' tabindex="-1"', "")
      .replace(/<input type="hidden" name="frage" value="\d+"\/>/g, "")
      .replace(/ data-deadline="\d+"/g, "")
      .replace(/<p aria-live="polite">[\s\S]*?haben geantwortet<\/p>/, ""),
  );
  for (const text of [...shown].sort((a, b) => b.length - a.length)) rest = rest.split(text.replace(/\s+/g, " ").trim()).join(" ");
  return rest
    .replace(/Frage \d+ von \d+/g, " ")
    .replace(/Code \d{3} \d{3} auf \S+/g, " ")
    .replace(/Zeit: \d+ Sekunden/g, " ");
}

describe.each(listDocuments().map((document) => ({ id: document.id, questions: defaultQuiz(document.id) })))(
  "the live questions of $id",
  ({ id, questions }) => {
    it("hold neither answer nor evidence before the reveal, on the phone and the projector", async () => {
      const created = await createClass();
      const { code } = await startSession(created, { quizId: id, anzahl: "alle", zeit: "30" });
      const presenter = await presenterSocket(created, code);
      const phone = await playerSocket(await joinSession(code, "Neugier"), code);
      await presenter.view("lobby", 0, (view) => view.players === 1);
      for (const [index, question] of questions.entries()) {
        const position = index + 1;
        // By RPC, as the presenter's form does: a socket sending this fast would be closed as a flood.
        await stubOf(code).advanceByForm(created.classId, index === 0 ? "lobby" : "evidence", index);
        const views = [await phone.view("question", position), await presenter.view("question", position)];
        for (const view of views) {
          const context = `${view.role}, question ${question.id} (${question.type})`;
          expect(view.html, context).toContain(escapeHtml(question.stem));
          expect(view.html, context).not.toContain("<mark");
          expect(view.html, context).not.toMatch(/✓|class="[^"]*\bright\b/);
          expect(JSON.stringify({ ...view, html: undefined }), context).not.toMatch(/"(score|points)":\d/);
          const rest = leftOver(view, publicTexts(question));
          for (const secret of secrets(question)) {
            const normalized = secret.replace(/\s+/g, " ").trim();
            if (publicTexts(question).some((text) => text.includes(normalized))) continue; // shown by the question itself
            expect(rest, `${context} leaks "${normalized}"`).not.toMatch(new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(normalized)}($|[^\\p{L}\\p{N}])`, "u"));
          }
          if (question.type === "single" || question.type === "multi") {
            const tiles = [...view.html.matchAll(/<(button|label|li)\b[^>]*class="tile [\s\S]*?<\/\1>/g)].map((match) => match[0]);
            expect(tiles, context).toHaveLength(question.options.length);
            const shapes = tiles.map((tile, tileIndex) =>
              tile
                .replace(`value="${question.options[tileIndex]!.id}"`, 'value="?"')
                .replace(escapeHtml(question.options[tileIndex]!.text), "?")
                .replace(/tile-\d/, "tile-?")
                .replace(/<span class="tile-shape" aria-hidden="true">.<\/span><span class="tile-letter">.<\/span>/, ""),
            );
            expect(new Set(shapes).size, context).toBe(1);
          }
        }
        await stubOf(code).advanceByForm(created.classId, "question", position);
        await stubOf(code).advanceByForm(created.classId, "results", position);
      }
    });
  },
);
