/**
 * One event told twice in other words (the teaser's "hat ... für sich entschieden", the lead's "besiegte ..."): a quiz
 * asks it once, whichever claim it asks, as the one answers the other. Two different deeds of one actor, and a deed of
 * the same kind that had happened before, are other facts. Through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import { compatible, drawQuiz } from "../../../src/bank/quiz";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const DERBY = `Salzburg gewinnt das Derby

Der FC Salzburg hat das Spitzenspiel der Bundesliga gegen den SK Rapid Wien am Sonntag klar für sich entschieden. Der FC Salzburg besiegte den Tabellenzweiten vor 25.000 Zuschauern mit 3:0. Trainer Thomas Letsch lobte die Abwehr seiner Mannschaft. Der FC Salzburg verpflichtete zudem einen neuen Stürmer aus Norwegen. Rapid-Trainer Robert Klauß sprach von einer verdienten Niederlage. Der FC Salzburg hatte in der Vorwoche gegen den LASK gewonnen. Am kommenden Samstag spielt Salzburg in Graz.`;

const BEES = `Wie Bienen ihren Weg finden

Forscher haben das Flugverhalten von 120 Honigbienen der Art Apis mellifera untersucht. Forscher der Universität Graz analysierten in einem Experiment, wie sich die Honigbienen der Art Apis mellifera an der Sonne orientieren. Dabei zeigte sich, dass die Tiere auch bei bedecktem Himmel sicher heimfinden. Die Forscher veröffentlichten ihre Ergebnisse im Fachblatt Nature. Die Studie könnte helfen, den Rückgang der Bienenvölker besser zu verstehen. In Österreich gibt es rund 400.000 Bienenvölker.`;

const ARREST = `Festnahmen nach Überfall in Wels

Die Polizei hat nach dem Überfall auf eine Tankstelle in Wels vier Jugendliche festgenommen. Vier Jugendliche aus dem Bezirk Grieskirchen wurden am Sonntag in einer Wohnung in Wels verhaftet. Die Polizei stellte dabei auch die Tatwaffe sicher. Die Verdächtigen sollen in der Nacht auf Samstag 3.000 Euro erbeutet haben. Ein Angestellter der Tankstelle wurde leicht verletzt. Die Polizei sucht weitere Zeugen.`;

const poolOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;

/** The statements a claim question tells: a statement, or the options of a choice between statements. */
const toldBy = (question: Question) =>
  question.type === "truefalse" ? [question.statement] : question.type === "single" ? question.options.map((option) => option.text) : [];

/** The claim questions (statements and choices) among `questions` that tell something with `words`. */
const claimsWith = (questions: readonly Question[], words: string) =>
  questions.filter((question) => question.topic === "action" && toldBy(question).some((told) => told.includes(words)));

describe("one event told with verbs of one family", () => {
  const pool = poolOf("derby", DERBY);
  const quiz = drawQuiz(pool, { seed: "derby" });

  it("asks the win once, though the teaser tells it as 'für sich entschieden' and the lead as 'besiegte'", () => {
    const decided = claimsWith(pool, "klar für sich");
    const beaten = claimsWith(pool, "den Tabellenzweiten vor");
    expect(decided.length).toBeGreaterThan(0);
    expect(beaten.length).toBeGreaterThan(0);
    for (const one of decided) for (const other of beaten) expect(compatible(one, other)).toBe(false);
    expect(claimsWith(quiz, "klar für sich").length + claimsWith(quiz, "den Tabellenzweiten vor").length).toBe(1);
  });

  it("asks another deed of the same club besides, and may ask its win of the week before: other facts", () => {
    const [asked] = [...claimsWith(quiz, "klar für sich"), ...claimsWith(quiz, "den Tabellenzweiten vor")];
    expect(claimsWith(quiz, "klar für sich").length + claimsWith(quiz, "den Tabellenzweiten vor").length).toBe(1);
    const signed = claimsWith(pool, "neuen Stürmer");
    const earlierWin = claimsWith(pool, "gegen den LASK");
    expect(signed.length).toBeGreaterThan(0);
    expect(earlierWin.length).toBeGreaterThan(0);
    for (const other of [...signed, ...earlierWin]) expect(compatible(asked!, other)).toBe(true);
    expect(claimsWith(quiz, "neuen Stürmer").length).toBe(1);
  });
});

describe("one study of an unnamed group told twice", () => {
  it("asks it once where the teaser says 'untersucht' and the lead 'analysierten', on the same animals", () => {
    const pool = poolOf("bienen", BEES);
    const studied = claimsWith(pool, "Flugverhalten");
    const analysed = claimsWith(pool, "an der Sonne orientieren");
    expect(studied.length).toBeGreaterThan(0);
    expect(analysed.length).toBeGreaterThan(0);
    for (const one of studied) for (const other of analysed) expect(compatible(one, other)).toBe(false);
    const quiz = drawQuiz(pool, { seed: "bienen" });
    expect(claimsWith(quiz, "Flugverhalten").length + claimsWith(quiz, "an der Sonne orientieren").length).toBe(1);
    // The publication is another deed of the researchers.
    expect(claimsWith(quiz, "Fachblatt Nature").length).toBe(1);
  });
});

