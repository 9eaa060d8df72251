/** "begrüßte" with a pronoun or a clause approves of something: no sign of being at the meeting; with people as its object it is. */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

const attendanceOf = (text: string, surname: string) => extractFacts(text).persons.find((person) => person.surname === surname)?.attendance;

describe("a verb of welcoming", () => {
  const text =
    "Konferenz in Graz\n\nGraz – Die Umweltminister der Alpenländer treffen sich am Freitag in Graz zu einer Konferenz. " +
    "Oppositionschefin Maria Feldner begrüßte das. Auch Gewerkschaftschef Otto Brandl begrüßte ausdrücklich, dass die Gespräche stattfinden. " +
    "Bürgermeister Anton Leitgeb begrüßte die Gäste im Rathaus.";

  it("with a pronoun or a 'dass' clause makes nobody an attendee", () => {
    expect(attendanceOf(text, "Feldner")).toBe("mentioned");
    expect(attendanceOf(text, "Brandl")).toBe("mentioned");
  });

  it("with people as its object still does", () => {
    expect(attendanceOf(text, "Leitgeb")).toBe("attended");
  });
});
