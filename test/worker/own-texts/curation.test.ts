/**
 * The review's "Fragen je Versuch (höchstens N)" and the notes at the questions a first attempt leaves out come from which
 * questions may stand together (curatedChoice), which the last step of a text's preparation works out and stores: comparing a
 * long text's questions is most of a view's CPU time. An edit or deletion of a question works it out for the new version in
 * its own request (which keeps the quiz size within it); any other change of the questions makes the next view work it out again.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { curatedChoice } from "../../../src/bank/quiz";
import type { StoredCuration } from "../../../src/db/schema/own-texts";
import { redirectTarget, visibleText } from "../browser";
import { createClass, currentQuestions, pasteText, textPath } from "./helpers";

async function storedRow(textId: string): Promise<{ version: number; curation: StoredCuration | null }> {
  const row = await env.DB.prepare("select version, curation from own_texts where id = ?").bind(textId).first<{ version: number; curation: string | null }>();
  return { version: row!.version, curation: row!.curation === null ? null : (JSON.parse(row!.curation) as StoredCuration) };
}

async function storeCuration(textId: string, curation: StoredCuration): Promise<void> {
  await env.DB.prepare("update own_texts set curation = ? where id = ?").bind(JSON.stringify(curation), textId).run();
}

const mostPerAttempt = (html: string) => Number(/Fragen je Versuch \(höchstens (\d+)\)/.exec(visibleText(html))?.[1]);

/** A curation for the text's `version` that keeps one question fewer than `curation`: what no working out gives. */
function oneKeptFewer(curation: StoredCuration, pool: readonly { id: string }[], version: number): StoredCuration {
  const leftOut = new Set(curation.leftOut.map(([id]) => id));
  const [winner, loser] = pool.filter((question) => !leftOut.has(question.id));
  return { ...curation, version, perAttempt: curation.perAttempt - 1, leftOut: [...curation.leftOut, [loser!.id, winner!.id, "fact"]] };
}