describe("one arrest told in the active and in the passive", () => {
  it("asks it once: those the police arrested are the actor of 'wurden verhaftet'", () => {
    const pool = poolOf("wels", ARREST);
    const arrested = claimsWith(pool, "Jugendliche fest");
    const passive = claimsWith(pool, "verhaftet worden");
    expect(arrested.length).toBeGreaterThan(0);
    expect(passive.length).toBeGreaterThan(0);
    for (const one of arrested) for (const other of passive) expect(compatible(one, other)).toBe(false);
    const quiz = drawQuiz(pool, { seed: "wels" });
    expect(claimsWith(quiz, "Jugendliche fest").length + claimsWith(quiz, "verhaftet worden").length).toBe(1);
  });
});

const CUP = `Sturm Graz holt den Cup

Der SK Sturm Graz sicherte sich am Donnerstag in Klagenfurt den Cupsieg. Der SK Sturm Graz gewann das Finale gegen den Wolfsberger AC nach Verlängerung mit 2:1. Trainer Christian Ilzer lobte die Moral seiner Spieler. Der SK Sturm Graz verlängerte zudem den Vertrag mit Kapitän Stefan Hierländer bis 2026. Die Fans feierten die Mannschaft bis in die Nacht. Im Vorjahr hatte Salzburg den Bewerb gewonnen.`;

describe("a win told as a phrase ('sicherte sich den Cupsieg')", () => {
  const pool = poolOf("cup", CUP);

  it("is the win the lead tells with 'gewann': asked once", () => {
    const secured = claimsWith(pool, "den Cupsieg");
    const won = claimsWith(pool, "Finale gegen den Wolfsberger AC");
    expect(secured.length).toBeGreaterThan(0);
    expect(won.length).toBeGreaterThan(0);
    for (const one of secured) for (const other of won) expect(compatible(one, other)).toBe(false);
    const quiz = drawQuiz(pool, { seed: "cup" });
    expect(claimsWith(quiz, "den Cupsieg").length + claimsWith(quiz, "Finale gegen den Wolfsberger AC").length).toBe(1);
    // The club's other deed (a contract extended) is another fact.
    const extended = claimsWith(pool, "Vertrag mit Kapitän");
    expect(extended.length).toBeGreaterThan(0);
    for (const one of secured) for (const other of extended) expect(compatible(one, other)).toBe(true);
  });
});

const TENNIS = `Berger gewinnt in Linz

Die Tennisspielerin Anna Berger sicherte sich am Sonntag in Linz den Turniersieg. Anna Berger besiegte im Finale die Tschechin Petra Novak in zwei Sätzen. Novak hatte zuvor die Titelverteidigerin Laura Siegel ausgeschaltet. Anna Berger bedankte sich bei ihrem Trainer Martin Koller. Das Turnier ist mit 250.000 Dollar dotiert. Anna Berger spendet einen Teil ihres Preisgeldes an ein Kinderhospiz.`;

describe("a choice of who did it, next to a statement of the same deed", () => {
  const pool = poolOf("linz", TENNIS);
  const whoChoice = (words: string) =>
    pool.filter((question) => question.type === "single" && question.stem.startsWith("Wer") && question.stem.includes(words));

  it("tells the deed with its key as the actor: 'Wer sicherte sich ... den Turniersieg?' is the false 'Laura Siegel hat ... besiegt'", () => {
    const secured = whoChoice("den Turniersieg");
    const beatenWrongly = pool.filter((question) => question.type === "truefalse" && question.statement.startsWith("Laura Siegel hat im Finale"));
    expect(secured.length).toBeGreaterThan(0);
    expect(beatenWrongly.length).toBeGreaterThan(0);
    for (const one of secured) for (const other of beatenWrongly) expect(compatible(one, other)).toBe(false);
    // Another deed of the winner asked as a choice is another fact.
    const donated = whoChoice("Kinderhospiz");
    expect(donated.length).toBeGreaterThan(0);
    for (const one of donated) for (const other of beatenWrongly) expect(compatible(one, other)).toBe(true);
  });
});

const CARE = `Moser plant Pflegereform

Gesundheitsminister Karl Moser hat am Montag in Wien eine Reform der Pflegeausbildung vorgestellt. Auszubildende sollen künftig ein Gehalt von 1.200 Euro im Monat erhalten. „Die Reform der Pflegeausbildung ist längst überfällig“, sagte Karl Moser. Die Gewerkschaft begrüßte die Pläne. Karl Moser will zudem die Zahl der Studienplätze für Medizin erhöhen. Die Opposition kritisierte die hohen Kosten von 300 Millionen Euro.`;

