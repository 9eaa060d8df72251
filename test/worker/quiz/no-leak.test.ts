/**
 * Before answering, nothing on the question page gives the answer away: not the answer, not the
 * accepted spellings, not the correction, not the evidence (quote, passage, link), and the right
 * option is marked up exactly like the others. Every question of the bank is checked.
 */
import { env } from "cloudflare:test";
import { beforeAll, expect, it } from "vitest";
import { listDocuments, MIXED_QUIZ_ID, quizPool, RETRY_QUIZ_ID } from "../../../src/bank";
import { database } from "../../../src/db";
import { escapeRegExp } from "../../../src/extract/text";
import { startAttempt } from "../../../src/worker/quiz/attempts";
import { MAX_ANSWER_LENGTH } from "../../../src/worker/quiz/forms";
import { Browser, escapeHtml } from "../browser";
import { publicTexts, secrets, textAndAttributes } from "./leaks";

const allQuestions = listDocuments().flatMap((document) => quizPool(document.id));

it("the bank has questions to check", () => {
  expect(allQuestions.length).toBeGreaterThan(0);
});

const learner = new Browser();
let attemptId = "";

beforeAll(async () => {
  const firstAttempt = await learner.startQuiz(MIXED_QUIZ_ID);
  const row = await env.DB.prepare("select learner_id from attempts where id = ?").bind(firstAttempt).first<{ learner_id: string }>();
  // One attempt holding every question of the bank, for this learner.
  attemptId = await startAttempt(database(env.DB), row!.learner_id, RETRY_QUIZ_ID, () => allQuestions.map((question) => question.id));
});

it.each(allQuestions.map((question, index) => ({ question, position: index + 1, name: `${question.id} (${question.type})` })))(
  "the page of $name holds neither its answer nor its evidence before answering",
  async ({ question, position }) => {
    const { html } = await learner.page(`/versuch/${attemptId}/frage/${position}`);
    const context = `question ${question.id} (${question.type})`;
    expect(html, context).toContain(escapeHtml(question.stem));
    expect(html, context).not.toContain("<mark");
    expect(html, context).not.toContain("/texte/");
    expect(html, context).not.toContain(`#${question.evidence.passageId}"`);
    expect(html, context).not.toMatch(/\bchecked\b/);

    // The page's text and attribute values, without what may be shown and without the progress line and
    // the attempt's address: no secret is left in it.
    let rest = textAndAttributes(
      html
        .replace(/<head>[\s\S]*<\/head>/, "")
        .replace(/<progress[\s\S]*?<\/progress>/, "")
        // The points and the streak so far (this learner has answered nothing).
        .replace(/<p class="tally">[\s\S]*?<\/p>/, "")
        .replaceAll(' tabindex="-1"', "")
        // Every gap field takes the same number of characters, which may equal a numeric answer by chance.
        .replaceAll(` maxlength="${MAX_ANSWER_LENGTH}"`, "")
        // The page's own address holds its position, which may equal a numeric answer by chance.
        .replaceAll(`/versuch/${attemptId}/frage/${position}`, " ")
        .replaceAll(attemptId, " "),
    );
    for (const text of publicTexts(question).sort((a, b) => b.length - a.length)) rest = rest.split(text.replace(/\s+/g, " ").trim()).join(" ");
    rest = rest.replace(/Frage \d+ von \d+/g, " ").replace(/\d+ von \d+ beantwortet/g, " ");
    for (const secret of secrets(question)) {
      const normalized = secret.replace(/\s+/g, " ").trim();
      if (publicTexts(question).some((text) => text.includes(normalized))) continue; // shown by the question itself
      expect(rest, `${context} leaks "${normalized}"`).not.toMatch(new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(normalized)}($|[^\\p{L}\\p{N}])`, "u"));
    }

    // Right and wrong options carry the same markup apart from their id, text and place (a tile's colour
    // and letter go by position).
    if (question.type === "single" || question.type === "multi") {
      const labels = [...html.matchAll(/<label class="choice tile tile-\d">[\s\S]*?<\/label>/g)].map((match) => match[0]);
      expect(labels, context).toHaveLength(question.options.length);
      const shapes = labels.map((label) => {
        // Each attempt shuffles the options: find each label's option by its value.
        const option = question.options.find((candidate) => label.includes(`value="${candidate.id}"`))!;
        return label
          .replace(`value="${option.id}"`, 'value="?"')
          .replace(escapeHtml(option.text), "?")
          .replace(/tile-\d/, "tile-?")
          .replace(/(<span class="tile-sign" aria-hidden="true">)[A-Z](<\/span>)/, "$1?$2");
      });
      expect(new Set(shapes).size, context).toBe(1);
    }
  },
);