describe("which questions may stand together, stored with the text", () => {
  it("is worked out by the last step of the preparation, as the draws' rule makes it, and stored with the text's version", async () => {
    const created = await createClass();
    const textId = await pasteText(created);
    const pool = await currentQuestions(textId);
    const { kept, leftOut } = curatedChoice(pool);
    expect(leftOut.length, "the fixture has questions that give each other away").toBeGreaterThan(0);
    // Stored before the first view, which reads it.
    const { version, curation } = await storedRow(textId);
    const html = await (await created.teacher.get(textPath(created.classId, textId))).text();
    expect(mostPerAttempt(html)).toBe(kept.length);
    // Why no more fit, folded under the size (open, the rules took a phone's screen before "Quiz veröffentlichen").
    const rules = /<details class="draw-rules"><summary>So zieht ein Versuch seine Fragen<\/summary>([\s\S]*?)<\/details>/.exec(html)?.[1] ?? "";
    expect(visibleText(rules)).toContain(`Höchstens ${kept.length} passen in einen Versuch`);
    expect(html.indexOf('class="draw-rules"')).toBeLessThan(html.indexOf("Quiz veröffentlichen"));
    expect(curation).toEqual({
      version,
      engine: expect.any(String),
      perAttempt: kept.length,
      standIns: leftOut.filter((out) => out.standsIn).map((out) => out.question.id),
      leftOut: leftOut.map(({ question, yieldsTo, clash }) =>
        "by" in clash ? [question.id, yieldsTo.id, clash.reason, clash.by.id, clash.of.id] : [question.id, yieldsTo.id, clash.reason],
      ),
    });
  });

  it("is worked out by the first view where none is stored for the version (a text prepared before it was stored)", async () => {
    const created = await createClass();
    const textId = await pasteText(created);
    await env.DB.prepare("update own_texts set curation = null where id = ?").bind(textId).run();
    const { kept } = curatedChoice(await currentQuestions(textId));
    expect(mostPerAttempt(await (await created.teacher.get(textPath(created.classId, textId))).text())).toBe(kept.length);
    const { version, curation } = await storedRow(textId);
    expect(curation).toMatchObject({ version, perAttempt: kept.length });
  });

  it("is read, not worked out again, on a view of the same version", async () => {
    const created = await createClass();
    const textId = await pasteText(created);
    await created.teacher.get(textPath(created.classId, textId));
    const pool = await currentQuestions(textId);
    const { version, curation } = await storedRow(textId);
    await storeCuration(textId, oneKeptFewer(curation!, pool, version));
    const html = await (await created.teacher.get(textPath(created.classId, textId))).text();
    expect(mostPerAttempt(html)).toBe(curation!.perAttempt - 1);
    // A marker the page shows: the question made to yield has its note.
    expect(html).toContain('data-testid="yields-to"');
  });

  it("is worked out again after a deploy: another version of the Worker (its rule may have changed) stored it", async () => {
    const created = await createClass();
    const textId = await pasteText(created);
    await created.teacher.get(textPath(created.classId, textId));
    const pool = await currentQuestions(textId);
    const { version, curation } = await storedRow(textId);
    await storeCuration(textId, { ...oneKeptFewer(curation!, pool, version), engine: "2000-01-01T00:00:00.000Z an-older-version" });
    const html = await (await created.teacher.get(textPath(created.classId, textId))).text();
    expect(mostPerAttempt(html)).toBe(curation!.perAttempt);
    expect((await storedRow(textId)).curation).toEqual(curation);
  });

  it("stays the questions' own where only the text's details change (the quiz size, the title)", async () => {
    const created = await createClass();
    const textId = await pasteText(created);
    const base = textPath(created.classId, textId);
    await created.teacher.get(base);
    const pool = await currentQuestions(textId);
    const { version, curation } = await storedRow(textId);
    await storeCuration(textId, oneKeptFewer(curation!, pool, version));

    expect((await created.teacher.post(`${base}/umfang`, { umfang: "1" })).status).toBe(303);
    expect((await created.teacher.post(`${base}/angaben`, { titel: "Ein neuer Titel", quelle: "", datum: "" })).status).toBe(303);
    const stored = await storedRow(textId);
    expect(stored.version).toBe(version + 2);
    expect(stored.curation?.version).toBe(stored.version);
    // Read, not worked out: the page shows what was stored.
    expect(mostPerAttempt(await (await created.teacher.get(base)).text())).toBe(curation!.perAttempt - 1);
  });

  it("is worked out again after the questions changed, and stored for the new version", async () => {
    const created = await createClass();
    const textId = await pasteText(created);
    const base = textPath(created.classId, textId);
    await created.teacher.get(base);
    const pool = await currentQuestions(textId);
    const { version, curation } = await storedRow(textId);
    await storeCuration(textId, oneKeptFewer(curation!, pool, version));

    const moved = await created.teacher.post(`${base}/fragen/${pool[1]!.id}/hoch`);
    const html = await (await created.teacher.get(redirectTarget(moved))).text();
    const changed = await currentQuestions(textId);
    expect(changed[0]!.id).toBe(pool[1]!.id);
    const perAttempt = curatedChoice(changed).kept.length;
    expect(mostPerAttempt(html)).toBe(perAttempt);
    const stored = await storedRow(textId);
    expect(stored.version).toBeGreaterThan(version);
    expect(stored.curation).toMatchObject({ version: stored.version, perAttempt });

    // A deleted question: the next view counts without it.
    const deleted = await created.teacher.post(`${base}/fragen/${changed[0]!.id}/loeschen`, { bestaetigung: "ja" });
    const after = await (await created.teacher.get(redirectTarget(deleted))).text();
    expect(mostPerAttempt(after)).toBe(curatedChoice(await currentQuestions(textId)).kept.length);
  });

  it("is worked out and stored by the request that deletes a question, which keeps the quiz size within it", async () => {
    const created = await createClass();
    const textId = await pasteText(created);
    const base = textPath(created.classId, textId);
    const pool = await currentQuestions(textId);
    // A quiz size above what may stand together once a question is gone: the deletion lowers it (a version more).
    await env.DB.prepare("update own_texts set quiz_size = ? where id = ?").bind(pool.length, textId).run();
    const { version } = await storedRow(textId);

    expect((await created.teacher.post(`${base}/fragen/${pool[0]!.id}/loeschen`, { bestaetigung: "ja" })).status).toBe(303);
    // Before any view: stored for the version the deletion and the new quiz size left.
    const perAttempt = curatedChoice(await currentQuestions(textId)).kept.length;
    const stored = await storedRow(textId);
    expect(stored.version).toBe(version + 2);
    expect(stored.curation).toMatchObject({ version: stored.version, perAttempt });
    const quizSize = await env.DB.prepare("select quiz_size as n from own_texts where id = ?").bind(textId).first<{ n: number }>();
    expect(quizSize?.n).toBe(perAttempt);
    // The view reads it: a curation made to keep one fewer under that version shows, not one worked out anew.
    await storeCuration(textId, oneKeptFewer(stored.curation!, await currentQuestions(textId), stored.version));
    expect(mostPerAttempt(await (await created.teacher.get(base)).text())).toBe(perAttempt - 1);
  });
});
