/** Reports of a crime: what a body or group did to a woman, the one suspect named "der Verdächtige", and what only might happen. */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;

const statementsOf = (questions: readonly Question[]) =>
  questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("a deed of a body or a group done to a woman", () => {
  it("states the arrest of a woman by the police ('hat eine 45-jährige Kassierin festgenommen')", () => {
    const text = `Diebstahl im Supermarkt

Die Polizei hat am Montag in Steyr eine 45-jährige Kassierin festgenommen. Die Frau soll über Monate Geld aus der Kasse eines Supermarkts genommen haben.`;
    const made = statementsOf(questionsOf("kasse", text));
    expect(made).toContainEqual({ statement: "Am Montag hat die Polizei in Steyr eine 45-jährige Kassierin festgenommen.", answer: true });
    expect(made.some((statement) => !statement.answer)).toBe(true);
  });

  it("states a fraud on a pensioner, true and with its sum changed ('betrogen eine Pensionistin um 40.000 Euro')", () => {
    const text = `Betrug am Telefon

Unbekannte haben in Graz eine Pensionistin um 40.000 Euro betrogen. Die Polizei warnt vor falschen Bankberatern am Telefon.`;
    const made = statementsOf(questionsOf("betrug", text));
    expect(made).toContainEqual({ statement: "Unbekannte betrogen in Graz eine Pensionistin um 40.000 Euro.", answer: true });
    const changed = made.find((statement) => !statement.answer && statement.statement.startsWith("Unbekannte betrogen in Graz eine Pensionistin um"));
    expect(changed?.statement).not.toContain("40.000");
  });
});

describe("the one suspect of a crime report ('der Verdächtige')", () => {
  const robbery = `Überfall auf Bank in Wels

Ein maskierter Mann hat am Montag eine Bankfiliale in Wels überfallen. Er bedrohte eine Angestellte mit einer Pistole und erbeutete rund 20.000 Euro. Am Abend wurde der Verdächtige in einem Hotel in Linz festgenommen. Die Polizei sucht weitere Zeugen.`;

  it("states the arrest of the one suspect, true and turned", () => {
    const made = statementsOf(questionsOf("bankraub", robbery));
    expect(made).toContainEqual({ statement: "Am Abend ist der Verdächtige in einem Hotel in Linz festgenommen worden.", answer: true });
    expect(made).toContainEqual({ statement: "Am Abend ist der Verdächtige in einem Hotel in Linz freigelassen worden.", answer: false });
  });

  it("states nothing of 'der Verdächtige' where the text tells of several culprits ('Die Täter flüchteten')", () => {
    const several = robbery
      .replace("Ein maskierter Mann hat", "Zwei maskierte Männer haben")
      .replace("Er bedrohte eine Angestellte mit einer Pistole und erbeutete rund 20.000 Euro.", "Die Täter flüchteten mit rund 20.000 Euro.");
    const made = statementsOf(questionsOf("bankraub2", several));
    expect(made.some((statement) => statement.statement.includes("Verdächtige"))).toBe(false);
  });

  it("states nothing of 'der Verdächtige' where a compound tells of several culprits ('Seine Mittäter warteten')", () => {
    const accomplices = robbery.replace("Am Abend wurde", "Seine Mittäter warteten im Fluchtauto. Am Abend wurde");
    const made = statementsOf(questionsOf("bankraub4", accomplices));
    expect(made.length).toBeGreaterThan(0);
    expect(made.some((statement) => statement.statement.includes("Verdächtige"))).toBe(false);
  });

  it("states the sentence of the one accused of a court report, whose only culprit's noun is 'der Angeklagte'", () => {
    const court = `Urteil im Betrugsprozess

Ein 52-jähriger Unternehmer musste sich am Dienstag in Salzburg wegen Betrugs verantworten. Er soll Anleger um 300.000 Euro gebracht haben. Am Nachmittag wurde der Angeklagte zu drei Jahren Haft verurteilt. Die Staatsanwaltschaft prüft eine Berufung.`;
    const made = statementsOf(questionsOf("prozess", court));
    expect(made).toContainEqual({ statement: "Am Nachmittag ist der Angeklagte zu drei Jahren Haft verurteilt worden.", answer: true });
    expect(made).toContainEqual({ statement: "Am Nachmittag ist der Angeklagte zu vier Jahren Haft verurteilt worden.", answer: false });
  });

  it("states nothing of 'der Verdächtige' where one of them may be meant ('Einer der Täter')", () => {
    const oneOfThem = robbery
      .replace("Ein maskierter Mann hat", "Zwei maskierte Männer haben")
      .replace("Er bedrohte eine Angestellte", "Einer der Täter bedrohte eine Angestellte");
    const made = statementsOf(questionsOf("bankraub3", oneOfThem));
    expect(made.some((statement) => statement.statement.includes("Verdächtige"))).toBe(false);
  });
  it("states nothing of 'der Verdächtige' where the text counts several people who may be the culprits ('Zwei Männer')", () => {
    const twoMen = robbery
      .replace("Ein maskierter Mann hat", "Zwei maskierte Männer haben")
      .replace("Er bedrohte eine Angestellte mit einer Pistole und erbeutete", "Sie bedrohten eine Angestellte mit einer Pistole und erbeuteten");
    const made = statementsOf(questionsOf("bankraub4", twoMen));
    expect(made.some((statement) => statement.statement.includes("Verdächtige"))).toBe(false);
  });
});

