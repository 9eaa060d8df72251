/** Roles the text gives in other shapes than "Role Name": in the genitive before the name, as the predicate of "ist", after an age. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";
import type { Question } from "../../../src/bank/schema";

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;
const statementsOf = (questions: readonly Question[]) =>
  questions.flatMap((question) => (question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : []));

const radweg = `Neuer Radweg am Inn

Innsbruck – Zwischen Innsbruck und Hall soll ein neuer Radweg entstehen. Das kündigte Landeshauptmann Anton Mattle am Montag an. Der Weg soll 15 Kilometer lang werden. Kritik an den Kosten übte die Opposition. Die Landtagsabgeordnete Eva Moser forderte eine neue Prüfung. Nach Angaben des Landesrats Hans Pichler hat das Land schon 2019 ähnliche Pläne verworfen. Pichler warnte vor einem Millionengrab.`;

const umfahrung = `Streit um neue Umfahrung in Gmunden

Gmunden – Die geplante Umfahrung von Gmunden sorgt weiter für Streit. Nach Angaben des Gmundner Bürgermeisters Stefan Krapf soll der Bau im Herbst beginnen und 40 Millionen Euro kosten. Krapf sagte, die Stadt brauche die Straße dringend. Gegen das Projekt kämpft Maria Huber. Sie ist seit 2018 Obfrau der Bürgerinitiative Lebenswertes Traunviertel. Die Initiative hat 5.000 Unterschriften gesammelt. Unterstützung kommt von Peter Lang (52), Leiter des Naturschutzbunds im Bezirk. Josef Eder ist seit 2015 Geschäftsführer der Traunseer Baufirma Eder. Er sagte, die Firma wolle sich um den Auftrag bewerben. Das Land entscheidet im Juni.`;

describe("a role in the genitive before the name", () => {
  it("is the person's role in the nominative", () => {
    expect(statementsOf(questionsOf("radweg", radweg))).toContainEqual({ statement: "Hans Pichler ist Landesrat.", answer: true });
    // A former office is not asked as a present one: as the former one it is, as in the nominative ("Der frühere Landesrat").
    const former = radweg.replace("des Landesrats Hans Pichler", "des früheren Landesrats Hans Pichler");
    const formerStatements = statementsOf(questionsOf("radweg", former)).map(({ statement }) => statement);
    expect(formerStatements).not.toContainEqual(expect.stringMatching(/^Hans Pichler ist (?!früherer ).*Landesrat/u));
    expect(formerStatements).toContain("Hans Pichler ist früherer Landesrat.");
  });
});

describe("'Das kündigte Landeshauptmann X an'", () => {
  it("takes no verb into the role", () => {
    const statements = statementsOf(questionsOf("radweg", radweg));
    expect(statements).toContainEqual({ statement: "Anton Mattle ist Landeshauptmann.", answer: true });
    expect(JSON.stringify(statements)).not.toContain("kündigter");
  });
});

describe("a role as the predicate of 'ist' and after an age", () => {
  const statements = statementsOf(questionsOf("umfahrung", umfahrung));

  it("is the role of the person named, or of the one 'Sie' refers to", () => {
    expect(statements).toContainEqual({ statement: "Maria Huber ist Obfrau der Bürgerinitiative Lebenswertes Traunviertel.", answer: true });
    expect(statements).toContainEqual({ statement: "Josef Eder ist Geschäftsführer der Traunseer Baufirma Eder.", answer: true });
  });

  it("follows a bracketed age", () => {
    expect(statements).toContainEqual({ statement: "Peter Lang ist Leiter des Naturschutzbunds im Bezirk.", answer: true });
    // After "als" the role says what someone did as: no role.
    const other = umfahrung.replace("Sie ist seit 2018 Obfrau", "Sie ist als Obfrau");
    expect(statementsOf(questionsOf("umfahrung", other))).not.toContainEqual({
      statement: "Maria Huber ist Obfrau der Bürgerinitiative Lebenswertes Traunviertel.",
      answer: true,
    });
  });
});

describe("a role glued to the name in the source", () => {
  it("is the role of the name the text split off", () => {
    const glued = radweg.replace("Landeshauptmann Anton Mattle", "LandeshauptmannAnton Mattle").replace("Pichler warnte", "Mattle und Pichler warnten");
    expect(statementsOf(questionsOf("radweg", glued))).toContainEqual({ statement: "Anton Mattle ist Landeshauptmann.", answer: true });
  });
});

describe("an office someone was elected to", () => {
  const text = `Neue Spitze für den Alpenverein

Salzburg – Der Alpenverein hat eine neue Führung. Anna Berger wurde am Samstag in Salzburg zur neuen Präsidentin des Österreichischen Alpenvereins gewählt. Sie erhielt 212 von 240 Stimmen. Berger folgt auf Thomas Gruber, der nach zwölf Jahren nicht mehr antrat. Karl Mayr wurde zum Vizepräsidenten gewählt. Berger kündigte an, die Hütten klimafit zu machen. Gruber sagte, der Verein sei in guten Händen.`;

  it("is the person's role, in the person's gender", () => {
    const statements = statementsOf(questionsOf("alpenverein", text));
    expect(statements).toContainEqual({ statement: "Anna Berger ist neue Präsidentin des Österreichischen Alpenvereins.", answer: true });
    expect(statements).toContainEqual({ statement: "Karl Mayr ist Vizepräsident.", answer: true });
  });
});
