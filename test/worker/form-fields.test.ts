/**
 * Form fields as no page of the app sends them (a field twice, a checkbox with another value, text where a file
 * belongs), posted by a script or a form copied by hand: a 400 with German words, never zod's English
 * ("Invalid input: expected string, received array").
 */
import { describe, expect, it } from "vitest";
import { Browser, visibleText } from "./browser";
import { count, createClass } from "./classroom/helpers";

// The words, not an import of src/worker/form-messages.ts: importing it here would configure zod for the Worker too.
const UNREADABLE_FIELD = "Ein Feld dieses Formulars kam anders an, als die Seite es sendet.";
const ZOD_ENGLISH = /Invalid input|expected|received|Too big|Too small/;

async function refusedInGerman(response: Response) {
  expect(response.status).toBe(400);
  const text = visibleText(await response.text());
  expect(text).not.toMatch(ZOD_ENGLISH);
  expect(text).toContain(UNREADABLE_FIELD);
}

describe("a form field the page does not send that way", () => {
  it("a nickname twice in the live join form", async () => {
    await refusedInGerman(await new Browser().post("/live", { code: "482913", nickname: ["Anna", "Ben"] }));
  });

  it("a due date twice, or the closing checkbox with another value, in the teacher's assignment form: nothing assigned", async () => {
    const { teacher, classId } = await createClass();
    await refusedInGerman(await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben`, { quizId: "gemischt", dueDate: ["01.02.2030", "02.02.2030"] }));
    await refusedInGerman(await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben`, { quizId: "gemischt", dueDate: "01.02.2030", closesAtDue: "1" }));
    expect(await count("select count(*) as n from assignments where class_id = ?", classId)).toBe(0);
  });

  it("a title twice, or text in the file field, in the own-text form: no text made", async () => {
    const { teacher, classId } = await createClass();
    const text = "Die Stadt baut eine neue Brücke. Der Bürgermeister sagte am Montag, die Arbeiten begännen im Frühjahr.";
    await refusedInGerman(await teacher.post(`/klassen/lehrkraft/${classId}/texte/neu`, { titel: ["Brücke", "Neue Brücke"], text }));
    await refusedInGerman(await teacher.post(`/klassen/lehrkraft/${classId}/texte/neu`, { titel: "Brücke", text, datei: "brücke.txt" }));
    expect(await count("select count(*) as n from own_texts where class_id = ?", classId)).toBe(0);
  });

  it("the live start form with the speed checkbox set to another value", async () => {
    const { teacher, classId } = await createClass();
    await refusedInGerman(await teacher.post(`/klassen/lehrkraft/${classId}/live`, { quizId: "gemischt", anzahl: "5", zeit: "20", tempo: "1" }));
  });
});
