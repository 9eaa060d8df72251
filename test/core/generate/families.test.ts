/** The question families on facts built by hand: what each may and may not ask. */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import type { Facts } from "../../../src/extract/types";
import { attendanceQuestions } from "../../../src/generate/attendance";
import { writtenFigure } from "../../../src/generate/context";
import { countryQuestions } from "../../../src/generate/countries";
import { generateBank } from "../../../src/generate/index";
import { gradeAnswer } from "../../../src/bank/grade";
import { memberCountChangeQuestions, memberCountQuestions } from "../../../src/generate/counts";
import { quantityQuestions } from "../../../src/generate/quantities";
import { shownName } from "../../../src/generate/persons";
import { roleQuestions } from "../../../src/generate/roles";
import { correctTexts } from "../bank/answers";
import { contextOf, country, emptyFacts, mentionOf, person, poolOf, spanOf } from "./facts";

const MEETING = `Ostseerat berät über Fischerei

Die elf Mitglieder des Ostseerats beraten heute in Danzig. Außenministerin Anna Berg und ihr dänischer Kollege Lars Holm nehmen teil. Ministerpräsident Piotr Nowak ist nicht nach Danzig gereist und ließ sich von Staatssekretär Jan Wolski vertreten.

Von Eva Kurz

Der Ostseerat hat rund 1200 Mitarbeiter. Für Projekte stehen mehr als 40 Millionen Euro bereit. Schweden und Polen wollen knapp 300 Schiffe kontrollieren.`;

function meetingFacts(): Facts {
  const facts = emptyFacts(MEETING, "Ostseerat berät über Fischerei", "2024-05", ["title", "text", "byline", "text"]);
  const sentence = (needle: string) => spanOf(MEETING, needle);
  facts.persons = [
    person(MEETING, "Anna Berg", {
      role: "Außenministerin",
      attendance: "attended",
      attendanceEvidence: sentence("Außenministerin Anna Berg und ihr dänischer Kollege Lars Holm nehmen teil."),
    }),
    person(MEETING, "Lars Holm", {
      role: "dänischer Kollege",
      impliedRole: "Außenminister",
      country: "DK",
      attendance: "attended",
      attendanceEvidence: sentence("Außenministerin Anna Berg und ihr dänischer Kollege Lars Holm nehmen teil."),
    }),
    person(MEETING, "Piotr Nowak", {
      role: "Ministerpräsident",
      attendance: "represented",
      relatedTo: "Wolski",
      attendanceEvidence: sentence("Ministerpräsident Piotr Nowak ist nicht nach Danzig gereist"),
    }),
    person(MEETING, "Jan Wolski", {
      role: "Staatssekretär",
      attendance: "representative",
      relatedTo: "Nowak",
      attendanceEvidence: sentence("ließ sich von Staatssekretär Jan Wolski vertreten"),
    }),
    person(MEETING, "Eva Kurz", { attendance: "mentioned" }),
  ];
  facts.meetings = [
    { ...sentence("beraten heute in Danzig"), place: "Danzig", participants: ["Berg", "Holm", "Wolski"], placeEvidence: sentence("beraten heute in Danzig") },
  ];
  facts.memberCounts = [{ ...sentence("elf Mitglieder"), organization: "Ostseerat", value: 11, unit: "Mitglieder" }];
  return facts;
}

const texts = (questions: Question[], topic: Question["topic"]) => questions.filter((question) => question.topic === topic).flatMap(correctTexts);
const distractors = (question: Question) =>
  question.type === "single" ? question.options.filter((option) => option.id !== question.answer).map((option) => option.text) : [];

