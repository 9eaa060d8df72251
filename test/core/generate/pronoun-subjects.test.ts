/** Deeds whose actor is "er" or "sie": in the subjunctive of one's own words, after a year, through a sentence that only takes the person up. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("a pronoun subject in the subjunctive after the person's deed", () => {
  const text = `Streit um neuen Hafen

Linz – Die Stadtregierung hält an dem umstrittenen Hafenprojekt fest. Die Kosten sollen bei 80 Millionen Euro liegen.

Die Landesrätin Maria Gruber kritisierte am Montag die Pläne der Stadtregierung für den neuen Hafen. Als frühere Richterin habe sie die Verträge für das Projekt selbst geprüft. Sie gehe davon aus, dass der Bau deutlich teurer werde als geplant.

Der Stadtrat Karl Hubinger verteidigte am Dienstag das Projekt gegen die Kritik der Opposition.`;

  it("states the person's words with the name, in the indicative, and falsely of the other person", () => {
    const made = statementsOf("hafen", text);
    expect(made).toContainEqual({ statement: "Maria Gruber geht davon aus, dass der Bau deutlich teurer werde als geplant.", answer: true });
    expect(made).toContainEqual({ statement: "Karl Hubinger geht davon aus, dass der Bau deutlich teurer werde als geplant.", answer: false });
    expect(made).toContainEqual({ statement: "Maria Gruber hat als frühere Richterin die Verträge für das Projekt selbst geprüft.", answer: true });
  });
});

describe("a pronoun subject in the subjunctive after someone's reported words", () => {
  const text = (before: string) => `Einbrecherbande gefasst

Graz – Die Polizei hat in Graz eine Einbrecherbande festgenommen. Die Männer sitzen in Untersuchungshaft.

${before} Er habe die Einbrüche in fünf Wohnungen in der Innenstadt gestanden. Er habe zudem einen Teil der gestohlenen Uhren und Ringe zurückgegeben.`;

  it("is the person's own deed after their deed, but may be whom they spoke of after their words", () => {
    const afterDeed = statementsOf("bande", text("Der Hauptverdächtige Jan Berger wurde am Montag dem Haftrichter vorgeführt."));
    expect(afterDeed).toContainEqual({ statement: "Jan Berger hat die Einbrüche in fünf Wohnungen in der Innenstadt gestanden.", answer: true });
    const afterWords = statementsOf("bande", text("Staatsanwalt Jan Berger sagte am Montag, der Hauptverdächtige sei geständig."));
    expect(afterWords.filter((statement) => statement.statement.startsWith("Jan Berger hat"))).toEqual([]);
  });
});

describe("a person taken up by pronouns, one sentence after the other", () => {
  const text = `Streit um neuen Hafen

Linz – Die Stadtregierung hält an dem umstrittenen Hafenprojekt fest. Die Kosten sollen bei 80 Millionen Euro liegen.

Der Stadtrat Karl Hubinger verteidigte am Dienstag das Projekt gegen die Kritik der Opposition. 2009 wechselte er aus der Wirtschaft in die Politik. Er leitete zuvor ein großes Bauunternehmen in Wels. Früher arbeitete er als Ingenieur in einem Stahlwerk in Steyr.

Die Landesrätin Maria Gruber kritisierte am Montag die Pläne der Stadtregierung für den neuen Hafen.`;

  it("states each deed with the name: after a year as the fore-field, after 'früher', and after such a sentence, until someone else is named", () => {
    const made = statementsOf("hafen", text);
    expect(made).toContainEqual({ statement: "Karl Hubinger wechselte 2009 aus der Wirtschaft in die Politik.", answer: true });
    expect(made).toContainEqual({ statement: "Karl Hubinger leitete zuvor ein großes Bauunternehmen in Wels.", answer: true });
    expect(made).toContainEqual({ statement: "Karl Hubinger arbeitete früher als Ingenieur in einem Stahlwerk in Steyr.", answer: true });
    // Not where a sentence between names someone else of the same gender.
    const broken = text.replace("Er leitete zuvor", "Sein Vorgänger Peter Moser lobte ihn. Er leitete zuvor");
    expect(statementsOf("hafen", broken).filter((statement) => statement.statement.includes("Bauunternehmen"))).toEqual([]);
  });
});

describe("a pronoun subject after words in quotation marks", () => {
  const text = `Neuer Plan für die Bahn

Berlin – Der Verkehrsminister will das Schienennetz schneller ausbauen. Die Kosten liegen bei zwölf Milliarden Euro.

„Wir müssen jetzt handeln, sonst verlieren wir den Anschluss", sagte Verkehrsminister Markus Feld am Montag in Berlin. Er kündigte ein Sofortprogramm für 300 Bahnhöfe in ländlichen Regionen an.

„Das ist viel zu wenig", sagte die Grünen-Chefin Laura Brandt. Sie forderte eine Verdoppelung der Mittel für den Nahverkehr. Sie habe das schon im Frühjahr verlangt.`;

  it("stands for whoever spoke them, and the other speaker takes the deed falsely", () => {
    const made = statementsOf("bahn", text);
    expect(made).toContainEqual({ statement: "Markus Feld kündigte ein Sofortprogramm für 300 Bahnhöfe in ländlichen Regionen an.", answer: true });
    expect(made).toContainEqual({ statement: "Laura Brandt forderte eine Verdoppelung der Mittel für den Nahverkehr.", answer: true });
    expect(made).toContainEqual({ statement: "Markus Feld forderte eine Verdoppelung der Mittel für den Nahverkehr.", answer: false });
  });
});

describe("a connective between a pronoun subject and its verb", () => {
  const text = `Ex-Manager angeklagt

München – Die Staatsanwaltschaft hat Anklage gegen einen früheren Manager erhoben. Es geht um Untreue.

Der frühere Vorstandschef Stefan Lorenz führte das Unternehmen von 2010 bis 2018. Er selbst sieht keine Verantwortung für den Unfall in Wels bei seiner Firma. Er hingegen lehnte eine Entschädigung der Aktionäre in Millionenhöhe ab.

Die Aufsichtsratschefin Petra Wendt zeigte sich am Montag erleichtert über die Anklage.`;

  it("states the deed with the name and without the connective", () => {
    const made = statementsOf("anklage", text);
    expect(made).toContainEqual({ statement: "Stefan Lorenz sieht keine Verantwortung für den Unfall in Wels bei seiner Firma.", answer: true });
    expect(made).toContainEqual({ statement: "Stefan Lorenz lehnte eine Entschädigung der Aktionäre in Millionenhöhe ab.", answer: true });
    expect(made).toContainEqual({ statement: "Petra Wendt lehnte eine Entschädigung der Aktionäre in Millionenhöhe ab.", answer: false });
  });
});

describe("a pronoun after a sentence whose subject is a name after its role and the role's article", () => {
  const text = `Bericht zur Außenpolitik

Wien – Die Regierung arbeitet an einer neuen Strategie für die Außenpolitik. Ein Sprecher bestätigte die Pläne.

Die Außenministerin Anna Kreuzer sei im Mai mit der Ausarbeitung beauftragt worden. Sie werde den fertigen Bericht Ende Juni dem Parlament vorlegen.`;

  it("stands for that person, not for a name after a role in the genitive ('Der Sprecher der Außenministerin ...')", () => {
    expect(statementsOf("bericht", text)).toContainEqual({
      statement: "Anna Kreuzer wird den fertigen Bericht Ende Juni dem Parlament vorlegen.",
      answer: true,
    });
    const genitive = text.replace("Die Außenministerin Anna Kreuzer sei", "Der Sprecher der Außenministerin Anna Kreuzer sei");
    expect(statementsOf("bericht", genitive).filter((statement) => statement.statement.startsWith("Anna Kreuzer wird"))).toEqual([]);
  });
});