describe("a quote of the actor about the deed itself", () => {
  it("is not asked beside the deed: 'sagte: „Die Reform der Pflegeausbildung ist längst überfällig“' and 'hat ... eine Reform der Pflegeausbildung vorgestellt'", () => {
    const pool = poolOf("pflege", CARE);
    const quoted = pool.filter((question) => question.topic === "quote" && toldBy(question).some((told) => told.includes("längst überfällig")));
    const presented = claimsWith(pool, "Reform der Pflegeausbildung vorgestellt");
    expect(quoted.length).toBeGreaterThan(0);
    expect(presented.length).toBeGreaterThan(0);
    for (const one of quoted) for (const other of presented) expect(compatible(one, other)).toBe(false);
  });
});

const RULING = `Gericht kippt Urteil gegen Ex-Bürgermeister

Der Oberste Gerichtshof hat Untreue-Urteile gegen den früheren Bürgermeister von Leoben, Karl Brunner, teilweise aufgehoben. Der Oberste Gerichtshof entschied am Mittwoch in einer nichtöffentlichen Sitzung, Teile des Ersturteils des Landesgerichts Leoben zu kippen. Brunner war wegen Untreue zu zwei Jahren Haft verurteilt worden. Die Staatsanwaltschaft hatte eine höhere Strafe gefordert. Der Fall muss nun neu verhandelt werden. Brunners Anwalt zeigte sich erfreut.`;

describe("a ruling overturned, told with 'aufgehoben' and 'kippen'", () => {
  it("asks it once: the one statement answers the other", () => {
    const pool = poolOf("urteil", RULING);
    const lifted = claimsWith(pool, "teilweise auf");
    const toppled = claimsWith(pool, "zu kippen");
    expect(lifted.length).toBeGreaterThan(0);
    expect(toppled.length).toBeGreaterThan(0);
    for (const one of lifted) for (const other of toppled) expect(compatible(one, other)).toBe(false);
  });
});

const SUMMONED = `Netanjahu lädt Minister vor

Ministerpräsident Benjamin Netanjahu zitierte Verteidigungsminister Moshe Jaalon nach dessen Rede zu sich. Jerusalem – In Israel sorgt eine Rede von Generalmajor Yair Golan für Streit. Netanjahu nannte den Vergleich schockierend und zitierte am Montag Verteidigungsminister Moshe Jaalon zu sich, nachdem dieser Golan in Schutz genommen hatte. Jaalon verteidigte zugleich die Einsatzregeln der Armee.`;

describe("one deed told in the teaser and the body, asked as a gap of who did it or as a choice about the actor", () => {
  const pool = poolOf("summoned", SUMMONED);
  const bodyClaims = claimsWith(pool, "nannte den Vergleich schockierend");
  const otherDeed = claimsWith(pool, "die Einsatzregeln der Armee");

  it("clashes with the body's statements of it: the teaser's gap of the actor, filled in, tells the same event", () => {
    const teaserGaps = pool.filter(
      (question) => question.type === "cloze" && question.topic === "action" && question.after.includes("nach dessen Rede zu sich"),
    );
    expect(teaserGaps.length).toBeGreaterThan(0);
    expect(bodyClaims.length).toBeGreaterThan(0);
    for (const gap of teaserGaps) {
      for (const claim of bodyClaims) expect(compatible(gap, claim)).toBe(false);
      // Another deed of another actor is another fact.
      expect(otherDeed.some((claim) => claim.type === "truefalse" && claim.answer && compatible(gap, claim))).toBe(true);
    }
  });

  it("clashes where a choice of what the actor did ('Was trifft laut Text auf ... zu?') has the other telling as its key", () => {
    const text = `Huber lädt Stadtrat vor

Bürgermeister Karl Huber zitierte seinen Finanzstadtrat Peter Moser nach dessen Aussagen zum Budget zu sich. Linz – Im Rathaus sorgt eine Rede von Finanzstadtrat Peter Moser für Streit. Bürgermeister Karl Huber nannte die Rede enttäuschend und zitierte am Montag Finanzstadtrat Peter Moser zu sich. Huber verteidigte zugleich die Ausgaben für die Schulen. Die Opposition fordert Neuwahlen.`;
    const questions = poolOf("huber", text);
    const teaser = claimsWith(questions, "nach dessen Aussagen zum Budget").find((question) => question.type === "truefalse")!;
    const body = claimsWith(questions, "nannte die Rede enttäuschend").find((question) => question.type === "truefalse" && question.answer)!;
    // The teaser's deed asked as the family of "Was trifft laut Text auf X zu?" asks it (claims.ts): its key tells it of him.
    const aboutHuber = (key: string): Question => ({
      ...teaser,
      id: "q_about_huber",
      fact: "choice:about-huber",
      type: "single",
      stem: "Was trifft laut Text auf Karl Huber zu?",
      options: [
        { id: "a", text: key },
        { id: "b", text: "sagte sinngemäß: Die Stadt müsse bei den Schulen sparen" },
      ],
      answer: "a",
    });
    expect(compatible(aboutHuber("zitierte seinen Finanzstadtrat Peter Moser nach dessen Aussagen zum Budget zu sich"), body)).toBe(false);
    // Another deed of his as the key is another fact.
    expect(compatible(aboutHuber("verteidigte zugleich die Ausgaben für die Schulen"), body)).toBe(true);
  });
});