describe("attendance", () => {
  const doc = contextOf("ostsee", MEETING, meetingFacts());
  const questions = attendanceQuestions(doc, poolOf(doc));

  it("asks who attended, with only attendees as correct answers", () => {
    const correct = new Set(texts(questions, "attendee"));
    expect(correct).toEqual(new Set(["Anna Berg", "Lars Holm", "Jan Wolski"]));
    for (const question of questions.filter((candidate) => candidate.topic === "attendee" && candidate.type === "single")) {
      for (const wrong of distractors(question)) expect(["Piotr Nowak", "Eva Kurz"]).toContain(wrong);
    }
  });

  it("offers as wrong attendees people of other texts before those this text merely mentions", () => {
    const other = "Außenministerin Maria Sand sprach in Oslo. Ministerpräsident Ole Dahl schwieg.";
    const otherFacts = emptyFacts(other, "Nachbarn");
    otherFacts.persons = [person(other, "Maria Sand"), person(other, "Ole Dahl")];
    const withOthers = attendanceQuestions(doc, poolOf(doc, contextOf("other", other, otherFacts)));
    const singles = withOthers.filter((question) => question.topic === "attendee" && question.type === "single");
    expect(singles.length).toBeGreaterThan(0);
    // Eva Kurz is only mentioned: the text does not say she was not there.
    for (const question of singles) expect(distractors(question)).not.toContain("Eva Kurz");
  });

  it("gives further evidence only once", () => {
    const all = questions.filter((question) => question.type === "multi");
    expect(all.length).toBeGreaterThan(0);
    for (const question of all) {
      const starts = [question.evidence, ...question.moreEvidence].map((item) => item.start);
      expect(new Set(starts).size).toBe(starts.length);
    }
  });

  it("asks who stayed away, against people the text reports as present", () => {
    const absent = questions.filter((question) => question.topic === "absent" && question.type === "single");
    expect(absent.flatMap(correctTexts)).toEqual(["Piotr Nowak"]);
    for (const wrong of absent.flatMap(distractors)) expect(["Anna Berg", "Lars Holm", "Jan Wolski"]).toContain(wrong);
    const statement = questions.find((question) => question.topic === "absent" && question.type === "truefalse");
    expect(statement).toMatchObject({ answer: false, statement: "Piotr Nowak nahm am Treffen in Danzig teil." });
    expect(statement?.type === "truefalse" && statement.correction).toContain("Jan Wolski");
  });

  it("asks who came in someone's place, naming both", () => {
    const [represented] = questions.filter((question) => question.topic === "represented_by");
    expect(represented?.stem).toBe("Wer vertrat laut Text Ministerpräsident Nowak beim Treffen in Danzig?");
    expect(correctTexts(represented!)).toEqual(["Jan Wolski"]);
    expect(distractors(represented!)).not.toContain("Piotr Nowak");
  });

  it("asks nothing about attendance when the text reports no one at a meeting", () => {
    const facts = meetingFacts();
    facts.persons = facts.persons.map(({ attendanceEvidence: _evidence, relatedTo: _related, ...rest }) => ({ ...rest, attendance: "mentioned" }));
    const quiet = contextOf("quiet", MEETING, facts);
    expect(attendanceQuestions(quiet, poolOf(quiet))).toEqual([]);
  });

  it("splits many attendees into multiple-select questions of even size, each with its own evidence and distractors", () => {
    const names = ["Anna Berg", "Lars Holm", "Jan Wolski", "Maja Lind", "Timo Rask", "Ida Storm"];
    const summit = `Gipfel in Riga\n\n${names.map((name) => `Auch ${name} nahm in Riga teil.`).join(" ")} Piotr Nowak sagte ab.`;
    const facts = emptyFacts(summit, "Gipfel in Riga");
    facts.persons = [
      ...names.map((name) => person(summit, name, { attendance: "attended", attendanceEvidence: spanOf(summit, `Auch ${name} nahm in Riga teil.`) })),
      person(summit, "Piotr Nowak", { attendance: "absent", attendanceEvidence: spanOf(summit, "Piotr Nowak sagte ab.") }),
    ];
    facts.meetings = [{ ...spanOf(summit, "in Riga"), place: "Riga", participants: names.map((name) => name.split(" ")[1]!) }];
    const other = "Außenministerin Maria Sand sprach in Oslo. Ministerpräsident Ole Dahl schwieg. Botschafterin Rut Vik lachte.";
    const otherFacts = emptyFacts(other, "Nachbarn");
    otherFacts.persons = [person(other, "Maria Sand"), person(other, "Ole Dahl"), person(other, "Rut Vik")];
    const doc = contextOf("riga", summit, facts);
    const multis = attendanceQuestions(doc, poolOf(doc, contextOf("other", other, otherFacts))).filter((question) => question.type === "multi");
    expect(multis).toHaveLength(2);
    const groups = multis.map(correctTexts);
    expect(groups.map((group) => group.length)).toEqual([3, 3]);
    expect(groups.flat().sort()).toEqual([...names].sort());
    const wrongOptions = multis.map((question) =>
      question.type === "multi" ? question.options.filter((option) => !question.answers.includes(option.id)).map((option) => option.text) : [],
    );
    for (const [index, question] of multis.entries()) {
      const quotes = [question.evidence, ...question.moreEvidence].map((item) => item.quote).join(" ");
      for (const name of groups[index]!) expect(quotes).toContain(name);
      for (const name of names.filter((candidate) => !groups[index]!.includes(candidate))) expect(quotes).not.toContain(name);
      expect(wrongOptions[index]!.length).toBeGreaterThan(0);
      for (const wrong of wrongOptions[index]!) expect(names).not.toContain(wrong);
    }
    expect(wrongOptions[0]!.filter((wrong) => wrongOptions[1]!.includes(wrong))).toEqual([]);
    expect(new Set(multis.map((question) => question.id)).size).toBe(2);
  });

  it("takes no evidence from a byline or boilerplate passage", () => {
    const facts = meetingFacts();
    facts.persons = [person(MEETING, "Eva Kurz", { attendance: "attended", attendanceEvidence: spanOf(MEETING, "Von Eva Kurz") })];
    const byline = contextOf("byline", MEETING, facts);
    expect(attendanceQuestions(byline, poolOf(byline))).toEqual([]);
  });
});

