/** Deeds of groups of people: named by an adjective's noun ("Die Beschäftigten"), counted without a figure ("Hunderte Anrainer"). */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;

const statementsOf = (questions: readonly Question[]) =>
  questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

const whoQuestions = (questions: readonly Question[]) =>
  questions.flatMap((question) =>
    question.type === "single" && question.stem.startsWith("Wer ")
      ? [
          {
            stem: question.stem,
            options: question.options.map((option) => option.text),
            key: question.options.find((option) => option.id === question.answer)!.text,
          },
        ]
      : [],
  );

describe("groups named by an adjective or participle as a noun", () => {
  const text = `Streik im Stahlwerk Oberndorf

Die Beschäftigten des Stahlwerks Oberndorf legten am Montag für vier Stunden die Arbeit nieder. Die Abgeordneten stimmten am Dienstag gegen das neue Arbeitszeitgesetz. Die Studierenden besetzten einen Hörsaal der Technischen Universität. Die Anrainer klagten über Lärm und Staub. Die Geflüchteten erhielten Unterkünfte in der Turnhalle.`;

  it("asks who did it among the text's other groups", () => {
    const asked = whoQuestions(questionsOf("streik", text));
    const occupied = asked.find((question) => question.stem.includes("Hörsaal"));
    expect(occupied?.key).toBe("Die Studierenden");
    expect(occupied?.options).toContain("Die Abgeordneten");
    const voted = asked.find((question) => question.stem.includes("Arbeitszeitgesetz"));
    expect(voted?.stem).toBe("Wer stimmte laut Text am Dienstag gegen das neue Arbeitszeitgesetz?");
    expect(voted?.key).toBe("Die Abgeordneten");
  });

  it("states the deed of the group without an article too ('Studierende zahlen ...')", () => {
    const bare = `Studiengebühren an der Privatuniversität

Die Privatuniversität Seefeld startet im Herbst einen neuen Jus-Studiengang. Seit dem Herbst zahlen Studierende an der Privatuniversität Seefeld 6.000 Euro pro Semester. Der Rektor rechnet mit großem Interesse.`;
    const made = statementsOf(questionsOf("gebuehren", bare));
    expect(made).toContainEqual({ statement: "Studierende zahlen seit dem Herbst an der Privatuniversität Seefeld 6.000 Euro pro Semester.", answer: true });
    // False with the figure changed, as no other group of the text pays.
    expect(made.some((statement) => !statement.answer && statement.statement.startsWith("Studierende zahlen seit dem Herbst"))).toBe(true);
  });

  it("takes no other word for the same people as a wrong answer ('Die Streikenden' for 'Die Beschäftigten')", () => {
    const strike = `Warnstreik bei Busbetrieb

Die Beschäftigten der Linzer Verkehrsbetriebe legten am Montag die Arbeit nieder. Die Streikenden verlangen sechs Prozent mehr Lohn. Die Direktoren lehnten die Forderung ab. Die Fahrgäste warteten vergeblich auf ihre Busse.`;
    const made = statementsOf(questionsOf("busstreik", strike));
    // The strikers' demand is false of the staff only with its figure changed, and the other way round.
    const swapped = (statement: { statement: string; answer: boolean }) =>
      !statement.answer &&
      ((statement.statement.startsWith("Die Beschäftigten") && statement.statement.includes("Lohn")) ||
        (statement.statement.startsWith("Die Streikenden") && statement.statement.includes("Arbeit nieder")));
    expect(made.some((statement) => statement.answer && statement.statement.startsWith("Die Streikenden haben sechs Prozent"))).toBe(true);
    expect(made.filter(swapped)).toEqual([]);
  });
});

