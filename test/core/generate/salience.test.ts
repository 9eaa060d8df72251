/** How central a question's fact is, through the whole generator: dates that are not the news, small counts and plain nouns only fill a quiz up. */
import { describe, expect, it } from "vitest";
import { GUESSABLE_SALIENCE, MIN_CLAIM_SALIENCE, MIN_FILL_SALIENCE, MIN_SALIENCE } from "../../../src/bank/quiz";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";
import { NAME_GAP_STEM } from "../../../src/generate/persons";

const TEXT = `Stadt baut neues Hallenbad

Linz – Der Gemeinderat von Linz beschloss am Montag, 24 Millionen Euro für ein neues Hallenbad auszugeben. Das Hallenbad soll im Herbst 2018 eröffnet werden. Das alte Hallenbad war im Jahr 1974 eröffnet worden und ist seit dem Sommer geschlossen. Bürgermeister Klaus Luger sprach von einem wichtigen Tag für die Schwimmvereine der Stadt.

Das Hallenbad soll ein Becken mit 50 Metern Länge erhalten. Gegen das Projekt stimmten die drei Mandatare der Liste Linzplus. Die Schwimmvereine hatten seit Jahren ein neues Hallenbad gefordert. Das Becken des alten Bades war im Jahr 1998 zuletzt saniert worden. Die Vereine wollen im neuen Bad auch Wettkämpfe austragen. Der Umbau der Zufahrt kostet weitere zwei Millionen Euro.`;

const questions = (): Question[] => generateBank([{ id: "bad", text: TEXT }])[0]!.questions;
const about = (answer: string) =>
  questions().filter(
    (question) => (question.type === "cloze" && question.answer === answer) || (question.type === "numeric" && question.answer === Number(answer)),
  );

const FOSSIL = `Forscher finden Urvogel in China

Peking – Forscher haben in der Provinz Liaoning ein 145 bis 149 Millionen Jahre altes Fossil eines Urvogels gefunden, wie das Fachblatt Nature am Mittwoch berichtete. Das Naturkundemuseum Peking zahlte für die Grabung 3,2 Millionen Euro (41 Prozent seines Jahresbudgets). Das Tier hatte Federn an allen vier Gliedmaßen.`;

const REFORM = `Regierung beschließt Pensionsreform

Wien – Sozialministerin Anna Huber hat am Dienstag die Pensionsreform vorgestellt. Die Reform soll im Jänner in Kraft treten und bis 2030 rund vier Milliarden Euro einsparen.

Wir sichern die Pensionen für die nächsten Jahrzehnte, sagte Huber. Die Opposition kritisierte die Pläne scharf. Huber kündigte an, mit den Sozialpartnern noch im Herbst über Details zu verhandeln. Die Reform komme zu spät, sagte der Ökonom Peter Gruber. Huber verteidigte das Vorhaben im Parlament. An der Präsentation nahmen 120 Journalisten teil.`;

