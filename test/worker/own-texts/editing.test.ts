/** Reviewing an own text: edits, deletions, added questions, order and quiz size persist; a change of meaning makes a new version. */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { curatedPool } from "../../../src/bank/quiz";
import { fieldsOf } from "../../../src/worker/own-texts/question-form";
import { type Browser, escapeHtml, redirectTarget, visibleText } from "../browser";
import { answer, attemptQuestionIds, count, joinAs, parseCsv, rightResponse } from "../classroom/helpers";
import { askAsManyAsAllowed, createClass, currentQuestions, pasteText, publishedAndAssigned, rowCounts, storedText, textPath } from "./helpers";

function formOf(fields: Record<string, string | string[]>): URLSearchParams {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const entry of [value].flat()) form.append(name, entry);
  return form;
}

const unescapeHtml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" })[name]!);

/** The fields the editor page's form posts as it is (the form whose action is `action`), as a browser sends them. */
function formFromPage(html: string, action: string): URLSearchParams {
  const form = html.slice(html.indexOf(`action="${action}"`));
  const body = form.slice(0, form.indexOf("</form>"));
  const fields = new URLSearchParams();
  for (const [tag] of body.matchAll(/<input\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    const type = /\btype="([^"]*)"/.exec(tag)?.[1] ?? "text";
    if (!name || ((type === "radio" || type === "checkbox") && !/\bchecked\b/.test(tag))) continue;
    fields.append(name, unescapeHtml(/\bvalue="([^"]*)"/.exec(tag)?.[1] ?? ""));
  }
  for (const [, name, content] of body.matchAll(/<textarea\b[^>]*\bname="([^"]*)"[^>]*>([\s\S]*?)<\/textarea>/g)) {
    fields.append(name!, unescapeHtml(content!.replace(/^\n/, "")));
  }
  return fields;
}

const edit = (teacher: Browser, classId: string, textId: string, question: Question, changes: Record<string, string | string[]>) =>
  teacher.post(`${textPath(classId, textId)}/fragen/${question.id}`, formOf({ ...fieldsOf(question), ...changes }));

const firstOfType = <T extends Question["type"]>(questions: Question[], type: T) =>
  questions.find((question): question is Extract<Question, { type: T }> => question.type === type)!;