describe("roles", () => {
  it("asks whose role it is, never with a holder of the same office as distractor", () => {
    const doc = contextOf("ostsee", MEETING, meetingFacts());
    const other = `Außenministerin Maria Sand sprach in Oslo. Ministerpräsident Ole Dahl schwieg.`;
    const otherFacts = emptyFacts(other, "Nachbarn");
    otherFacts.persons = [person(other, "Maria Sand", { role: "Außenministerin" }), person(other, "Ole Dahl", { role: "Ministerpräsident" })];
    const questions = roleQuestions(doc, poolOf(doc, contextOf("other", other, otherFacts)));
    const nowak = questions.find((question) => question.type === "single" && correctTexts(question).includes("Piotr Nowak"));
    expect(nowak?.stem).toBe("Wer ist laut Text Ministerpräsident?");
    expect(distractors(nowak!)).not.toContain("Ole Dahl");
    const berg = questions.find((question) => question.type === "single" && correctTexts(question).includes("Anna Berg"));
    expect(distractors(berg!)).not.toContain("Maria Sand");
    // "ihr dänischer Kollege" is no office to ask about.
    expect(questions.some((question) => question.stem.includes("Kollege"))).toBe(false);
  });

  it("takes a party colleague for no office, neither as a word ('ist Parteikollege') nor as the other person's office", () => {
    const text =
      "Budget unter Druck\n\nWien – Ex-Finanzministerin Maria Fekter verteidigte am Montag ihre Politik. Erst unter ihrem Nachfolger und Parteikollegen Michael Spindelegger kam die Wende. Bundeskanzler Werner Faymann schwieg.";
    const statements = generateBank([{ id: "budget", text }])[0]!.questions.flatMap((question) =>
      question.type === "truefalse" && question.topic === "person_role" ? [question.statement] : [],
    );
    expect(statements.filter((statement) => statement.startsWith("Michael Spindelegger"))).toEqual([]);
    expect(statements).not.toContain("Werner Faymann ist Finanzminister.");
  });

  it("never keys false an office the text calls by a generic word or another name", () => {
    const text =
      "Präsident Tomás Ortega empfing den Gast am Flughafen. Neben der Staatschefin Lucía Vargas wurden zahlreiche Gäste erwartet. Ministerpräsident Pablo Ruiz und Premierminister Jorge Díaz sprachen. Staatschef Mario Luna schwieg.";
    const facts = emptyFacts(text, "Besuch");
    facts.persons = [
      person(text, "Tomás Ortega", { role: "Präsident", gender: "male" }),
      person(text, "Lucía Vargas", { role: "Staatschefin", gender: "female" }),
      person(text, "Pablo Ruiz", { role: "Ministerpräsident", gender: "male" }),
      person(text, "Jorge Díaz", { role: "Premierminister", gender: "male" }),
      person(text, "Mario Luna", { role: "Staatschef", gender: "male" }),
    ];
    const doc = contextOf("besuch", text, facts);
    const questions = roleQuestions(doc, poolOf(doc));
    const statements = questions.flatMap((question) => (question.type === "truefalse" ? [`${question.statement} ${question.answer}`] : []));
    // A president may be the head of state; a Premierminister is a Ministerpräsident.
    expect(statements).not.toContain("Tomás Ortega ist Staatschef. false");
    expect(statements).not.toContain("Lucía Vargas ist Präsidentin. false");
    expect(statements).not.toContain("Pablo Ruiz ist Premierminister. false");
    expect(statements).not.toContain("Jorge Díaz ist Ministerpräsident. false");
    // A head of government is not the head of state where the text names both.
    expect(statements.filter((statement) => statement.endsWith("false")).length).toBeGreaterThan(0);
    const ortega = questions.find((question) => question.type === "single" && correctTexts(question).includes("Tomás Ortega"));
    if (ortega) expect(distractors(ortega)).not.toContain("Mario Luna");
  });

  it("does not ask when two people of the text hold the same office", () => {
    const text = "Außenminister Karl Lang und Außenminister Paul Kern trafen sich.";
    const facts = emptyFacts(text, "Treffen");
    facts.persons = [person(text, "Karl Lang", { role: "Außenminister" }), person(text, "Paul Kern", { role: "Außenminister" })];
    const doc = contextOf("same", text, facts);
    expect(roleQuestions(doc, poolOf(doc))).toEqual([]);
  });
});