describe("what a body only might do ('könnte')", () => {
  it("states no deed in the second subjunctive, whose denial the text does not contradict", () => {
    const text = `Stellenabbau befürchtet

Der Stahlkonzern Voestalpine könnte im kommenden Jahr bis zu 500 Stellen in Linz streichen. Betriebsratschef Karl Huber kritisierte die Pläne am Montag scharf.`;
    const made = statementsOf(questionsOf("stellen", text));
    expect(made.some((statement) => statement.statement.includes("könnte"))).toBe(false);
  });
});

describe("a deed after a connective of time ('Unterdessen', 'Derweil', 'Währenddessen')", () => {
  const burglary = `Einbruch in Juweliergeschäft

In der Nacht auf Sonntag sind Unbekannte in ein Juweliergeschäft in der Grazer Innenstadt eingebrochen. Sie erbeuteten Uhren und Schmuck. Unterdessen hat die Polizei in Leoben zwei Verdächtige festgenommen.`;

  it("states the deed without the connective, which ties it to the sentence before", () => {
    const made = statementsOf(questionsOf("juwelier", burglary));
    expect(made).toContainEqual({ statement: "Die Polizei hat in Leoben zwei Verdächtige festgenommen.", answer: true });
    expect(made.some((statement) => /unterdessen/iu.test(statement.statement))).toBe(false);
  });

  it("states a reported deed after 'Währenddessen' of the culprits, without it", () => {
    const text = burglary.replace(
      "Unterdessen hat die Polizei in Leoben zwei Verdächtige festgenommen.",
      "Die Polizei sucht nach zwei Männern. Währenddessen sollen die Täter die Beute in einem Pfandhaus verkauft haben.",
    );
    const made = statementsOf(questionsOf("juwelier2", text));
    expect(made).toContainEqual({ statement: "Die Täter sollen die Beute in einem Pfandhaus verkauft haben.", answer: true });
    expect(made.some((statement) => /währenddessen/iu.test(statement.statement))).toBe(false);
  });
});