describe("editing a question", () => {
  it("changes the version of the assignment's polled results page (on the projector), without a new answer", async () => {
    const created = await createClass();
    const textId = await publishedAndAssigned(created);
    const assignmentId = (await env.DB.prepare("select id from assignments where quiz_id = ?").bind(textId).first<{ id: string }>())!.id;
    const page = `/klassen/lehrkraft/${created.classId}/aufgaben/${assignmentId}`;
    const poll = (etag: string) => created.teacher.send(`${page}/stand`, { method: "GET", headers: { "If-None-Match": etag } });
    const before = (await created.teacher.get(page)).headers.get("ETag")!;
    expect((await poll(before)).status).toBe(304);
    const [question] = await currentQuestions(textId);
    expect(
      (await edit(created.teacher, created.classId, textId, question!, { frage: "Wo trafen sich die Außenministerinnen und Außenminister?" })).status,
    ).toBe(303);
    const changed = await poll(before);
    expect(changed.status).toBe(200);
    const after = changed.headers.get("ETag")!;
    expect(after).not.toBe(before);
    expect((await poll(after)).status).toBe(304);
  });

  it("keeps the id when only the wording or the evidence changes", async () => {
    const created = await createClass();
    const textId = await pasteText(created);
    const [question] = await currentQuestions(textId);
    const stem = "Wo trafen sich die Außenministerinnen und Außenminister?";
    const saved = await edit(created.teacher, created.classId, textId, question!, {
      frage: stem,
      beleg: "Gastgeber war der polnische Außenminister Tomasz Wierzbicki.",
    });
    expect(redirectTarget(saved)).toBe(`${textPath(created.classId, textId)}#frage-${question!.id}`);
    const [after] = await currentQuestions(textId);
    expect(after!.id).toBe(question!.id);
    expect(after!.stem).toBe(stem);
    const text = (await storedText(textId)).text;
    expect(after!.evidence.quote).toBe("Gastgeber war der polnische Außenminister Tomasz Wierzbicki.");
    expect(text.slice(after!.evidence.start, after!.evidence.end)).toBe(after!.evidence.quote);
    // A copy from the page may break lines differently: the text's own span is stored.
    const rewrapped = await edit(created.teacher, created.classId, textId, after!, { beleg: "Er sprach von einem\n„Weckruf   für die ganze Region“." });
    expect(rewrapped.status).toBe(303);
    const [moved] = await currentQuestions(textId);
    expect(moved!.evidence.quote).toBe("Er sprach von einem „Weckruf für die ganze Region“.");
    expect(moved!.id).toBe(question!.id);
  });

  it("gives a new id when the key changes; the old version stays stored and keeps the answers given to it", async () => {
    const created = await createClass();
    const textId = await publishedAndAssigned(created);
    await created.teacher.post(`${textPath(created.classId, textId)}/umfang`, { umfang: "100" }); // refused: too many
    // A single choice question first in the teacher's order: the first question is in every attempt.
    const firstSingle = (await currentQuestions(textId)).find((question) => question.type === "single")!;
    while ((await currentQuestions(textId))[0]!.id !== firstSingle.id)
      await created.teacher.post(`${textPath(created.classId, textId)}/fragen/${firstSingle.id}/hoch`);
    const pool = await currentQuestions(textId);
    await askAsManyAsAllowed(created, textId);

    const { student, classPath } = await joinAs(created.joinCode, "Mila");
    const startPath = (await (await student.get(classPath)).text()).match(/action="([^"]+\/starten)"/)![1]!;
    const attemptPath = redirectTarget(await student.post(startPath));
    const asked = await attemptQuestionIds(attemptPath);
    const single = pool.find((question): question is Extract<Question, { type: "single" }> => question.type === "single" && asked.includes(question.id))!;
    await answer(student, attemptPath, asked.indexOf(single.id) + 1, rightResponse(single));

    const otherKey = single.options.find((option) => option.id !== single.answer)!.id;
    expect((await edit(created.teacher, created.classId, textId, single, { richtig: otherKey })).status).toBe(303);
    const after = await currentQuestions(textId);
    const replacement = after.find((question) => !pool.some((old) => old.id === question.id))!;
    expect(replacement.type).toBe("single");
    expect(replacement.type === "single" && replacement.answer).toBe(otherKey);
    expect(after.indexOf(replacement)).toBe(pool.indexOf(single)); // in the old one's place
    expect(after.some((question) => question.id === single.id)).toBe(false);
    const old = await env.DB.prepare("select position, retired_at, question from own_questions where id = ?")
      .bind(single.id)
      .first<{ position: number | null; retired_at: number | null; question: string }>();
    expect(old!.position).toBeNull();
    expect(old!.retired_at).not.toBeNull();
    expect(JSON.parse(old!.question).answer).toBe(single.answer);
    expect(await count("select count(*) as n from own_questions where replaces = ?", single.id)).toBe(1);

    // The answer given stays with the version it answered, scored as it was.
    expect(await count("select count(*) as n from answers where question_id = ? and score = 1", single.id)).toBe(1);
    const feedback = visibleText(await (await student.get(`${attemptPath}/frage/${asked.indexOf(single.id) + 1}`)).text());
    expect(feedback).toContain("Richtig!");
    // The assignment's page: the answered old version keeps its column; the replacement, which nobody was
    // asked yet, has none (the grid's columns are the questions the class was asked).
    const assignmentId = (await env.DB.prepare("select id from assignments where class_id = ?").bind(created.classId).first<{ id: string }>())!.id;
    const results = await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}/aufgaben/${assignmentId}`)).text();
    expect(results).toContain(`data-question-id="${single.id}"`);
    expect(results).not.toContain(`data-question-id="${replacement.id}"`);
    expect([...results.matchAll(/<th scope="col" class="q"/g)]).toHaveLength(asked.length);
  });

  it("names an answered earlier version on the results and in the CSV, first as changed, then as 'frühere Fassung von Frage N'", async () => {
    const created = await createClass();
    const textId = await publishedAndAssigned(created);
    await askAsManyAsAllowed(created, textId);
    const pool = await currentQuestions(textId);
    const startAndAnswer = async (nickname: string, pick: (asked: string[]) => Question) => {
      const { student, classPath } = await joinAs(created.joinCode, nickname);
      const startPath = (await (await student.get(classPath)).text()).match(/action="([^"]+\/starten)"/)![1]!;
      const attemptPath = redirectTarget(await student.post(startPath));
      const asked = await attemptQuestionIds(attemptPath);
      const question = pick(asked);
      await answer(student, attemptPath, asked.indexOf(question.id) + 1, rightResponse(question));
    };
    // The changed key must leave the question askable with the others: a key another question shows gives it away, and
    // such a question is left out of every attempt (curatedPool). Which choice comes first depends on the text's random ids.
    const staysAsked = (question: Extract<Question, { type: "single" }>, key: string) =>
      curatedPool(pool.map((other) => (other.id === question.id ? { ...question, answer: key } : other))).some((other) => other.id === question.id);
    const otherKeyOf = (question: Extract<Question, { type: "single" }>) =>
      question.options.find((option) => option.id !== question.answer && staysAsked(question, option.id))?.id;
    const single = (asked: string[]) =>
      pool.find(
        (question): question is Extract<Question, { type: "single" }> =>
          question.type === "single" && asked.includes(question.id) && otherKeyOf(question) !== undefined,
      );
    // About one attempt in thirty asks no such choice (the draw is seeded by random ids): then another student starts one.
    let old: Extract<Question, { type: "single" }> | undefined;
    for (const nickname of ["Mila", "Mira", "Mona", "Maja"]) {
      await startAndAnswer(nickname, (asked) => {
        old = single(asked);
        return old ?? pool.find((question) => question.id === asked[0])!;
      });
      if (old) break;
    }
    expect(old).toBeDefined();
    const otherKey = otherKeyOf(old!)!;
    expect((await edit(created.teacher, created.classId, textId, old!, { richtig: otherKey })).status).toBe(303);
    const replacement = (await currentQuestions(textId)).find((question) => !pool.some((earlier) => earlier.id === question.id))!;

    const assignmentId = (await env.DB.prepare("select id from assignments where class_id = ?").bind(created.classId).first<{ id: string }>())!.id;
    const resultsPath = `/klassen/lehrkraft/${created.classId}/aufgaben/${assignmentId}`;
    // The line under the question's wording that names its number in the grid.
    const hardLine = (html: string, id: string) => {
      const item = html.slice(html.indexOf(`data-testid="hard-question" data-question-id="${id}"`)).split("</li>")[0]!;
      return visibleText(/<p class="muted question-number">([\s\S]*?)<\/p>/.exec(item)?.[1] ?? "");
    };
    expect(hardLine(await (await created.teacher.get(resultsPath)).text(), old!.id)).toMatch(/^Frage \d+ im Raster \(frühere Fassung, inzwischen geändert\)$/);

    await askAsManyAsAllowed(created, textId);
    await startAndAnswer("Nora", (asked) => {
      expect(asked).toContain(replacement.id);
      return replacement;
    });
    const results = await (await created.teacher.get(resultsPath)).text();
    const replacementNumber = /^Frage (\d+) im Raster$/.exec(hardLine(results, replacement.id))![1];
    expect(hardLine(results, old!.id)).toMatch(new RegExp(`^Frage \\d+ im Raster \\(frühere Fassung von Frage ${replacementNumber}\\)$`));
    const rows = parseCsv((await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}/export/fragen.csv`)).text()).slice(1));
    expect(rows.filter((row) => row[3]!.startsWith(`(frühere Fassung von Frage ${replacementNumber}) `))).toHaveLength(1);
  });

  it("says at a question whose new key another question shows that it never comes with that question, and why", async () => {
    const created = await createClass();
    // A choice whose new key, one of its own options, a question of the text shows: with it the question leaves the
    // questions an attempt may ask (the rule the draws keep, curatedPool), which nothing on the page said.
    const candidates = (pool: readonly Question[]) => {
      const withKey = (question: Extract<Question, { type: "single" }>, key: string) =>
        pool.map((other) => (other.id === question.id ? { ...question, answer: key } : other));
      const shownElsewhere = (question: Question, text: string) =>
        pool.some((other) => other.id !== question.id && `${other.stem} ${other.type === "truefalse" ? other.statement : ""}`.includes(text));
      const kept = new Set(curatedPool(pool).map((question) => question.id));
      return pool.flatMap((candidate) =>
        candidate.type === "single" && kept.has(candidate.id)
          ? candidate.options
              .filter((option) => option.id !== candidate.answer && shownElsewhere(candidate, option.text))
              .filter((option) => !curatedPool(withKey(candidate, option.id)).some((other) => other.id === candidate.id))
              .map((option) => [candidate, option] as const)
          : [],
      );
    };
    // The teacher's first order is a draw seeded by the text's random id: about one order in ten keeps no such choice
    // (measured over 200 ids), so the text is pasted again until one does.
    let textId = "";
    let found: ReturnType<typeof candidates> = [];
    for (let paste = 0; paste < 5 && found.length === 0; paste++) {
      textId = await pasteText(created);
      found = candidates(await currentQuestions(textId));
    }
    const pool = await currentQuestions(textId);
    const [question, key] = found[0]!;
    expect(question).toBeDefined();
    const reviewPage = async (id: string) => {
      const number = (await currentQuestions(textId)).findIndex((other) => other.id === id) + 1;
      return { number, html: await (await created.teacher.get(`${textPath(created.classId, textId)}?seite=${Math.ceil(number / 10)}`)).text() };
    };
    // Up to the next question's card: a choice's options are list items of their own, so its first "</li>" ends an option.
    const card = (html: string, id: string) => {
      const start = html.indexOf(`id="frage-${id}"`);
      const next = html.indexOf('data-testid="review-question"', html.indexOf(">", start));
      return html.slice(start, next === -1 ? undefined : next);
    };
    const before = await reviewPage(question.id);
    expect(card(before.html, question.id)).not.toContain('data-testid="yields-to"');

    expect((await edit(created.teacher, created.classId, textId, question, { richtig: key.id })).status).toBe(303);
    const edited = (await currentQuestions(textId)).find((other) => !pool.some((earlier) => earlier.id === other.id))!;
    const after = await reviewPage(edited.id);
    const note = /<p class="notice apart" data-testid="yields-to">([\s\S]*?)<\/p>/.exec(card(after.html, edited.id))?.[1];
    expect(note, "a note at the edited question").toBeDefined();
    const text = visibleText(note!);
    const other = Number(/nie zusammen mit Frage (\d+) vor/.exec(text)?.[1]);
    // Either reason names the new key: the other question shows it, or it has the same answer (which it shows too).
    expect(
      [`Frage ${other} nennt die Antwort dieser Frage („${key.text}“).`, `Beide haben dieselbe Antwort („${key.text}“).`].some((reason) =>
        text.includes(reason),
      ),
    ).toBe(true);
    expect(text).toContain("Ändern Sie eine der beiden");
    // The question it names is another one, which the draws never ask with it (it shows the key, as written or as a
    // country's adjective, or has it as its answer), and its link leads to it on its page.
    expect(other).not.toBe(after.number);
    const named = (await currentQuestions(textId))[other - 1]!;
    expect(curatedPool([named, edited])).toHaveLength(1);
    const href = unescapeHtml(/href="([^"]+)"/.exec(note!)![1]!);
    expect(href).toMatch(new RegExp(`#frage-${named.id}$`));
    const namedPage = await (await created.teacher.get(href.replace(/#.*$/, ""))).text();
    expect(namedPage).toContain(`id="frage-${named.id}"`);
  });

  it("saving a question from its editor page unchanged keeps it as it was, a figure's gap sentence too", async () => {
    const created = await createClass();
    const textId = await pasteText(created);
    const questions = await currentQuestions(textId);
    const numericGap = questions.find((question) => question.type === "numeric" && question.before !== undefined)!;
    const cloze = firstOfType(questions, "cloze");
    for (const question of [numericGap, cloze]) {
      const path = `${textPath(created.classId, textId)}/fragen/${question.id}`;
      const page = await (await created.teacher.get(path)).text();
      const saved = await created.teacher.post(path, formFromPage(page, path));
      expect(saved.status, question.type).toBe(303);
      const after = (await currentQuestions(textId)).find((other) => other.id === question.id);
      expect(after, `${question.type} keeps its id`).toBeDefined();
      expect(after).toEqual(question);
    }
  });

  it("lets an attempt begun before a key changed keep the version it began with, as the editor says; a new attempt gets the new one", async () => {
    const created = await createClass();
    const textId = await publishedAndAssigned(created);
    const firstSingle = (await currentQuestions(textId)).find((question) => question.type === "single")!;
    while ((await currentQuestions(textId))[0]!.id !== firstSingle.id)
      await created.teacher.post(`${textPath(created.classId, textId)}/fragen/${firstSingle.id}/hoch`);
    const pool = await currentQuestions(textId);
    await askAsManyAsAllowed(created, textId);

    const begun = await joinAs(created.joinCode, "Mila");
    const startPath = (await (await begun.student.get(begun.classPath)).text()).match(/action="([^"]+\/starten)"/)![1]!;
    const attemptPath = redirectTarget(await begun.student.post(startPath));
    const asked = await attemptQuestionIds(attemptPath);
    const single = pool.find((question): question is Extract<Question, { type: "single" }> => question.type === "single" && asked.includes(question.id))!;

    const editorPath = `${textPath(created.classId, textId)}/fragen/${single.id}`;
    expect(visibleText(await (await created.teacher.get(editorPath)).text())).toContain("schon begonnene Versuche bleiben bei der alten Fassung");
    const newKey = single.options.find((option) => option.id !== single.answer)!.id;
    expect((await edit(created.teacher, created.classId, textId, single, { richtig: newKey })).status).toBe(303);

    // Mila answers the version she was shown: the new key counts as wrong there, and the answer is the old version's.
    await answer(begun.student, attemptPath, asked.indexOf(single.id) + 1, { type: "single", choice: newKey });
    expect(await count("select count(*) as n from answers where question_id = ? and score = 0", single.id)).toBe(1);

    const later = await joinAs(created.joinCode, "Ole");
    const laterStart = (await (await later.student.get(later.classPath)).text()).match(/action="([^"]+\/starten)"/)![1]!;
    const laterAsked = await attemptQuestionIds(redirectTarget(await later.student.post(laterStart)));
    expect(laterAsked).not.toContain(single.id);
  });

  it("shows options and statements in text areas tall enough for their whole text; a line break typed in one is stored as a space", async () => {
    const created = await createClass();
    const textId = await pasteText(created);
    const single = firstOfType(await currentQuestions(textId), "single");
    // Two options of 150 characters that differ only at their end looked alike in one-line fields on a phone.
    const common =
      "Das Lagezentrum soll nach dem Willen der Außenministerinnen und Außenminister der Ostseeanrainer künftig gemeinsam betrieben werden, und zwar in ";
    const longOptions = { option_a: `${common}Danzig.`, option_b: `${common}Rostock.` };
    expect((await edit(created.teacher, created.classId, textId, single, { ...longOptions, option_c: "Tallinn\nund Riga", richtig: "b" })).status).toBe(303);
    const edited = (await currentQuestions(textId)).find(
      (question) => question.type === "single" && question.options.some((option) => option.text === longOptions.option_b),
    )!;
    // Which choice comes first, and its options, depend on the text's random id: a fourth option stays as it was.
    const untouched = single.type === "single" ? single.options.slice(3).map((option) => option.text) : [];
    expect(edited.type === "single" && edited.options.map((option) => option.text)).toEqual([
      longOptions.option_a,
      longOptions.option_b,
      "Tallinn und Riga",
      ...untouched,
    ]);

    const editedPath = `${textPath(created.classId, textId)}/fragen/${edited.id}`;
    const page = await (await created.teacher.get(editedPath)).text();
    for (const name of ["option_a", "option_b"]) {
      const rows = Number(new RegExp(`<textarea id="${name}" name="${name}" rows="(\\d+)"`).exec(page)?.[1]);
      expect(rows, name).toBeGreaterThanOrEqual(Math.ceil(longOptions.option_a.length / 36));
    }
    expect(page).toMatch(/<label for="option_d">Antwort D<\/label><textarea id="option_d" name="option_d" rows="1"/);
    const saved = await created.teacher.post(editedPath, formFromPage(page, editedPath));
    expect(saved.status).toBe(303);
    expect((await currentQuestions(textId)).find((question) => question.id === edited.id)).toEqual(edited);

    const truefalse = firstOfType(await currentQuestions(textId), "truefalse");
    const statementPage = await (await created.teacher.get(`${textPath(created.classId, textId)}/fragen/${truefalse.id}`)).text();
    expect(statementPage).toMatch(/<textarea id="aussage" name="aussage" rows="\d+" class="fits-content" required="">/);
  });

  it("answers invalid edits with the form, German messages and what was typed; nothing changes", async () => {
    const created = await createClass();
    const textId = await pasteText(created);
    const questions = await currentQuestions(textId);
    const single = firstOfType(questions, "single");
    const before = await rowCounts(created.classId);
    const cases: [Record<string, string | string[]>, RegExp][] = [
      [{ frage: "" }, /Bitte geben Sie die Frage ein/],
      [{ richtig: [] }, /genau eine richtige Antwort/],
      [{ beleg: "Dieser Satz steht nirgends im Text." }, /nicht gefunden/],
      [{ beleg: "Danzig. Gastgeber war" }, /nicht gefunden|innerhalb eines Absatzes/],
      [{ frage: "x".repeat(501) }, /Frage: höchstens 500 Zeichen/],
      [{ typ: "essay" }, /Fragetyp/],
    ];
    for (const [changes, message] of cases) {
      const response = await edit(created.teacher, created.classId, textId, single, changes);
      expect(response.status, JSON.stringify(changes)).toBe(400);
      const html = await response.text();
      expect(visibleText(html)).toMatch(message);
      expect(html).toContain(single.options[0]!.text.replace(/&/g, "&amp;"));
    }
    expect(await rowCounts(created.classId)).toEqual(before);
    expect(await currentQuestions(textId)).toEqual(questions);
  });
});

