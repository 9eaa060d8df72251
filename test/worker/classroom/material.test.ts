/**
 * Worksheets and Moodle downloads through the Worker: only for the class's teacher, with file names
 * every browser takes, bodies that parse, and the dashboard linking to them.
 */
import { parse } from "gift-pegjs";
import { describe, expect, it } from "vitest";
import { listDocuments, MIXED_QUIZ_ID, defaultQuiz, quizTitle } from "../../../src/bank";
import { children, inGermanQuotes, parseXml } from "../../core/export/read";
import { Browser, visibleText } from "../browser";
import { createClass, joinAs } from "./helpers";

const quizIds = [...listDocuments().map((document) => document.id), MIXED_QUIZ_ID];
const base = (classId: string, quizId: string) => `/klassen/lehrkraft/${classId}/quizze/${encodeURIComponent(quizId)}`;

/** The file name a browser saves under: filename* (RFC 8187) decoded. */
function savedFileName(disposition: string): string {
  const star = /filename\*=UTF-8''([^;]+)/u.exec(disposition);
  expect(star, disposition).not.toBeNull();
  return decodeURIComponent(star![1]!);
}

describe("downloads for the teacher", () => {
  it.each(quizIds)("Moodle XML and GIFT of %s: headers, file names, bodies", async (quizId) => {
    const { teacher, classId } = await createClass();
    const questionCount = defaultQuiz(quizId).length;

    const xml = await teacher.get(`${base(classId, quizId)}/moodle.xml`);
    expect(xml.status).toBe(200);
    expect(xml.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
    expect(xml.headers.get("Cache-Control")).toBe("no-store");
    const xmlDisposition = xml.headers.get("Content-Disposition")!;
    expect(xmlDisposition).toMatch(/^attachment; filename="quellenquiz-[a-z0-9-]+\.xml"; filename\*=UTF-8''[A-Za-z0-9%._~-]+$/u);
    expect(savedFileName(xmlDisposition)).toBe(`Quellenquiz – ${quizTitle(quizId)}.xml`);
    expect(children(parseXml(await xml.text()), "question")).toHaveLength(questionCount);

    const gift = await teacher.get(`${base(classId, quizId)}/gift.txt`);
    expect(gift.status).toBe(200);
    expect(gift.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    const giftDisposition = gift.headers.get("Content-Disposition")!;
    expect(giftDisposition).toMatch(/^attachment; filename="quellenquiz-[a-z0-9-]+\.gift\.txt"; filename\*=UTF-8''[A-Za-z0-9%._~-]+$/u);
    expect(savedFileName(giftDisposition)).toBe(`Quellenquiz – ${quizTitle(quizId)}.gift.txt`);
    expect(parse(await gift.text()).filter((item) => item.type !== "Category" && item.type !== "Description")).toHaveLength(questionCount);
  });

  it("writes umlauts and punctuation of a title as ASCII in filename=", async () => {
    const { teacher, classId } = await createClass();
    // "Treffen der Anti-IS-Koalition: Wie weiter gegen den IS?" and "… auslöschen"
    const withColon = await teacher.get(`${base(classId, "000_da9cece58f689f55")}/moodle.xml`);
    expect(withColon.headers.get("Content-Disposition")).toContain('filename="quellenquiz-treffen-der-anti-is-koalition-wie-weiter-gegen-den-is.xml"');
    const withUmlaut = await teacher.get(`${base(classId, "004_244a028948b0aebe")}/gift.txt`);
    expect(withUmlaut.headers.get("Content-Disposition")).toContain('filename="quellenquiz-anti-is-koalition-will-den-is-ausloeschen.gift.txt"');
  });

  it("answers an unknown quiz with 404 in German", async () => {
    const { teacher, classId } = await createClass();
    for (const path of ["moodle.xml", "gift.txt", "arbeitsblatt"]) {
      const response = await teacher.get(`${base(classId, "gibt-es-nicht")}/${path}`);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain("Dieses Quiz gibt es nicht");
    }
  });
});

describe("only the class's teacher", () => {
  it("refuses students, other teachers, strangers (403) and unknown classes (404)", async () => {
    const { classId, joinCode } = await createClass();
    const other = await createClass("Andere Klasse");
    const { student } = await joinAs(joinCode, "Mia");
    for (const path of ["moodle.xml", "gift.txt", "arbeitsblatt"]) {
      const url = `${base(classId, "000_da9cece58f689f55")}/${path}`;
      for (const client of [student, other.teacher, new Browser()]) {
        const response = await client.get(url);
        expect(response.status, `${path}`).toBe(403);
        expect(await response.text()).not.toContain("83 Staaten");
      }
      expect((await other.teacher.get(`${base("AAAAAAAAAAAAAAAAAAAAAA", "000_da9cece58f689f55")}/${path}`)).status).toBe(404);
    }
  });
});

describe("worksheet", () => {
  it("shows the text, every question and, on request, the answers with evidence", async () => {
    const { teacher, classId } = await createClass();
    const quizId = "001_a0779ffe5682cfbe";
    const questions = defaultQuiz(quizId);

    const withAnswers = await teacher.get(`${base(classId, quizId)}/arbeitsblatt`);
    expect(withAnswers.status).toBe(200);
    const html = await withAnswers.text();
    const text = visibleText(html);
    for (const question of questions) expect(text).toContain(question.stem.replace(/\s+/gu, " "));
    expect(text).toContain("Lösungen");
    for (const question of questions) expect(text).toContain(inGermanQuotes(question.evidence.quote.replace(/\s+/gu, " ")));
    expect(html).toContain('class="ws-key"');
    expect(html).toContain("data-drucken");

    const withoutAnswers = await (await teacher.get(`${base(classId, quizId)}/arbeitsblatt?loesungen=nein`)).text();
    expect(withoutAnswers).not.toContain('class="ws-key"');
    for (const question of questions) expect(visibleText(withoutAnswers)).toContain(question.stem.replace(/\s+/gu, " "));
  });

  // A missing figure's gap ("Welche Zahl fehlt in diesem Satz?") takes the same path as a missing word's: which of the
  // two the bank's quizzes hold changes with the generator, so the test takes every quiz with either.
  it("prints the sentence of every gap, a missing figure's too", async () => {
    const { teacher, classId } = await createClass();
    const gapQuizzes = quizIds.filter((quizId) =>
      defaultQuiz(quizId).some((question) => (question.type === "numeric" || question.type === "cloze") && question.before !== undefined),
    );
    expect(gapQuizzes.length).toBeGreaterThan(0);
    for (const quizId of gapQuizzes) {
      const html = await (await teacher.get(`${base(classId, quizId)}/arbeitsblatt?loesungen=nein`)).text();
      // The questions only: the text above them holds every sentence anyway.
      const text = visibleText(html.slice(html.indexOf('<section class="ws-questions"')));
      for (const question of defaultQuiz(quizId)) {
        if ((question.type !== "numeric" && question.type !== "cloze") || question.before === undefined) continue;
        for (const part of [question.before, question.after ?? ""]) expect(text).toContain(part.replace(/\s+/gu, " ").trim());
      }
    }
  });

  it("prints every text of the mixed quiz", async () => {
    const { teacher, classId } = await createClass();
    const text = visibleText(await (await teacher.get(`${base(classId, MIXED_QUIZ_ID)}/arbeitsblatt`)).text());
    const documentIds = new Set(defaultQuiz(MIXED_QUIZ_ID).map((question) => question.documentId));
    for (const document of listDocuments().filter((candidate) => documentIds.has(candidate.id))) expect(text).toContain(document.title);
  });

  it("is linked from the teacher's dashboard for every quiz", async () => {
    const { teacher, classId } = await createClass();
    const dashboard = await (await teacher.get(`/klassen/lehrkraft/${classId}`)).text();
    expect(dashboard).toContain('href="#material"');
    for (const quizId of quizIds) {
      for (const path of ["arbeitsblatt", "moodle.xml", "gift.txt"]) expect(dashboard).toContain(`href="${base(classId, quizId)}/${path}"`);
    }
  });
});