describe("member counts", () => {
  it("asks the count of the text it comes from, exact unless hedged", () => {
    const doc = contextOf("ostsee", MEETING, meetingFacts());
    const [numeric, choice] = memberCountQuestions(doc, []);
    expect(numeric).toMatchObject({
      type: "numeric",
      answer: 11,
      min: 11,
      max: 11,
      stem: "Wie viele Mitglieder zählt der Ostseerat laut Text?",
    });
    expect(choice?.type).toBe("single");

    const hedged = "Rund 30 Staaten gehören dem Bündnis an.";
    const facts = emptyFacts(hedged, "Bündnis");
    facts.memberCounts = [{ ...spanOf(hedged, "30 Staaten"), organization: "Bündnis", value: 30, unit: "Staaten" }];
    const [approx] = memberCountQuestions(contextOf("hedged", hedged, facts), []);
    expect(approx?.type === "numeric" && approx.min < 30 && approx.max > 30).toBe(true);
  });

  it("asks in the nominative where the text counts in the dative", () => {
    const text = "Von den 52 Mitgliedern des Stadtrats stimmten 47 für das Paket.";
    const facts = emptyFacts(text, "Stadtrat");
    facts.memberCounts = [{ ...spanOf(text, "den 52 Mitgliedern des Stadtrats"), organization: "Stadtrat", value: 52, unit: "Mitgliedern" }];
    const [numeric] = memberCountQuestions(contextOf("dative", text, facts), []);
    expect(numeric).toMatchObject({ stem: "Wie viele Mitglieder zählt der Stadtrat laut Text?", unit: "Mitglieder" });
  });

  it("compares counts across texts, citing both", () => {
    const early = "Die Allianz hat 20 Mitglieder.";
    const late = "Die Allianz zählt inzwischen 26 Mitglieder.";
    const earlyFacts = emptyFacts(early, "Früher", "2019-01");
    earlyFacts.memberCounts = [{ ...spanOf(early, "20 Mitglieder"), organization: "Allianz", value: 20, unit: "Mitglieder" }];
    const lateFacts = emptyFacts(late, "Später", "2023-06");
    lateFacts.memberCounts = [{ ...spanOf(late, "26 Mitglieder"), organization: "Allianz", value: 26, unit: "Mitglieder" }];
    const a = contextOf("a", early, earlyFacts);
    const b = contextOf("b", late, lateFacts);
    const questions = memberCountChangeQuestions([
      { doc: b, fact: lateFacts.memberCounts[0]! },
      { doc: a, fact: earlyFacts.memberCounts[0]! },
    ]);
    const numeric = questions.find((question) => question.type === "numeric");
    expect(numeric).toMatchObject({ answer: 6, topic: "member_count_change" });
    expect(numeric?.stem).toContain("gewachsen");
    expect(numeric?.stem).toContain("Januar 2019");
    expect(new Set([numeric!.evidence, ...numeric!.moreEvidence].map((item) => item.documentId))).toEqual(new Set(["a", "b"]));
    const single = questions.find((question) => question.type === "single");
    expect(correctTexts(single!)[0]).toContain("Später");
    // Shown after answering under "So steht es im Text": each figure as written, in the stem's order.
    expect(numeric).toMatchObject({ answerText: "20 Mitglieder im einen Text, 26 Mitglieder im anderen" });
  });
});

