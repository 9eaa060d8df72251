/**
 * An own text's worksheet and LMS files through the Worker: a draw of the teacher's size as an attempt
 * gets one, teacher input intact, only for its class.
 */
import { parse } from "gift-pegjs";
import { expect, it } from "vitest";
import { drawCurated } from "../../../src/bank/quiz";
import { escapeHtml, visibleText } from "../browser";
import { children, parseXml, type XmlElement } from "../../core/export/read";
import { askAsManyAsAllowed, createClass, currentQuestions, pasteText, publishedAndAssigned, textPath } from "./helpers";

const textOf = (element: XmlElement): string => element.children.map((child) => (typeof child === "string" ? child : textOf(child))).join("");
const xmlQuestionIds = (xml: string) =>
  children(parseXml(xml), "question")
    .filter((question) => question.attributes.type !== "category")
    .map((question) => textOf(children(question, "idnumber")[0]!));

const HOSTILE = `Gipfel <script>alert("x")</script> & {Klammern} ~ = # : \\ Ende`;

it("exports the teacher's current questions as Moodle XML, GIFT and a worksheet, with hostile text intact", async () => {
  const created = await createClass();
  const textId = await pasteText(created);
  const base = `/klassen/lehrkraft/${created.classId}/quizze/${textId}`;
  const [first] = await currentQuestions(textId);
  await created.teacher.post(`${textPath(created.classId, textId)}/fragen/${first!.id}/loeschen`, { bestaetigung: "ja" });
  const added = new URLSearchParams({
    typ: "single",
    frage: `${HOSTILE}?`,
    option_a: `${HOSTILE} A`,
    option_b: "Lübeck",
    richtig: "a",
    // A sentence no other question asks about: a quiz asks one question per sentence, the earlier in the teacher's order.
    beleg: "Dort sollen etwa 60 Fachleute aus allen beteiligten Ländern",
  });
  expect((await created.teacher.post(`${textPath(created.classId, textId)}/fragen/neu`, added)).status).toBe(303);
  // Every question that may stand with the others: the added one is among them.
  const asked = await askAsManyAsAllowed(created, textId);

  const xml = await created.teacher.get(`${base}/moodle.xml`);
  expect(xml.status).toBe(200);
  const xmlText = await xml.text();
  const questions = children(parseXml(xmlText), "question").filter((question) => question.attributes.type !== "category");
  expect(questions).toHaveLength(asked);
  expect(xmlText).toContain('Gipfel &lt;script&gt;alert("x")&lt;/script&gt; &amp; {Klammern}');

  const gift = await created.teacher.get(`${base}/gift.txt`);
  expect(gift.status).toBe(200);
  const parsed = parse(await gift.text()).filter((item) => item.type !== "Category" && item.type !== "Description");
  expect(parsed).toHaveLength(asked);
  const own = parsed.find((item) => (item as { stem?: { text: string } }).stem?.text.includes("{Klammern}")) as {
    stem: { text: string };
    choices: { text: { text: string }; isCorrect: boolean }[];
  };
  expect(own.stem.text).toContain("{Klammern} ~ = # : \\ Ende");
  expect(own.choices.find((choice) => choice.isCorrect)!.text.text).toContain("Gipfel &lt;script&gt;");

  const worksheet = await created.teacher.get(`${base}/arbeitsblatt`);
  expect(worksheet.status).toBe(200);
  const html = await worksheet.text();
  expect(html).not.toContain('<script>alert("x")');
  expect(html).toContain("Gipfel &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; {Klammern}");

  const review = await (await created.teacher.get(textPath(created.classId, textId))).text();
  expect(review).toContain(`href="${base}/moodle.xml"`);

  const other = await createClass("Andere");
  for (const file of ["moodle.xml", "gift.txt", "arbeitsblatt"]) {
    expect((await other.teacher.get(`/klassen/lehrkraft/${other.classId}/quizze/${textId}/${file}`)).status).toBe(404);
  }
});

it("holds a draw as an attempt gets it, as many questions as the teacher set, the same every time", async () => {
  const created = await createClass();
  const textId = await publishedAndAssigned(created);
  const pool = await currentQuestions(textId);
  const size = 3;
  expect(pool.length).toBeGreaterThan(size);
  expect((await created.teacher.post(`${textPath(created.classId, textId)}/umfang`, { umfang: String(size) })).status).toBe(303);

  // What an attempt gets: the draw seeded with the text's id, as an attempt's is seeded with the attempt's.
  const classGets = drawCurated(pool, { seed: textId, size }).map((question) => question.id);
  expect(classGets).toHaveLength(size);

  const base = `/klassen/lehrkraft/${created.classId}/quizze/${textId}`;
  expect(xmlQuestionIds(await (await created.teacher.get(`${base}/moodle.xml`)).text())).toEqual(classGets);
  expect(xmlQuestionIds(await (await created.teacher.get(`${base}/moodle.xml`)).text())).toEqual(classGets);
  const gift = parse(await (await created.teacher.get(`${base}/gift.txt`)).text()).filter((item) => item.type !== "Category" && item.type !== "Description");
  expect(gift).toHaveLength(size);
  const worksheet = await (await created.teacher.get(`${base}/arbeitsblatt`)).text();
  const stems = [...worksheet.matchAll(/<p class="ws-stem">([^<]*)<\/p>/g)].map((match) => match[1]);
  expect(stems).toEqual(classGets.map((id) => escapeHtml(pool.find((question) => question.id === id)!.stem)));

  // The pages say what the files hold.
  const review = await (await created.teacher.get(textPath(created.classId, textId))).text();
  expect(visibleText(review)).toContain("enthalten eine Auswahl, wie sie ein Versuch bekommt (den eingestellten Umfang), immer dieselbe");
});
