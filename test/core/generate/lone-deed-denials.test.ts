/**
 * A deed stated true needs a false twin to enter a quiz (a quiz's statements are half true). Two shapes had none: a verb
 * whose object is a clause with "zu" ("glauben, ... erkennen zu können"), denied before that clause ("glauben nicht,
 * ..."), and a verb with a definite object alone ("kritisiert den Entwurf des neuen Baugesetzes"), denied after the
 * object, where the simple tenses put "nicht". Through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import { statementsOf } from "./statements";

const stated = (id: string, text: string, word: string) =>
  statementsOf(id, text)
    .filter((question) => question.topic === "action" && question.statement.includes(word))
    .map((question) => ({ statement: question.statement, answer: question.answer }))
    .sort((a, b) => Number(b.answer) - Number(a.answer));

const AVALANCHES = `Neues Gerät warnt vor Lawinen

Innsbruck – Ein Team der Universität Innsbruck hat ein neues Messgerät für steile Hänge gebaut. Mit diesem Gerät glauben die Forscher die Gefahr früher erkennen zu können. Die ersten Messungen sollen im kommenden Winter beginnen.`;

const CALMING = `Unruhe nach Brand in Steyr

Steyr – Nach dem Brand einer Lagerhalle ist die Stimmung in Steyr angespannt. Bürgermeisterin Anna Berger versuchte am Abend die Anrainer zu beruhigen. Die Feuerwehr war mit 80 Kräften im Einsatz.`;

const BUILDING_LAW = `Streit um das Baugesetz

Linz – Landesrat Peter Huber kritisiert den Entwurf des neuen Baugesetzes. Die Novelle solle im Herbst beschlossen werden. Die Gemeinden fordern seit Jahren mehr Geld für den Wohnbau.`;

describe("a deed whose object is a clause with 'zu'", () => {
  it("is denied before the clause ('glauben nicht, die Gefahr früher erkennen zu können')", () => {
    expect(stated("lawinen", AVALANCHES, "erkennen")).toEqual([
      { statement: "Die Forscher glauben die Gefahr früher erkennen zu können.", answer: true },
      { statement: "Die Forscher glauben nicht, die Gefahr früher erkennen zu können.", answer: false },
    ]);
  });

  it("denies the trying, not what was tried ('versuchte nicht, ...', never 'versuchte ... nicht zu beruhigen')", () => {
    expect(stated("steyr", CALMING, "beruhigen")).toEqual([
      { statement: "Anna Berger versuchte am Abend die Anrainer zu beruhigen.", answer: true },
      { statement: "Anna Berger versuchte nicht, am Abend die Anrainer zu beruhigen.", answer: false },
    ]);
  });

  it("keeps the text's comma before the clause, after 'nicht' ('plant nicht, im Herbst ... einzustellen')", () => {
    const text = `Neue Stellen in der Steiermark

Graz – Die Autoindustrie in der Steiermark wächst weiter. Der Konzern Magna plant, im Herbst neue Mitarbeiter einzustellen. Die Gewerkschaft begrüßt die Pläne.`;
    expect(stated("stellen", text, "einzustellen")).toEqual([
      { statement: "Magna plant, im Herbst neue Mitarbeiter einzustellen.", answer: true },
      { statement: "Magna plant nicht, im Herbst neue Mitarbeiter einzustellen.", answer: false },
    ]);
  });

  it("is not denied so where the verb says what may befall its subject ('droht nicht, zu scheitern')", () => {
    const text = `Sorge um Hallenbad

Wels – Das Hallenbad in Wels ist seit Jahren ein Verlustgeschäft. Der Betreiber Karl Moser droht die Frist für die Sanierung zu versäumen. Die Stadt prüft nun einen Neubau.`;
    expect(statementsOf("wels", text).filter((question) => question.statement.includes("droht nicht,"))).toEqual([]);
  });
});

describe("a deed that is a verb and a definite object alone", () => {
  it("is denied after the object ('kritisiert den Entwurf des neuen Baugesetzes nicht')", () => {
    expect(stated("baugesetz", BUILDING_LAW, "Entwurf")).toEqual([
      { statement: "Peter Huber kritisiert den Entwurf des neuen Baugesetzes.", answer: true },
      { statement: "Peter Huber kritisiert den Entwurf des neuen Baugesetzes nicht.", answer: false },
    ]);
  });

  it("is not denied after an adverb of manner ('kritisierte die Führung scharf nicht')", () => {
    const text = `Kritik aus Moskau

Moskau – Der Streit um die Gaslieferungen geht weiter. Der Kreml kritisierte die Führung in Kiew scharf. Eine Einigung ist nicht in Sicht.`;
    expect(statementsOf("moskau", text).filter((question) => /scharf(?:\s\p{Ll}+)?\snicht/u.test(question.statement))).toEqual([]);
  });

  it("is not denied where the verb denies itself ('blockiert den Beschluss nicht')", () => {
    const text = `Streit im Gemeinderat

Villach – Im Gemeinderat von Villach wird über das Budget gestritten. Vizebürgermeister Karl Moser blockiert den Beschluss des Budgets. Die Sitzung wurde unterbrochen.`;
    expect(statementsOf("villach", text).filter((question) => /blockiert[^.]*\snicht\./u.test(question.statement))).toEqual([]);
  });
});