describe("figures", () => {
  const facts = meetingFacts();
  const quantity = (written: string, value: number, unit: string | undefined, hedge?: string) => ({
    ...spanOf(MEETING, written),
    text: written,
    value,
    approx: hedge !== undefined,
    ...(unit ? { unit } : {}),
    ...(hedge ? { hedge } : {}),
  });
  facts.quantities = [
    quantity("rund 1200", 1200, "Mitarbeiter", "rund"),
    quantity("mehr als 40 Millionen", 40e6, "Euro", "mehr als"),
    quantity("knapp 300", 300, "Schiffe", "knapp"),
    quantity("elf", 11, "Mitglieder"),
  ];
  const doc = contextOf("ostsee", MEETING, facts);
  const questions = quantityQuestions(doc);
  const numeric = questions.filter((question): question is Extract<Question, { type: "numeric" }> => question.type === "numeric");

  it("asks each figure once, in its sentence with the hedge printed, so only the printed figure is right", () => {
    expect(numeric.map((question) => question.answer).sort((a, b) => a - b)).toEqual([40, 300, 1200]);
    const staff = numeric.find((question) => question.answer === 1200)!;
    expect(staff).toMatchObject({ stem: "Welche Zahl fehlt in diesem Satz?", before: "Der Ostseerat hat rund ", after: " Mitarbeiter.", min: 1200, max: 1200 });
    const money = numeric.find((question) => question.answer === 40)!;
    expect(money).toMatchObject({ unit: "Millionen Euro", min: 40, max: 40, answerText: "mehr als 40 Millionen Euro" });
    expect(money.before).toMatch(/mehr als $/u);
    const ships = numeric.find((question) => question.answer === 300)!;
    expect(ships).toMatchObject({ min: 300, max: 300 });
    expect(ships.before).toMatch(/knapp $/u);
  });

  it("accepts the hedge's range where the hedge is not shown", () => {
    // A member count asked without its sentence hides the hedge ("Rund 30 Staaten").
    const hedged = "Rund 30 Staaten gehören dem Bündnis an.";
    const hedgedFacts = emptyFacts(hedged, "Bündnis");
    hedgedFacts.memberCounts = [{ ...spanOf(hedged, "30 Staaten"), organization: "Bündnis", value: 30, unit: "Staaten" }];
    const [approx] = memberCountQuestions(contextOf("hedged", hedged, hedgedFacts), []);
    expect(approx?.type === "numeric" && approx.min < 30 && approx.max > 30).toBe(true);
  });

  it("shows the figure as the text writes it, with its hedge, range and counted noun", () => {
    const text = "Die Miliz verlor rund 14.000 Kämpfer sowie 20 bis 30 Prozent ihres Gebiets.";
    expect(writtenFigure(text, spanOf(text, "rund 14.000"), "Kämpfer")).toBe("rund 14.000 Kämpfer");
    expect(writtenFigure(text, spanOf(text, "14.000"), "Kämpfer")).toBe("rund 14.000 Kämpfer");
    expect(writtenFigure(text, spanOf(text, "20"), "Prozent")).toBe("20 bis 30 Prozent");
    expect(writtenFigure(text, spanOf(text, "30"), "Prozent")).toBe("20 bis 30 Prozent");
  });

  it("leaves out the member count, which its own family asks", () => {
    expect(numeric.some((question) => question.answer === 11)).toBe(false);
  });

  it("never makes a sentence of the text a statement to judge", () => {
    expect(questions.filter((question) => question.type === "truefalse")).toEqual([]);
  });
});

