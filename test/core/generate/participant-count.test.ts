/** How many took part in a meeting: a count of people where the meeting is told, not any count of guests in the text. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const attendeeCounts = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions.filter((question) => question.topic === "attendee_count");

describe("a count of people far from the meeting the text mentions", () => {
  const text = `Fährbetrieb wächst

Die Reederei Bodenwelle hat im vergangenen Jahr deutlich mehr verdient. Der Umsatz stieg um acht Prozent auf 54 Millionen Euro.

Bregenz – Die Reederei Bodenwelle hat ihren Gewinn im Vorjahr verdoppelt. Die neue Fähre zwischen Bregenz und Lindau soll ab dem Sommer täglich rund 6.000 Fahrgäste befördern. Das sagte Geschäftsführerin Petra Mähr bei der Bilanzpressekonferenz am Montag. Im Winter fährt die Fähre nur am Wochenende.`;

  it("is not asked as the number of people who took part in the press conference", () => {
    expect(attendeeCounts("faehre", text)).toEqual([]);
  });

  it("still is when the sentence tells of the meeting", () => {
    const told = text.replace(
      "Die neue Fähre zwischen Bregenz und Lindau soll ab dem Sommer täglich rund 6.000 Fahrgäste befördern.",
      "Zur Bilanzpressekonferenz kamen rund 60 Gäste.",
    );
    expect(attendeeCounts("faehre", told).map((question) => question.type === "numeric" && question.answer)).toEqual([60]);
  });
});