describe("the pool", () => {
  it("asks before a question is deleted, on a page of its own that works without JavaScript", async () => {
    const created = await createClass();
    const textId = await pasteText(created);
    const base = textPath(created.classId, textId);
    const [, second] = await currentQuestions(textId);
    const confirmPath = `${base}/fragen/${second!.id}/loeschen`;

    // The list links to the question's confirmation; it deletes nothing by itself.
    const review = await (await created.teacher.get(base)).text();
    expect(review).toContain(`href="${confirmPath}"`);
    expect(review).not.toContain(`action="${confirmPath}"`);

    const page = await created.teacher.get(confirmPath);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(visibleText(html)).toContain("Frage 2 löschen?");
    expect(html).toContain(escapeHtml(second!.stem));
    expect(html).toContain(`<form method="post" action="${confirmPath}">`);
    expect(html).toContain('name="bestaetigung" value="ja"');
    expect(html).toContain(`href="${base}#frage-${second!.id}"`); // Abbrechen

    // A post without the confirmation deletes nothing and asks again.
    const bare = await created.teacher.post(confirmPath);
    expect(bare.status).toBe(400);
    expect(visibleText(await bare.text())).toContain("Bitte bestätigen Sie das Löschen");
    expect((await currentQuestions(textId)).map((question) => question.id)).toContain(second!.id);

    expect(redirectTarget(await created.teacher.post(confirmPath, { bestaetigung: "ja" }))).toBe(`${base}#fragen`);
    expect((await currentQuestions(textId)).map((question) => question.id)).not.toContain(second!.id);
    expect((await created.teacher.get(confirmPath)).status).toBe(404);
  });

  it("persists deletions and the order set with the up and down buttons", async () => {
    const created = await createClass();
    const textId = await pasteText(created);
    const base = textPath(created.classId, textId);
    const [first, second, third] = await currentQuestions(textId);
    expect(redirectTarget(await created.teacher.post(`${base}/fragen/${second!.id}/loeschen`, { bestaetigung: "ja" }))).toBe(`${base}#fragen`);
    expect((await currentQuestions(textId)).map((question) => question.id).slice(0, 2)).toEqual([first!.id, third!.id]);
    await created.teacher.post(`${base}/fragen/${third!.id}/hoch`);
    expect((await currentQuestions(textId)).map((question) => question.id).slice(0, 2)).toEqual([third!.id, first!.id]);
    await created.teacher.post(`${base}/fragen/${third!.id}/runter`);
    await created.teacher.post(`${base}/fragen/${first!.id}/hoch`); // already first: nothing moves
    expect((await currentQuestions(textId)).map((question) => question.id).slice(0, 2)).toEqual([first!.id, third!.id]);
    // A deleted question is no longer in the quiz, nor can it be edited.
    expect((await created.teacher.get(`${base}/fragen/${second!.id}`)).status).toBe(404);
    expect(await (await created.teacher.get(base)).text()).not.toContain(`data-question-id="${second!.id}"`);
  });

  const additions: Record<Question["type"], Record<string, string | string[]>> = {
    single: { frage: "Wo soll das Lagezentrum seinen Sitz haben?", option_a: "Danzig", option_b: "Rostock", option_c: "Tallinn", richtig: "b" },
    multi: { frage: "Wer nahm am Treffen teil?", option_a: "Helene Brandt", option_b: "Kadri Tamm", option_c: "Søren Holm", richtig: ["a", "b"] },
    numeric: { frage: "Wie viele Fachleute sollen im Lagezentrum arbeiten?", zahl: "60", von: "54", bis: "66", einheit: "Fachleute" },
    truefalse: {
      frage: "Stimmt das?",
      aussage: "Das Lagezentrum soll 2026 die Arbeit aufnehmen.",
      richtig: "falsch",
      korrektur: "Es soll im Frühjahr 2027 beginnen.",
    },
    cloze: { frage: "Was fehlt?", vor: "Der Ostseerat wurde ", luecke: "1992", nach: " in Kopenhagen gegründet.", auch: "im Jahr 1992" },
  };

  it.each(Object.entries(additions))("adds an own %s question that points at a passage", async (type, fields) => {
    const created = await createClass();
    const textId = await pasteText(created);
    const before = await currentQuestions(textId);
    const quote = type === "cloze" ? "Der Ostseerat wurde 1992 in Kopenhagen gegründet." : "Das neue Lagezentrum soll seinen Sitz in Rostock haben";
    const response = await created.teacher.post(`${textPath(created.classId, textId)}/fragen/neu`, formOf({ typ: type, beleg: quote, ...fields }));
    expect(response.status, await response.clone().text()).toBe(303);
    const after = await currentQuestions(textId);
    expect(after).toHaveLength(before.length + 1);
    const added = after.at(-1)!;
    expect(added.type).toBe(type);
    expect(added.topic).toBe("own");
    expect(added.stem).toBe(fields.frage);
    expect(added.evidence.quote).toBe(quote);
    expect((await storedText(textId)).text.slice(added.evidence.start, added.evidence.end)).toBe(quote);
    // Back to the review's last page (10 questions a page), where the new question is.
    const lastPage = Math.ceil(after.length / 10);
    expect(redirectTarget(response)).toBe(`${textPath(created.classId, textId)}${lastPage > 1 ? `?seite=${lastPage}` : ""}#frage-${added.id}`);
    expect(await (await created.teacher.get(redirectTarget(response))).text()).toContain(`id="frage-${added.id}"`);
  });

  it("refuses an added question without key or evidence, keeps what was typed and stores nothing", async () => {
    const created = await createClass();
    const textId = await pasteText(created);
    const before = await rowCounts(created.classId);
    const response = await created.teacher.post(
      `${textPath(created.classId, textId)}/fragen/neu`,
      formOf({ typ: "multi", frage: "Wer war in Danzig?", option_a: "Brandt", option_b: "Holm", option_c: "Tamm" }),
    );
    expect(response.status).toBe(400);
    const text = visibleText(await response.clone().text());
    expect(text).toContain("mindestens eine richtige Antwort");
    expect(text).toContain("Bitte geben Sie den Beleg an");
    expect(await response.text()).toMatch(/<textarea id="option_a" name="option_a"[^>]*>\s*Brandt\s*<\/textarea>/);
    expect(await rowCounts(created.classId)).toEqual(before);
  });

  it("keeps the quiz size between 1 and the number of questions; an attempt draws that many", async () => {
    const created = await createClass();
    const textId = await pasteText(created);
    const base = textPath(created.classId, textId);
    const total = (await currentQuestions(textId)).length;
    for (const umfang of ["0", String(total + 1), "drei", "-2"]) {
      const response = await created.teacher.post(`${base}/umfang`, { umfang });
      expect(response.status, umfang).toBe(400);
      expect(await response.text()).toContain(`value="${umfang}"`);
    }
    expect(redirectTarget(await created.teacher.post(`${base}/umfang`, { umfang: "4" }))).toBe(`${base}#quiz-einstellungen`);
    expect((await storedText(textId)).quizSize).toBe(4);
    await created.teacher.post(`${base}/veroeffentlichen`);
    await created.teacher.post(`/klassen/lehrkraft/${created.classId}/aufgaben`, { quizId: textId });
    const { student, classPath } = await joinAs(created.joinCode, "Noor");
    const page = await (await student.get(classPath)).text();
    expect(visibleText(page)).toContain("0 von 4 beantwortet");
    const attemptPath = redirectTarget(await student.post(page.match(/action="([^"]+\/starten)"/)![1]!));
    const asked = await attemptQuestionIds(attemptPath);
    expect(asked).toHaveLength(4);
    const pool = await currentQuestions(textId);
    const sentences = asked.map((id) => pool.find((question) => question.id === id)!.evidence.start);
    expect(new Set(sentences).size).toBe(4); // one question per sentence
  });

  it("brings a published quiz's size down when deletions leave fewer questions that do not give each other away", async () => {
    const created = await createClass();
    const textId = await publishedAndAssigned(created);
    const base = textPath(created.classId, textId);
    const allowedNow = async () => Number(/id="umfang"[^>]*\bmax="(\d+)"/.exec(await (await created.teacher.get(base)).text())?.[1]);
    const chosen = await askAsManyAsAllowed(created, textId);
    // Deletes the first question (always one an attempt may ask) until fewer are allowed than were chosen.
    let allowed = chosen;
    for (let deleted = 0; allowed >= chosen && deleted < 10; deleted++) {
      const [first] = await currentQuestions(textId);
      expect((await created.teacher.post(`${base}/fragen/${first!.id}/loeschen`, { bestaetigung: "ja" })).status).toBe(303);
      allowed = await allowedNow();
    }
    expect(allowed).toBeLessThan(chosen);
    expect((await storedText(textId)).quizSize).toBe(allowed);
    // A student's attempt asks as many as it says.
    const { student, classPath } = await joinAs(created.joinCode, "Jonas");
    const page = await (await student.get(classPath)).text();
    expect(visibleText(page)).toContain(`0 von ${allowed} beantwortet`);
    const attemptPath = redirectTarget(await student.post(page.match(/action="([^"]+\/starten)"/)![1]!));
    expect(await attemptQuestionIds(attemptPath)).toHaveLength(allowed);
  });

  it("edits title, source and date, but never the text itself", async () => {
    const created = await createClass();
    const textId = await pasteText(created);
    const base = textPath(created.classId, textId);
    expect(
      redirectTarget(await created.teacher.post(`${base}/angaben`, { titel: "Kabel in der Ostsee", quelle: "https://example.org/kabel", datum: "2026" })),
    ).toBe(`${base}#angaben`);
    const stored = await storedText(textId);
    expect([stored.title, stored.source, stored.date]).toEqual(["Kabel in der Ostsee", "https://example.org/kabel", "2026"]);
    expect((await created.teacher.post(`${base}/angaben`, { titel: "  " })).status).toBe(400);
    await expect(env.DB.prepare("update own_texts set text = 'anders' where id = ?").bind(textId).run()).rejects.toThrow(/immutable/);
    await expect(env.DB.prepare("update own_texts set passages = '[]' where id = ?").bind(textId).run()).rejects.toThrow(/immutable/);
    expect((await storedText(textId)).text).toBe(stored.text);
    expect((await storedText(textId)).passages).toEqual(stored.passages);
  });
});