describe("countries", () => {
  it("asks which countries are named, with distractors the text does not mention in any form", () => {
    const facts = meetingFacts();
    facts.countries = [
      country(MEETING, "SE", "Schweden", "Schweden"),
      country(MEETING, "PL", "Polen", "Polen"),
      country(MEETING, "DK", "Dänemark", "dänischer", "adjective"),
    ];
    const doc = contextOf("ostsee", MEETING, facts);
    const other = "Finnland und Estland und Dänemark.";
    const otherFacts = emptyFacts(other, "Anderes");
    otherFacts.countries = [country(other, "FI", "Finnland", "Finnland"), country(other, "DK", "Dänemark", "Dänemark")];
    const questions = countryQuestions(doc, poolOf(doc, contextOf("other", other, otherFacts)));
    const multiple = questions.find((question) => question.type === "multi");
    if (multiple?.type !== "multi") throw new Error("expected a multiple-select question");
    const right = multiple.options.filter((option) => multiple.answers.includes(option.id)).map((option) => option.value);
    const wrong = multiple.options.filter((option) => !multiple.answers.includes(option.id));
    expect(right.sort()).toEqual(["PL", "SE"]);
    expect(wrong.map((option) => option.value)).toContain("FI");
    for (const option of wrong) {
      expect(["SE", "PL", "DK"]).not.toContain(option.value);
      expect(MEETING).not.toContain(option.text);
    }
    expect(mentionOf(MEETING, "Schweden").start).toBeGreaterThanOrEqual(multiple.evidence.start);
    expect(multiple.stem).toBe("Welche dieser Länder werden im Text genannt? Wähle alle zutreffenden aus.");
    // "Der Text nennt Frankreich." tests scanning, and nothing can show that a text does not name a country.
    expect(questions.filter((question) => question.type === "truefalse")).toEqual([]);
  });
});

