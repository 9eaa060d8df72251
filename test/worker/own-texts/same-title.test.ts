/**
 * Two texts of a class with the same name, given by the teacher or found in the text: the second gets " (2)" after
 * it, as texts without a title do, in the teacher's list and the students' alike; a rename to a name another text
 * has does too, and a text never clashes with itself.
 */
import { describe, expect, it } from "vitest";
import { visibleText } from "../browser";
import { joinAs } from "../classroom/helpers";
import { createClass, FRESH_TEXT, pasteText, publishedAndAssigned, storedText, textPath } from "./helpers";

const TITLE = "Wahl in Danzig";

describe("texts of one class with the same title", () => {
  it("are told apart by a number after the second and later ones, wherever the name comes from", async () => {
    const created = await createClass();
    const typed = [
      await publishedAndAssigned(created, { text: FRESH_TEXT, titel: TITLE }),
      await publishedAndAssigned(created, { text: FRESH_TEXT, titel: TITLE }),
    ];
    // Without a typed title the text's own heading names it: pasted twice, twice the same heading.
    const found = [await pasteText(created, { text: FRESH_TEXT }), await pasteText(created, { text: FRESH_TEXT })];
    const heading = (await storedText(found[0]!)).title;
    expect(heading).not.toBe(TITLE);
    expect(await Promise.all(typed.map(async (id) => (await storedText(id)).title))).toEqual([TITLE, `${TITLE} (2)`]);
    expect((await storedText(found[1]!)).title).toBe(`${heading} (2)`);

    // Renamed to a name another text has: numbered after the highest. Saved unchanged: the name stays.
    const details = (textId: string, titel: string) => created.teacher.post(`${textPath(created.classId, textId)}/angaben`, { titel });
    expect((await details(found[0]!, TITLE)).status).toBe(303);
    expect((await storedText(found[0]!)).title).toBe(`${TITLE} (3)`);
    expect((await details(typed[0]!, TITLE)).status).toBe(303);
    expect((await storedText(typed[0]!)).title).toBe(TITLE);
    // A name that only begins like another's is its own.
    expect((await details(found[1]!, "Wahl in")).status).toBe(303);
    expect((await storedText(found[1]!)).title).toBe("Wahl in");

    const teacherList = visibleText(await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}`)).text());
    for (const name of [TITLE, `${TITLE} (2)`, `${TITLE} (3)`]) expect(teacherList).toContain(name);
    const { student, classPath } = await joinAs(created.joinCode, "Mia");
    const studentList = visibleText(await (await student.get(classPath)).text());
    expect(studentList).toContain(`${TITLE} (2)`);
    expect(studentList).toMatch(new RegExp(`${TITLE}(?! \\()`));
  });
});