describe("a deed told with a modal in the simple past ('konnte ... löschen')", () => {
  it("states it in the perfect with the modal's infinitive ('hat ... löschen können'), true and denied", () => {
    const text = `Brand in Lagerhalle

Ein Feuer hat am Montag eine Lagerhalle in Wels zerstört. Die Feuerwehr konnte den Brand nach drei Stunden löschen. Die Polizei ermittelt wegen Brandstiftung.`;
    const made = statementsOf(questionsOf("lagerhalle", text));
    expect(made).toContainEqual({ statement: "Die Feuerwehr hat den Brand nach drei Stunden löschen können.", answer: true });
    expect(made).toContainEqual({ statement: "Die Feuerwehr hat den Brand nach drei Stunden nicht löschen können.", answer: false });
  });

  it("states the plural's perfect with 'haben' ('mussten ... bergen' → 'haben ... bergen müssen')", () => {
    const text = `Unfall in den Bergen

Drei Wanderer sind am Sonntag im Toten Gebirge in eine Schlucht gestürzt. Die Einsatzkräfte mussten die Verletzten mit einem Hubschrauber bergen. Die Polizei ermittelt die Unfallursache.`;
    const made = statementsOf(questionsOf("schlucht", text));
    expect(made).toContainEqual({ statement: "Die Einsatzkräfte haben die Verletzten mit einem Hubschrauber bergen müssen.", answer: true });
  });

  it("states no perfect where the modal is the only verb ('konnte kein Wort Deutsch')", () => {
    const text = `Festnahme am Bahnhof

Die Polizei hat am Freitag am Linzer Hauptbahnhof einen gesuchten Mann festgenommen. Der Dolmetscher konnte kein Wort Deutsch. Die Polizei sucht weitere Zeugen.`;
    const made = statementsOf(questionsOf("bahnhof", text));
    expect(made.some((statement) => /können|konnte/u.test(statement.statement))).toBe(false);
  });
});

describe("an emergency service named with its town ('Die Feuerwehr Weyer', 'Die Bergrettung Admont')", () => {
  it("never gives the service's deed to the town alone, which would read as the town's deed", () => {
    const text = `Wanderer vermisst

Ein 67-jähriger Wanderer ist seit Sonntag im Gesäuse vermisst. Die Bergrettung Admont muss die Suche wegen Nebels unterbrechen. Die Feuerwehr Weyer kann die Straße erst am Abend freigeben. Die Zollfahndung Kufstein will den Fall genau prüfen.`;
    const made = statementsOf(questionsOf("wanderer", text));
    expect(made.filter((statement) => /^(?:Admont|Weyer|Kufstein) /u.test(statement.statement))).toEqual([]);
  });
});

describe("the event of one unnamed person ('Ein maskierter Mann hat ... überfallen')", () => {
  it("states it true and with the person of the other sex, also side by side", () => {
    const text = `Überfall auf Trafik

Ein maskierter Mann hat am Freitag in Villach eine Trafik überfallen. Die Angestellte blieb unverletzt. Die Polizei sucht Zeugen.`;
    const questions = questionsOf("trafik", text);
    const made = statementsOf(questions);
    expect(made).toContainEqual({ statement: "Ein maskierter Mann überfiel am Freitag in Villach eine Trafik.", answer: true });
    expect(made).toContainEqual({ statement: "Eine maskierte Frau überfiel am Freitag in Villach eine Trafik.", answer: false });
    const choice = questions.find((question) => question.type === "single" && question.topic === "action");
    expect(choice?.type === "single" ? choice.options.map((option) => option.text).sort() : []).toEqual([
      "Ein maskierter Mann überfiel am Freitag in Villach eine Trafik.",
      "Eine maskierte Frau überfiel am Freitag in Villach eine Trafik.",
    ]);
  });

  it("turns a woman into a man with the adjective's ending ('Eine betrunkene Lenkerin' → 'Ein betrunkener Lenker')", () => {
    const text = `Unfall bei Melk

Eine betrunkene Lenkerin hat in der Nacht auf Samstag bei Melk einen Unfall verursacht. Die Autobahn war danach gesperrt.`;
    const made = statementsOf(questionsOf("melk", text));
    expect(made).toContainEqual({ statement: "Ein betrunkener Lenker verursachte in der Nacht auf Samstag bei Melk einen Unfall.", answer: false });
  });

  it("does not turn the person where the clause refers to them again ('seinen Wagen'), nor a culprit of unknown sex ('Ein Täter')", () => {
    const text = `Unfälle und Einbrüche

Ein junger Mann hat am Sonntag in Gmunden seinen Wagen gegen eine Mauer gelenkt. Ein unbekannter Täter hat am Montag in Wels einen Kiosk aufgebrochen. Die Polizei sucht Zeugen.`;
    const made = statementsOf(questionsOf("gmunden", text));
    expect(made.some((statement) => /^Eine (?:junge Frau|unbekannte Täterin)/u.test(statement.statement))).toBe(false);
  });
});