describe("names", () => {
  it("joins a name broken after a hyphen, whatever the name", () => {
    expect(shownName("al- Kadhimi")).toBe("al-Kadhimi");
    expect(shownName("Hans- Peter Krause")).toBe("Hans-Peter Krause");
    expect(shownName("Jean-Yves Le Drian")).toBe("Jean-Yves Le Drian");
    expect(shownName("Maria Sand")).toBe("Maria Sand");
  });

  it("shows the joined name in options and starts statements with a capital", () => {
    const text = "Premierminister el- Amin sprach in Kairo. Außenministerin Maria Sand schwieg.";
    const facts = emptyFacts(text, "Kairo");
    facts.persons = [person(text, "el- Amin", { surname: "Amin", role: "Premierminister" }), person(text, "Maria Sand", { role: "Außenministerin" })];
    delete facts.persons[0]!.givenName;
    const doc = contextOf("names", text, facts);
    const questions = roleQuestions(doc, poolOf(doc));
    const texts = questions.flatMap((question) =>
      question.type === "single"
        ? question.options.map((option) => option.text)
        : question.type === "truefalse"
          ? [question.statement, question.correction ?? ""]
          : [],
    );
    expect(texts.some((shown) => shown.includes("el-Amin") || shown.includes("El-Amin"))).toBe(true);
    for (const shown of texts) expect(shown).not.toContain("el- Amin");
    for (const question of questions) if (question.type === "truefalse") expect(question.statement).toMatch(/^\p{Lu}/u);
  });
});

describe("years in a name", () => {
  const yearGaps = (text: string) =>
    generateBank([{ id: "years", text }])[0]!.questions.flatMap((question) =>
      question.type === "cloze" && question.topic === "date" ? [question.answer] : [],
    );

  it("asks no year that a name ends in ('Global 2000'), but a year after a noun the text writes alone elsewhere", () => {
    const text = `Streit um Freihandel

Wien – Die Kommissarin traf sich in Wien mit Vertretern von Attac und Global 2000, um über das Abkommen zu diskutieren. Die Chefin der Umweltorganisation Global 2000, Anna Berger, warnte vor dem Abkommen. China hatte den Vertrag schon 2009 abgelehnt. Die Regierung in China prüft ihn erneut.`;
    const gaps = yearGaps(text);
    expect(gaps).not.toContain("2000");
    expect(gaps).toContain("2009");
  });
});

describe("dates of no year", () => {
  it("asks a day and month the text gives without a year, written and typed as a learner would", () => {
    const text = `OnePlus plant neues Smartphone

Shenzhen – Das chinesische Start-up OnePlus hat für den 29. Oktober eine Präsentation in Neu-Delhi angekündigt. Das Unternehmen verkaufte im vergangenen Jahr 1,5 Millionen Geräte.`;
    const gap = generateBank([{ id: "oneplus", text }])[0]!.questions.find((question) => question.type === "cloze" && question.topic === "date");
    expect(gap?.type === "cloze" && gap.answer).toBe("29. Oktober");
    if (gap?.type !== "cloze") throw new Error("no date gap");
    expect(gap.before.endsWith("für den ")).toBe(true);
    for (const typed of ["29. Oktober", "29.10.", "29.10"]) expect(gradeAnswer(gap, { type: "cloze", text: typed }), typed).toBe(1);
    expect(gradeAnswer(gap, { type: "cloze", text: "29. November" })).toBe(0);
  });

  it("asks the day of a meeting given without a year, with other days of no year as wrong options", () => {
    const text = `Gipfel in Rom

Rom – Die Außenminister der EU trafen sich am 4. Juni in Rom zu einem Gipfeltreffen. Bei dem Treffen beschlossen die Minister neue Sanktionen gegen Russland. Außenminister Sebastian Kurz kritisierte die Pläne.`;
    const when = generateBank([{ id: "gipfel", text }])[0]!.questions.find((question) => question.topic === "meeting_date");
    if (when?.type !== "single") throw new Error("no question about the meeting's day");
    expect(when.stem).toBe("An welchem Tag fand das Treffen statt, über das der Text berichtet?");
    expect(when.options.find((option) => option.id === when.answer)?.text).toBe("4. Juni");
    for (const option of when.options) expect(option.text).toMatch(/^\d{1,2}\. \p{Lu}\p{Ll}+$/u);
  });
});