describe("salience", () => {
  it("ranks a figure outside the lead and a side person's words below the lead and the main actor", () => {
    const reform = generateBank([{ id: "reform", text: REFORM }])[0]!.questions;
    const figure = (value: number) => reform.filter((question) => question.type === "numeric" && question.answer === value);
    expect(figure(4).length).toBeGreaterThan(0);
    for (const question of figure(4)) expect(question.salience).toBeGreaterThanOrEqual(MIN_SALIENCE);
    expect(figure(120).length).toBeGreaterThan(0);
    for (const question of figure(120)) expect(question.salience).toBeLessThan(MIN_SALIENCE);
    const said = (words: string) => reform.filter((question) => question.topic === "quote" && question.evidence.quote.includes(words));
    // Named once, after the lead: what the economist said only fills a quiz up.
    expect(said("zu spät").length).toBeGreaterThan(0);
    for (const question of said("zu spät")) expect(question.salience).toBeLessThan(MIN_CLAIM_SALIENCE);
    // The minister, further down still, is the main actor.
    expect(said("Sozialpartnern").length).toBeGreaterThan(0);
    for (const question of said("Sozialpartnern")) expect(question.salience).toBeGreaterThanOrEqual(MIN_SALIENCE);
  });

  it("asks no end of a range, even in the lead, and the lead's own figure as salient", () => {
    const fossil = generateBank([{ id: "fossil", text: FOSSIL }])[0]!.questions;
    const figure = (value: number) => fossil.filter((question) => question.type === "numeric" && question.answer === value);
    expect([...figure(145), ...figure(149)]).toEqual([]);
    const cost = figure(3.2);
    expect(cost.length).toBeGreaterThan(0);
    for (const question of cost) expect(question.salience).toBeGreaterThanOrEqual(MIN_SALIENCE);
  });

  it("leaves the dateline's town below the threshold: the learner reads it above the first sentence", () => {
    const genfGap = (dateline: string) => {
      const text = `Außenminister beraten über Syrien\n\n${dateline} – Die Außenminister Russlands und der USA haben sich am Montag in Genf zu Gesprächen über Syrien getroffen. Sergej Lawrow und John Kerry berieten fünf Stunden lang.`;
      return generateBank([{ id: "genf", text }])[0]!.questions.find((question) => question.type === "cloze" && question.answer === "Genf")!;
    };
    expect(genfGap("Wien").salience).toBeGreaterThanOrEqual(MIN_SALIENCE);
    expect(genfGap("Genf").salience).toBeLessThan(MIN_SALIENCE);
    expect(genfGap("Genf / Damaskus").salience).toBeLessThan(MIN_SALIENCE);
  });

  it("keeps a date that is the news and leaves a date of the past below the fill-up threshold", () => {
    const news = about("2018");
    expect(news.length).toBeGreaterThan(0);
    for (const question of news) expect(question.salience).toBeGreaterThanOrEqual(MIN_FILL_SALIENCE);
    const past = [...about("1974"), ...about("1998")];
    expect(past.length).toBeGreaterThan(0);
    for (const question of past) expect(question.salience).toBeLessThan(MIN_FILL_SALIENCE);
  });

  it("weighs a small count outside the lead as a detail, but not a small sum of money or a lead figure", () => {
    const lead = about("24");
    expect(lead.length).toBeGreaterThan(0);
    for (const question of lead) expect(question.salience).toBeGreaterThanOrEqual(MIN_SALIENCE);
    const small = about("3");
    expect(small.length).toBeGreaterThan(0);
    for (const question of small) expect(question.salience).toBeLessThan(MIN_SALIENCE / 2);
    const money = about("2");
    expect(money.length).toBeGreaterThan(0);
    for (const question of money) expect(question.salience).toBeGreaterThan(Math.max(...small.map((other) => other.salience)));
  });
  it("ranks a place after the lead below others when a preposition makes it where something happened ('in Leipzig')", () => {
    const gap = (sentence: string, answer: string) => {
      const text = `Sachsen führt Statistik an\n\nDas Bundesland Sachsen ist Spitzenreiter bei Angriffen auf Flüchtlingsheime. Innenminister Markus Ulbig kündigte mehr Polizei an.\n\n${sentence} Die Polizei ermittelt.`;
      return generateBank([{ id: "sachsen", text }])[0]!.questions.find((question) => question.type === "cloze" && question.answer === answer)!;
    };
    const location = gap("Forscher stellten die neuen Zahlen am Donnerstag in Leipzig vor.", "Leipzig");
    const actor = gap("Leipzig stellte am Donnerstag neue Zahlen vor.", "Leipzig");
    expect(location.salience).toBeLessThan(actor.salience);
  });

  it("ranks the true statement of an office below the false one that gives the person another actor's office", () => {
    const text = `Sachsen führt Statistik an

Das Bundesland Sachsen ist Spitzenreiter bei Angriffen auf Flüchtlingsheime. Innenminister Markus Ulbig kündigte mehr Polizei an. Ministerpräsident Stanislaw Tillich sprach von einer Schande.`;
    const statements = generateBank([{ id: "sachsen", text }])[0]!.questions.filter(
      (question) => question.type === "truefalse" && question.topic === "person_role" && question.statement.startsWith("Markus Ulbig"),
    );
    const keyed = (answer: boolean) => statements.find((question) => question.type === "truefalse" && question.answer === answer)!;
    expect(keyed(true).salience).toBeLessThan(keyed(false).salience);
  });

  it("asks who holds which office only to fill a quiz up, even of a main actor in the lead", () => {
    const text = `Sachsen führt Statistik an

Das Bundesland Sachsen ist Spitzenreiter bei Angriffen auf Flüchtlingsheime. Innenminister Markus Ulbig kündigte mehr Polizei an. Ministerpräsident Stanislaw Tillich sprach von einer Schande.`;
    const questions = generateBank([{ id: "sachsen", text }])[0]!.questions;
    const offices = questions.filter((question) => question.topic === "person_role");
    const deed = questions.find((question) => question.type === "truefalse" && question.statement === "Markus Ulbig kündigte mehr Polizei an.")!;
    expect(offices.length).toBeGreaterThan(0);
    for (const office of offices) expect(office.salience).toBeLessThan(MIN_SALIENCE);
    expect(deed.salience).toBeGreaterThanOrEqual(MIN_SALIENCE);
  });
});