describe("groups that may be the same people under another word", () => {
  it("offers no group named by its role for people named only as 'Die Männer', nor the other way round", () => {
    const robbery = `Raub auf Juwelier in Lüttich

Nach dem Raub auf ein Juweliergeschäft in Lüttich hat die Polizei zwei Verdächtige festgenommen. Die Ermittler fanden in einer Garage Schmuck im Wert von 90.000 Euro. Die Männer sollen schon im Vorjahr ein Geschäft in Namur überfallen haben. Die Verdächtigen schweigen bisher zu den Vorwürfen.`;
    const questions = questionsOf("juwelier", robbery);
    const rivalsOfMen = whoQuestions(questions)
      .filter((question) => question.key === "Die Männer")
      .flatMap((question) => question.options.filter((option) => option !== "Die Ermittler" && option !== "Die Männer"));
    const menForSuspects = statementsOf(questions).filter(
      (statement) => !statement.answer && statement.statement.startsWith("Die Männer") && statement.statement.includes("schweigen"),
    );
    const suspectsForMen = statementsOf(questions).filter(
      (statement) => !statement.answer && statement.statement.startsWith("Die Verdächtigen") && statement.statement.includes("Namur"),
    );
    expect(rivalsOfMen).toEqual([]);
    expect(menForSuspects).toEqual([]);
    expect(suspectsForMen).toEqual([]);
  });

  it("takes the doctors of a study for its researchers: neither is the other's wrong answer", () => {
    const study = `Studie zu Kopfschmerzen

Wer viel Kaffee trinkt, leidet seltener an Migräne. Die Forscher der Universität Ulm befragten 3.000 Patienten über zwölf Monate. Bei rund einem Viertel der Kaffeetrinker stellten die Ärzte weniger Anfälle fest. Die Krankenkassen wollen die Ergebnisse nun prüfen.`;
    const swapped = statementsOf(questionsOf("kaffee", study)).filter(
      (statement) =>
        !statement.answer &&
        ((statement.statement.startsWith("Die Ärzte") && statement.statement.includes("befragten")) ||
          (statement.statement.startsWith("Die Forscher") && statement.statement.includes("Anfälle"))),
    );
    expect(swapped).toEqual([]);
  });
});

describe("groups counted without a figure", () => {
  const text = `Großeinsatz nach Explosion in Altstadt

Bei einer Explosion in einem Wohnhaus in der Altstadt von Steyr sind am Freitag zwölf Menschen verletzt worden. Mehrere Hundert Polizisten durchsuchten am Wochenende die umliegenden Gebäude. Hunderte Anrainer mussten ihre Wohnungen verlassen. Die Ermittler gehen von einem Gasleck aus.`;

  it("states their deed in the perfect, the participle of 'durchsuchen' without 'ge-'", () => {
    const made = statementsOf(questionsOf("steyr", text));
    const searched = made.filter((statement) => statement.statement.includes("Gebäude"));
    expect(searched).toContainEqual({ statement: "Mehrere Hundert Polizisten haben am Wochenende die umliegenden Gebäude durchsucht.", answer: true });
    expect(searched.every((statement) => !statement.statement.includes("gedurchsucht"))).toBe(true);
  });

  it("never gives another group's deed to them", () => {
    const made = statementsOf(questionsOf("steyr", text));
    expect(made.some((statement) => statement.answer && statement.statement.startsWith("Mehrere Hundert Polizisten"))).toBe(true);
    expect(
      made.filter((statement) => !statement.answer && /^(?:Mehrere Hundert|Hunderte)\s/u.test(statement.statement) && !statement.statement.includes("nicht")),
    ).toEqual([]);
  });

  it("reads the group at the sentence's end, and keeps the quantifier in lower case inside the clause", () => {
    const opened = `Bauernproteste in Linz

Tausende Landwirte blockierten am Montag mit ihren Traktoren die Innenstadt von Linz. Über den Lärm der Traktoren beschwerten sich hunderte Anrainer. Die Bauern fordern höhere Preise für Milch.`;
    const made = statementsOf(questionsOf("linz", opened));
    expect(made).toContainEqual({ statement: "Hunderte Anrainer beschwerten sich über den Lärm der Traktoren.", answer: true });
    expect(made).toContainEqual({ statement: "Am Montag blockierten tausende Landwirte mit ihren Traktoren die Innenstadt von Linz.", answer: true });
  });
});

describe("a group's deed of two verbs", () => {
  it("asks 'Wer ...?' with both verbs in the singular", () => {
    const text = `Streik im Spital Hallbach

Die Ärzte des Landesspitals Hallbach legten am Montag die Arbeit nieder. Die Pflegekräfte verlangten mehr Personal und zogen vor das Rathaus. Die Anrainer beschwerten sich über den Lärm. Die Direktoren reagierten gelassen.`;
    const asked = whoQuestions(questionsOf("spital", text)).find((question) => question.stem.includes("Personal"));
    expect(asked?.stem).toBe("Wer verlangte laut Text mehr Personal und zog vor das Rathaus?");
    expect(asked?.key).toBe("Die Pflegekräfte");
  });
});

describe("a second main clause after the comma", () => {
  it("is left out of the deed ('..., die Bahn rechnet mit ...')", () => {
    const text = `Umbau der Westbahnbrücke

Die ÖBB sperren ab Montag die Westbahnbrücke in Wels. Auf lange Staus müssen sich Pendler einstellen, die Bahn rechnet mit vollen Zügen. Die Arbeiten dauern bis Dezember.`;
    const made = statementsOf(questionsOf("bruecke", text)).filter((statement) => statement.statement.includes("Pendler"));
    expect(made).toContainEqual({ statement: "Pendler müssen sich auf lange Staus einstellen.", answer: true });
    expect(made.filter((statement) => statement.statement.includes("Bahn"))).toEqual([]);
  });
});
