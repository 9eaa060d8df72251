/** Organisations, companies and authorities as the actors of what happened: their deeds stated and asked, among their own kind. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";
import type { Question } from "../../../src/bank/schema";

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;
const statementsOf = (questions: readonly Question[]) =>
  questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("a company the text names before a hyphen ('Lufthansa-Chef') acting by its name alone", () => {
  const text = `Weniger Flüge im Winter

Die Lufthansa streicht im Winter wegen des Personalmangels rund 2.000 Flüge. Lufthansa-Chef Carsten Spohr kündigte zudem höhere Ticketpreise an.

Die Fluggesellschaft Condor hält dagegen an allen Verbindungen fest. Google muss in Frankreich eine Strafe von 150 Millionen Euro zahlen. Ein Google-Sprecher kündigte Berufung an.`;
  const questions = questionsOf("fluege", text);

  it("states its deed, and gives it falsely to another company of the text", () => {
    const cut = statementsOf(questions).filter((statement) => statement.statement.includes("2.000 Flüge"));
    expect(cut).toContainEqual({ statement: "Die Lufthansa hat im Winter wegen des Personalmangels rund 2.000 Flüge gestrichen.", answer: true });
    const twins = cut.filter((statement) => !statement.answer).map((statement) => statement.statement);
    expect(twins).toHaveLength(1);
    expect(["Google hat", "Die Fluggesellschaft Condor hat"].some((rival) => twins[0]!.startsWith(rival))).toBe(true);
  });

  it("asks who did it where the name stands without an article, the options companies of the text", () => {
    const asked = questions.find((question) => question.type === "single" && question.stem.startsWith("Wer muss laut Text in Frankreich"));
    expect(asked?.type === "single" && asked.options.map((option) => option.text).sort()).toEqual(["Die Fluggesellschaft Condor", "Die Lufthansa", "Google"]);
  });

  it("takes no person's name before such a hyphen for a company's", () => {
    const withPerson = questionsOf("fluege", text.replace("Google muss", "Spohr muss").replace("Ein Google-Sprecher", "Ein Spohr-Sprecher"));
    const fined = withPerson.filter((question) => JSON.stringify(question).includes("150 Millionen Euro zahlen"));
    expect(fined.some((question) => question.type === "single" && question.options.some((option) => option.text === "Die Lufthansa"))).toBe(false);
    // The company's own deed is still stated, and falsely given to the other company, never to the person.
    const cut = statementsOf(withPerson).filter((statement) => statement.statement.includes("2.000 Flüge"));
    expect(cut).toContainEqual({ statement: "Die Lufthansa hat im Winter wegen des Personalmangels rund 2.000 Flüge gestrichen.", answer: true });
    expect(cut.filter((statement) => !statement.answer).map((statement) => statement.statement)).toEqual([
      "Die Fluggesellschaft Condor hat im Winter wegen des Personalmangels rund 2.000 Flüge gestrichen.",
    ]);
  });
});

describe("a state's audit office and upper house, named by their noun alone", () => {
  const text = `Streit um Ausgaben

Der Rechnungshof kritisierte am Montag die Ausgaben des Verteidigungsministeriums für externe Berater. Der Senat will die Verträge nun prüfen lassen.

Das Innenministerium verschärfte zugleich die Regeln für Beraterverträge. Der Bericht umfasst 120 Seiten.`;
  const questions = questionsOf("ausgaben", text);

  it("are who did it, and each other's rivals among the bodies of the state", () => {
    const criticised = statementsOf(questions).filter((statement) => statement.statement.includes("externe Berater"));
    expect(criticised).toContainEqual({
      statement: "Am Montag kritisierte der Rechnungshof die Ausgaben des Verteidigungsministeriums für externe Berater.",
      answer: true,
    });
    const checked = questions.find((question) => question.type === "single" && question.stem.startsWith("Wer will laut Text die Verträge"));
    expect(checked?.type === "single" && checked.options.map((option) => option.text).sort()).toEqual([
      "Das Innenministerium",
      "Der Rechnungshof",
      "Der Senat",
    ]);
  });
});

describe("an organisation the lead names, acting in the article's second half", () => {
  const text = (lead: string) => `Neue Regeln für Mieten

${lead} Die Reform soll im Sommer in Kraft treten.

Die Mieten in den Städten sind zuletzt stark gestiegen. Viele Haushalte geben mehr als ein Drittel ihres Einkommens für die Miete aus. Die Opposition hält die Pläne für zu zaghaft. Auch Vermieter sehen die Reform kritisch. Die Gewerkschaft Verdi legt am Dienstag eine eigene Studie vor. Darin werden die Kosten für Heizung und Strom untersucht. Die Nachfrage nach Wohnungen bleibt hoch. Die Zinsen für Kredite sind zuletzt gesunken. Die Reform betrifft rund zwei Millionen Haushalte. Über die Details wird noch verhandelt.`;

  const presented = (lead: string) =>
    questionsOf("mieten", text(lead)).find(
      (question) => question.type === "truefalse" && question.statement.includes("eine eigene Studie vor") && question.answer,
    );

  it("is a main actor: its deed weighs as the story's, not as background", () => {
    const named = presented("Die Gewerkschaft Verdi und die Regierung streiten über eine Reform der Mieten.");
    const unnamed = presented("Die Regierung will die Mieten stärker begrenzen.");
    expect(named).toBeDefined();
    expect(unnamed).toBeDefined();
    expect(named!.salience).toBeGreaterThan(unnamed!.salience * 2);
  });
});

describe("a company's kind noun ('Der Konzern') for the one company the text names", () => {
  const text = (extra: string) => `Nokia baut Stellen ab

Der finnische Netzwerkausrüster Nokia streicht weltweit 2.000 Stellen. Nokia-Chef Pekka Lundmark begründete den Schritt mit der schwachen Nachfrage.

${extra}Der Konzern will mit dem Sparprogramm bis 2026 rund 800 Millionen Euro einsparen. Die Gewerkschaft kritisierte die Pläne scharf.`;

  it("states the noun's deed of the company by its name, and of nobody where the text names two companies before it", () => {
    const saved = statementsOf(questionsOf("nokia", text(""))).filter((statement) => statement.statement.includes("einsparen"));
    expect(saved).toContainEqual({ statement: "Nokia will mit dem Sparprogramm bis 2026 rund 800 Millionen Euro einsparen.", answer: true });
    const two = text("Der Konkurrent Ericsson hat ähnliche Pläne. Ericsson-Chef Börje Ekholm kündigte Kürzungen an. ");
    expect(statementsOf(questionsOf("nokia", two)).filter((statement) => statement.statement.includes("einsparen"))).toEqual([]);
  });

  it("leaves a kind noun with a name right after it to that name ('die Firma Beyond Gravity')", () => {
    const named = text("").replace("Der Konzern will", "Aus Finnland will die Firma Elisa");
    const saved = statementsOf(questionsOf("nokia", named)).filter((statement) => statement.statement.includes("einsparen"));
    expect(saved.some((statement) => statement.statement.startsWith("Nokia"))).toBe(false);
    expect(statementsOf(questionsOf("nokia", text(""))).some((statement) => statement.statement.startsWith("Nokia will"))).toBe(true);
  });
});