const SCHOOLS = `Land erweitert Ganztagsschulen

Graz – Die steirische Landesregierung hat am Dienstag den Ausbau der Ganztagsschulen beschlossen. Die Schulen sollen im Herbst starten. Das Programm leitet Bildungsdirektorin Elisabeth Meixner. Meixner sprach von einem großen Schritt für die Familien im Land. Die Opposition kritisierte den Zeitplan. Die Kosten des Programms betragen 12 Millionen Euro. Die Gemeinden müssen die Räume bereitstellen. Der Gemeindebund begrüßte das Vorhaben grundsätzlich. Die Eltern sollen im Frühjahr befragt werden. In der Pilotphase nahmen 380 Schüler an dem Versuch teil. Für die Gemeinden verhandelt Bürgermeister Erwin Dirnberger. Dirnberger forderte mehr Geld für die Gemeinden.`;

describe("salience of details after the first quarter of a text", () => {
  const schools = () => generateBank([{ id: "schulen", text: SCHOOLS }])[0]!.questions;

  it("ranks a plain count late in the text below a sum of money in its body and below the fill-up threshold", () => {
    const figure = (value: number) => schools().find((question) => question.type === "numeric" && question.answer === value)!;
    expect(figure(380).salience).toBeLessThan(figure(12).salience);
    expect(figure(380).salience).toBeLessThan(MIN_FILL_SALIENCE);
  });

  it("ranks an office stated late in the text below the fill-up threshold, one in the first quarter above it", () => {
    const office = (name: string) =>
      schools().find((question) => question.topic === "person_role" && question.type === "truefalse" && question.statement.startsWith(name))!;
    expect(office("Erwin Dirnberger").salience).toBeLessThan(MIN_FILL_SALIENCE);
    expect(office("Elisabeth Meixner").salience).toBeGreaterThanOrEqual(MIN_FILL_SALIENCE);
  });
});

const CHARGE = `Anklage gegen Bürgermeister erhoben

Graz – Gegen den Bürgermeister Karl Berger ist Anklage wegen Untreue erhoben worden, sagte Staatsanwalt Martin Wagner am Montag. Berger soll Gelder der Stadt für private Reisen verwendet haben.

Berger wies die Vorwürfe zurück. Er habe nichts Unrechtes getan, sagte Berger. Der Prozess soll im Herbst beginnen. Berger will bis dahin im Amt bleiben.`;

describe("name gaps", () => {
  it("asks the name of someone the text names once, even in the lead, only to fill a quiz up", () => {
    const charge = generateBank([{ id: "charge", text: CHARGE }])[0]!.questions;
    const nameGaps = (answer: string) =>
      charge.filter((question) => question.type === "cloze" && question.stem === NAME_GAP_STEM && question.answer === answer);
    // The prosecutor, named only where the gap is: the learner copies a name the text uses nowhere else.
    expect(nameGaps("Martin Wagner").length).toBeGreaterThan(0);
    for (const question of nameGaps("Martin Wagner")) expect(question.salience).toBeLessThan(MIN_CLAIM_SALIENCE);
    // The main actor, named throughout: asking his name stays salient.
    expect(nameGaps("Berger").length + nameGaps("Karl Berger").length).toBeGreaterThan(0);
    for (const question of [...nameGaps("Berger"), ...nameGaps("Karl Berger")]) expect(question.salience).toBeGreaterThanOrEqual(MIN_CLAIM_SALIENCE);
  });
});

