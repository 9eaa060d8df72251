/** An own text's worksheet and LMS files through the Worker: its current questions, teacher input intact, only for its class. */
import { parse } from "gift-pegjs";
import { expect, it } from "vitest";
import { children, parseXml } from "../../core/export/read";
import { createClass, currentQuestions, pasteText, textPath } from "./helpers";

const HOSTILE = `Gipfel <script>alert("x")</script> & {Klammern} ~ = # : \\ Ende`;

it("exports the teacher's current questions as Moodle XML, GIFT and a worksheet, with hostile text intact", async () => {
  const created = await createClass();
  const textId = await pasteText(created);
  const base = `/klassen/lehrkraft/${created.classId}/quizze/${textId}`;
  const [first] = await currentQuestions(textId);
  await created.teacher.post(`${textPath(created.classId, textId)}/fragen/${first!.id}/loeschen`);
  const added = new URLSearchParams({
    typ: "single",
    frage: `${HOSTILE}?`,
    option_a: `${HOSTILE} A`,
    option_b: "Rostock",
    richtig: "a",
    beleg: "Das neue Lagezentrum soll seinen Sitz in Rostock haben",
  });
  expect((await created.teacher.post(`${textPath(created.classId, textId)}/fragen/neu`, added)).status).toBe(303);
  const pool = await currentQuestions(textId);

  const xml = await created.teacher.get(`${base}/moodle.xml`);
  expect(xml.status).toBe(200);
  const xmlText = await xml.text();
  const questions = children(parseXml(xmlText), "question").filter((question) => question.attributes.type !== "category");
  expect(questions).toHaveLength(pool.length);
  expect(xmlText).toContain('Gipfel &lt;script&gt;alert("x")&lt;/script&gt; &amp; {Klammern}');

  const gift = await created.teacher.get(`${base}/gift.txt`);
  expect(gift.status).toBe(200);
  const parsed = parse(await gift.text()).filter((item) => item.type !== "Category" && item.type !== "Description");
  expect(parsed).toHaveLength(pool.length);
  const own = parsed.at(-1) as { stem: { text: string }; choices: { text: { text: string }; isCorrect: boolean }[] };
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
