/** A definite noun phrase that points back to an actor the text named before ("Der Minister", "die Firma"), and a party's organ named by its noun. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("an office alone after two holders of it", () => {
  const text = (between: string) => `Streit um Gaspipeline

Wien – Wirtschaftsminister Karl Brunner und Verkehrsminister Otto Feldner haben am Montag über den Bau einer Gaspipeline beraten. Brunner sagte, die Leitung sei für die Versorgung des Landes unverzichtbar. ${between} Der Minister forderte die Länder auf, die Genehmigungen bis Ende Juni zu erteilen. Feldner kündigte eine Prüfung der Kosten an.`;

  it("stands for the one the last sentences name, is stated falsely of the other, and for nobody where both stand there", () => {
    const made = statementsOf("pipeline", text("Die Preise für Gas seien zuletzt stark gestiegen.")).filter((statement) =>
      statement.statement.includes("Genehmigungen"),
    );
    expect(made).toContainEqual({ statement: "Karl Brunner forderte die Länder auf, die Genehmigungen bis Ende Juni zu erteilen.", answer: true });
    expect(made).toContainEqual({ statement: "Otto Feldner forderte die Länder auf, die Genehmigungen bis Ende Juni zu erteilen.", answer: false });
    // Where the sentence before names both, the office says not which.
    const both = statementsOf("pipeline", text("Brunner und Feldner trafen sich am Dienstag erneut."));
    expect(both.filter((statement) => statement.statement.includes("Genehmigungen"))).toEqual([]);
  });
});

describe("a kind's noun for the company named in the sentences before", () => {
  const text = `Bergbaufirma verklagt Chile

Santiago – Bei den Verhandlungen über das Abkommen CETA ging es auch um private Schiedsgerichte. Das australische Unternehmen Kupfergrund Mining wollte im Norden Chiles eine Mine eröffnen. Die Regierung hat das Projekt im Mai gestoppt. Nach dem Stopp kündigte die Firma eine Klage auf Schadenersatz in Höhe von zwei Milliarden US-Dollar (1,8 Milliarden Euro) an. Umweltschützer begrüßten die Entscheidung der Regierung.`;

  it("names the company, after an acronym and another naming of the kind further up, without the converted amount", () => {
    const made = statementsOf("mine", text).filter((statement) => statement.statement.includes("Klage"));
    expect(made).toContainEqual({
      statement:
        "Das australische Unternehmen Kupfergrund Mining kündigte nach dem Stopp eine Klage auf Schadenersatz in Höhe von zwei Milliarden US-Dollar an.",
      answer: true,
    });
    expect(made.filter((statement) => !statement.statement.startsWith("Das australische Unternehmen Kupfergrund Mining"))).toEqual([]);
  });

  it("gives no deed of the government to the company", () => {
    const made = statementsOf("mine", text).filter((statement) => statement.statement.includes("gestoppt") || statement.statement.includes("stoppte"));
    expect(made.filter((statement) => statement.statement.includes("Kupfergrund"))).toEqual([]);
  });
});

describe("a party's organ named by its noun alone", () => {
  it("acts as a body, and is given nobody else's deed", () => {
    const text = `Grüne wählen Spitzenkandidatin

Linz – Die Grünen haben am Samstag in Linz ihre Kandidaten für die Landtagswahl gewählt. Der Landesparteivorstand entschied, dass Maria Huber die Liste anführt. Die Abstimmung fiel mit 40 von 42 Stimmen deutlich aus. Huber sagte, sie wolle das Ergebnis der letzten Wahl verdoppeln.`;
    const made = statementsOf("gruene", text).filter((statement) => statement.statement.includes("Liste anführt"));
    // Its false statement denies the deed (short-texts.test.ts), with the organ still the one who acted.
    expect(made).toEqual([
      { statement: "Der Landesparteivorstand hat entschieden, dass Maria Huber die Liste anführt.", answer: true },
      { statement: "Der Landesparteivorstand hat nicht entschieden, dass Maria Huber die Liste anführt.", answer: false },
    ]);
  });
});

describe("a circumstance the sentence before told, pointed back to before the actor", () => {
  const text = (deed: string) => `Familie darf bleiben

Straßburg – Der Europäische Gerichtshof für Menschenrechte (EGMR) hat am Montag die Abschiebung einer Familie aus Tschetschenien gestoppt. Die Behörden hätten die Lage im Herkunftsland nicht ausreichend geprüft. ${deed} Die Familie darf vorerst in Österreich bleiben.`;

  it("is left out of the deed, whose acronym actor takes no genitive after it", () => {
    const made = statementsOf("egmr", text("Mit dieser Entscheidung ist der EGMR der Empfehlung des Menschenrechtsbeirats gefolgt.")).filter((statement) =>
      statement.statement.includes("Empfehlung"),
    );
    expect(made).toContainEqual({ statement: "Der EGMR ist der Empfehlung des Menschenrechtsbeirats gefolgt.", answer: true });
    // What the deed is about ("gegen diese Entscheidung") is no circumstance to leave out.
    const against = statementsOf("egmr", text("Gegen diese Entscheidung hat der EGMR eine Beschwerde der Regierung zugelassen."));
    expect(against.filter((statement) => statement.statement.includes("Beschwerde"))).toEqual([]);
  });
});

describe("a kind's noun as the speaker", () => {
  it("gives the words to the company named before", () => {
    const text = `Bergbaufirma verklagt Chile

Santiago – Das australische Unternehmen Kupfergrund Mining wollte im Norden Chiles eine Mine eröffnen. Die Regierung hat das Projekt im Mai gestoppt. Die Firma erklärte, Chile verletze das Freihandelsabkommen mit Australien. Umweltschützer begrüßten die Entscheidung der Regierung.`;
    const made = generateBank([{ id: "mine", text }])[0]!.questions.flatMap((question) =>
      question.type === "truefalse" && question.topic === "quote" ? [{ statement: question.statement, answer: question.answer }] : [],
    );
    expect(made).toContainEqual({
      statement: "Das australische Unternehmen Kupfergrund Mining sagte sinngemäß: Chile verletze das Freihandelsabkommen mit Australien.",
      answer: true,
    });
    // The government is no rival of a company's words.
    expect(made.filter((statement) => statement.statement.startsWith("Die Regierung"))).toEqual([]);
  });
});