const STRIKE = `Lehrer streiken in Salzburg

Salzburg – Die Lehrergewerkschaft hat am Montag in Salzburg einen Streik begonnen. Gewerkschaftschef Paul Kern verlangt mehr Personal für die Schulen.

Kern sprach von einem notwendigen Schritt. Die Landesregierung lehnt die Forderungen ab. Kern kündigte weitere Proteste für die kommende Woche an. Kern hatte bereits im Vorjahr einen Streik angedroht. Die Eltern zeigten Verständnis für den Streik. Die Schulen bleiben bis Mittwoch geschlossen. Kern war früher selbst Direktor einer Volksschule. Kern leitet die Gewerkschaft seit dem Jahr 2010.`;

describe("salience of background claims", () => {
  const claims = (words: string) =>
    generateBank([{ id: "streik", text: STRIKE }])[0]!.questions.filter(
      (question) => (question.topic === "action" || question.topic === "quote") && question.evidence.quote.includes(words),
    );
  const salience = (words: string) => {
    expect(claims(words).length).toBeGreaterThan(0);
    return Math.max(...claims(words).map((question) => question.salience));
  };

  it("weighs a claim told in the past perfect after the first third at half of one told as the event", () => {
    expect(salience("angedroht")).toBeLessThan(0.6 * salience("Proteste"));
  });

  it("weighs a claim in the last two fifths of the text at half of one before, so that it only fills a quiz up", () => {
    expect(salience("seit dem Jahr")).toBeLessThan(0.6 * salience("Proteste"));
    expect(salience("seit dem Jahr")).toBeLessThan(MIN_CLAIM_SALIENCE);
  });
});

const TAX = `Italien erhöht die Mehrwertsteuer

Rom – Die italienische Regierung hat am Montag eine Erhöhung der Mehrwertsteuer beschlossen. Nach Angaben des Finanzministeriums will Italien bis 2018 rund zwölf Milliarden Euro zusätzlich einnehmen. Finanzminister Marco Bellini sagte, der Schritt sei unvermeidlich. Auch Frankreich plant eine Erhöhung der Mehrwertsteuer. Die italienischen Gewerkschaften kündigten Proteste an.`;

describe("salience of the country a text is about", () => {
  const countryGap = (answer: string) =>
    generateBank([{ id: "tax", text: TAX }])[0]!.questions.find(
      (question) => question.type === "cloze" && question.topic === "place" && question.answer === answer,
    );

  it("leaves the gap of the country the text names most (in any form) to fill a quiz last: the learner guesses it", () => {
    expect(countryGap("Italien")?.salience).toBe(GUESSABLE_SALIENCE);
  });

  it("weighs another country's gap by where the text names it", () => {
    expect(countryGap("Frankreich")?.salience).toBeGreaterThan(GUESSABLE_SALIENCE);
  });
});

const BLOCKADE = `Bauern blockieren Autobahn

Linz – Hunderte Bauern haben am Dienstag die Westautobahn bei Linz blockiert. Bauernbund-Obmann Georg Strasser fordert höhere Preise für Milch.

Strasser hatte bereits vor zwei Wochen Proteste angekündigt. Strasser sprach von einem Hilferuf der Betriebe. Auf der Autobahn standen am Dienstag 400 Traktoren. Vor zwei Jahren hatten die Bauern 300 Traktoren aufgeboten. Strasser hatte die Blockade bei der Polizei angemeldet. Die Polizei leitete den Verkehr über die Bundesstraße um. Die Molkereien wiesen die Forderungen zurück. Die Landesregierung will am Freitag mit den Bauern verhandeln. Viele Autofahrer zeigten Verständnis. Die Blockade soll am Abend enden. Strasser kündigte weitere Aktionen an.`;

describe("salience of earlier events", () => {
  it("weighs a claim told in the past perfect with an earlier time below the event's claims, right after the lead too", () => {
    const claims = generateBank([{ id: "blockade", text: BLOCKADE }])[0]!.questions.filter(
      (question) => question.topic === "action" && question.type === "truefalse",
    );
    const salience = (words: string) => Math.max(...claims.filter((question) => question.evidence.quote.includes(words)).map((question) => question.salience));
    expect(salience("vor zwei Wochen")).toBeLessThan(0.5 * salience("Hilferuf"));
  });

  it("weighs a figure of an earlier event below one of the reported event", () => {
    const questions = generateBank([{ id: "blockade", text: BLOCKADE }])[0]!.questions;
    const figure = (value: number) => questions.find((question) => question.type === "numeric" && question.answer === value)!;
    expect(figure(300).salience).toBeLessThan(0.5 * figure(400).salience);
  });
});
