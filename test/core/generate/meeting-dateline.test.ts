/** A meeting in a part of the town the report comes from ("Graz – Beim Treffen ... in Mariatrost"): the town is no wrong place. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const text = `Landeshauptleute fordern mehr Geld für Pflege

Die Landeshauptleute verlangen vom Bund zusätzliche 500 Millionen Euro für die Pflege.

Graz – Beim Treffen der Landeshauptleute in Mariatrost haben die Länder am Freitag einen gemeinsamen Forderungskatalog beschlossen. Der Bund müsse die Pflege stärker finanzieren, sagte der steirische Landeshauptmann Christopher Drexler. Am Abend empfing Bürgermeisterin Elke Kahr die Gäste im Rathaus von Graz. Die Regierung in Wien reagierte zurückhaltend. Finanzminister Magnus Brunner verwies auf die laufenden Verhandlungen zum Finanzausgleich.`;

describe("where a meeting took place, asked as a choice", () => {
  it("never offers the dateline's town, which may hold the meeting's place", () => {
    const choices = generateBank([{ id: "pflege", text }])[0]!.questions.flatMap((question) =>
      question.type === "single" && question.topic === "meeting_place" ? [question.options.map((option) => option.text)] : [],
    );
    expect(choices.length).toBe(1);
    expect(choices[0]).toContain("Mariatrost");
    expect(choices[0]).not.toContain("Graz");
  });
});
