/**
 * Sides of a match named by their part in it ("Die Gäste"), bodies given a match or a job cut that no body of their
 * kind does, and a deed's pointer noun ("den Schritt") as the wrong option for the deed it points at.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;
const wordingOf = (id: string, text: string) =>
  questionsOf(id, text).flatMap((question) =>
    question.type === "truefalse" ? [question.statement] : question.type === "single" ? question.options.map((option) => option.text) : [],
  );

const derby = `LASK siegt im Oberösterreich-Derby

Der LASK hat das Oberösterreich-Derby gegen die SV Ried mit 3:1 gewonnen. Die Polizei nahm nach dem Spiel zwei Anhänger fest.

Linz – Vor 15.000 Zuschauern hat der LASK am Samstag das Derby gegen die SV Ried mit 3:1 gewonnen. Die Gäste gingen in der 20. Minute durch einen Kopfball in Führung. In der zweiten Hälfte übernahmen die Gäste die Kontrolle. „Wir haben Moral bewiesen“, sagte LASK-Trainer Markus Berger. Die Bundesliga kündigte eine Untersuchung an.`;

const jobs = `Papierfabrik in Steyr streicht Stellen

Der Papierhersteller Delfort baut an seinem Standort in Steyr 150 Arbeitsplätze ab. Das Unternehmen begründet den Schritt mit hohen Energiekosten.

Steyr – Der Papierkonzern Delfort hat am Dienstag den Abbau von 150 Stellen angekündigt. Geschäftsführer Karl Huber begründete den Abbau mit der schwachen Nachfrage. „Wir haben keine andere Wahl“, sagte Huber. Das Arbeitsmarktservice Steyr richtete eine Beratungsstelle ein. Die Gewerkschaft Pro-Ge kritisierte den Schritt.`;

describe("a match report", () => {
  const made = wordingOf("derby", derby);

  it("states nothing of 'Die Gäste', whom only the match told before names", () => {
    expect(made.filter((text) => text.includes("Gäste"))).toEqual([]);
  });

  it("gives the match to no police", () => {
    expect(made.filter((text) => text.includes("Polizei gewann"))).toEqual([]);
    expect(made).toContain("Der LASK gewann das Oberösterreich-Derby gegen die SV Ried mit 3:1.");
  });
});

describe("a job cut", () => {
  const made = wordingOf("delfort", jobs);

  it("is given to no labour-market service, by 'baut ... Arbeitsplätze ab' nor by 'den Abbau von ... Stellen'", () => {
    expect(
      made.filter((text) => text.startsWith("Das Arbeitsmarktservice Steyr baut") || text.includes("hat das Arbeitsmarktservice Steyr den Abbau")),
    ).toEqual([]);
  });

  it("offers no 'den Schritt' against 'den Abbau' it points at", () => {
    const asked = questionsOf("delfort", jobs).filter((question) => question.type === "single" && question.stem.startsWith("Was begründete"));
    expect(asked.filter((question) => question.type === "single" && question.options.some((option) => option.text === "den Schritt"))).toEqual([]);
  });
});
