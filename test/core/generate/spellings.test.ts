/**
 * What a gap accepts and what it asks, through the real extraction, generation and grading, on made-up
 * texts: the other spellings the article itself uses count as right; names are split as their
 * language orders them; list bullets and places are no part of a term gap.
 */
import { describe, expect, it } from "vitest";
import { gradeAnswer, matchClozeAnswer } from "../../../src/bank/grade";
import type { Question } from "../../../src/bank/schema";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

type Cloze = Extract<Question, { type: "cloze" }>;

function gaps(id: string, text: string): Cloze[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions.filter((question): question is Cloze => question.type === "cloze");
}

const typed = (question: Cloze, text: string) => gradeAnswer(question, { type: "cloze", text });

describe("spellings the article uses", () => {
  it("takes no person's surname before a party in brackets for the spelled-out party ('Sonja Sattler (SPÖ)')", () => {
    const text = `Stadt Linz beschließt Budget

Der Gemeinderat hat das Budget für 2026 beschlossen. Für den Voranschlag stimmten die Fraktionen SPÖ, Grüne und Neos, dagegen ÖVP und FPÖ.

Linz – „Wir sparen, ohne zu kürzen“, sagte Bürgermeister Dietmar Prammer (SPÖ). Finanzstadträtin Sonja Sattler (SPÖ) verwies auf die Kosten. Die SPÖ hält die Mehrheit im Gemeinderat.`;
    const party = gaps("linz", text).find((question) => question.answer === "SPÖ");
    expect(party).toBeDefined();
    expect(party!.accept).toEqual([]);
  });

  it("accepts the other spelling of a surname that the text writes too, as written", () => {
    const text = `Studie: Vertrauen in die Behörde macht ehrliche Steuerzahler

Linz – Wer dem Finanzamt vertraut, zahlt seine Steuern eher pünktlich, sagte die Psychologin Marlene Brunnbauer am Dienstag in Linz. Die Forscherin hat dafür 2.000 Steuerzahler befragt. Brunbauer zufolge fühlen sich viele Befragte vom Amt fair behandelt. Die Studie von Brunbauer erscheint im Herbst in einer Fachzeitschrift. Das Finanzministerium will die Ergebnisse prüfen.`;
    const gap = gaps("steuer", text).find((question) => question.answer.includes("Brunnbauer"));
    expect(gap).toBeDefined();
    // The text's own spelling is an answer in its own right, not a typo forgiven.
    expect(matchClozeAnswer(gap!, "Brunbauer")?.exact).toBe(true);
    expect(matchClozeAnswer(gap!, "Marlene Brunbauer")?.exact).toBe(true);
    expect(typed(gap!, "Brunnbauer")).toBe(1);
  });

  it("accepts any name of a country that a country gap asks, whichever the text uses", () => {
    const text = `Handelsstreit verschärft sich

Brüssel – Die Europäische Union will im Streit um Zölle auf Stahl hart bleiben. Die EU-Kommission kündigte am Montag Gegenzölle auf Waren aus den USA an. Der Handelsstreit belastet auch die Börsen in Asien. Ein Sprecher der Kommission sagte, man sei weiter zu Gesprächen bereit. Die Gegenzölle sollen ab Juli gelten.`;
    const gap = gaps("zoelle", text).find((question) => question.stem === "Welches Land fehlt in diesem Satz?" && question.answer === "USA");
    expect(gap).toBeDefined();
    expect(typed(gap!, "Vereinigte Staaten")).toBe(1);
    expect(typed(gap!, "Vereinigte Staaten von Amerika")).toBe(1);
    // The dative the gap sentence wants is one letter away: forgiven as a typo.
    expect(typed(gap!, "Vereinigten Staaten")).toBe(1);
    expect(typed(gap!, "Kanada")).toBe(0);
    // Its short forms, as English writes them: not a typo of "USA" (three letters are too few to forgive one).
    expect(typed(gap!, "US")).toBe(1);
    expect(typed(gap!, "U.S.")).toBe(1);
    expect(typed(gap!, "UK")).toBe(0);
  });

  it("accepts a country's short form that names it alone, and no other country's", () => {
    const text = `Ölpreis steigt nach Förderstopp

London – Der Ölpreis ist am Montag deutlich gestiegen. Großbritannien und die Vereinigten Arabischen Emirate hatten zuvor angekündigt, ihre Förderung zu drosseln. Händler in London rechnen mit weiter steigenden Preisen. Die Opec will im Juni über ihre Förderquoten beraten.`;
    const countryGap = (answer: string) =>
      gaps("oel", text).find((question) => question.stem === "Welches Land fehlt in diesem Satz?" && question.answer === answer);
    const britain = countryGap("Großbritannien");
    expect(britain).toBeDefined();
    expect(typed(britain!, "UK")).toBe(1);
    expect(typed(britain!, "Vereinigtes Königreich")).toBe(1);
    expect(typed(britain!, "US")).toBe(0);
  });

  it("accepts what the text spells out for an acronym that a gap asks", () => {
    const text = `Hilfswerk kürzt Essensrationen für Flüchtlinge

Genf – Das Welternährungsprogramm der Vereinten Nationen (WEP) kürzt die Rationen für 400.000 Flüchtlinge in Kenia. Dem WEP fehlen nach eigenen Angaben 30 Millionen Dollar. Die Spender hätten ihre Zusagen nicht eingehalten, teilte das WEP am Montag mit. Die Kürzung gilt ab Juli. Das WEP will die Rationen im Herbst wieder erhöhen.`;
    const gap = gaps("wep", text).find((question) => question.topic === "organisation" && question.answer === "WEP");
    expect(gap).toBeDefined();
    expect(typed(gap!, "Welternährungsprogramm der Vereinten Nationen")).toBe(1);
    expect(typed(gap!, "WEP")).toBe(1);
    // A foreign name's small words ("dei", "di") belong to it.
    const bank = `Italiens Banken unter Druck

Siena – Zu den größten Verlierern zählt das Traditionshaus aus Siena, Monte dei Paschi di Siena (MPS). MPS ist heute weniger als die Hälfte wert. Die Bank erklärte, die Kredite seien gedeckt. MPS will im Herbst neues Kapital aufnehmen.`;
    const mps = gaps("mps", bank).find((question) => question.topic === "organisation" && question.answer === "MPS");
    expect(mps).toBeDefined();
    expect(typed(mps!, "Monte dei Paschi di Siena")).toBe(1);
  });

  it("accepts the shorter forms of a spelled-out name that the text uses too, and the name with its abbreviation", () => {
    const text = `Sparkasse aus dem Trentino sucht einen Käufer

Trient – Die Cassa Rurale di Pergine (CRP) sucht nach hohen Verlusten einen Käufer. Die CRP hatte im vergangenen Jahr 120 Millionen Euro verloren, teilte die Bank am Montag mit. Die Cassa Rurale gilt als eines der ältesten Geldhäuser der Region. Nach Angaben der Gewerkschaft beschäftigt die CRP derzeit 800 Menschen in 40 Filialen. Die Bankenaufsicht will bis Ende März über einen Verkauf entscheiden.`;
    const gap = gaps("crp", text).find((question) => question.answer === "CRP");
    expect(gap).toBeDefined();
    for (const form of ["CRP", "Cassa Rurale di Pergine", "Cassa Rurale", "Cassa Rurale di Pergine (CRP)"]) expect(typed(gap!, form), form).toBe(1);
    // Not a word of it alone, nor a part the text never uses for it.
    for (const form of ["Cassa", "Pergine", "Rurale di Pergine", "Cassa Rurale di"]) expect(typed(gap!, form), form).toBe(0);

    // The same name where the text never shortens it: only its whole form and its abbreviation.
    const unshortened = text.replace("Die Cassa Rurale gilt", "Sie gilt");
    const strict = gaps("crp-whole", unshortened).find((question) => question.answer === "CRP");
    expect(strict).toBeDefined();
    expect(typed(strict!, "Cassa Rurale di Pergine")).toBe(1);
    expect(typed(strict!, "Cassa Rurale")).toBe(0);
  });
});

describe("names in their own order", () => {
  it("takes the first part of a Korean name as the surname", () => {
    const text = `Südkorea: Regierungschef tritt zurück

Seoul – Der südkoreanische Regierungschef Kang Min-ho hat am Montag seinen Rücktritt angekündigt. Kang sagte vor Journalisten in Seoul, er übernehme die Verantwortung für den Unfall. Die Opposition hatte seinen Rücktritt seit Wochen gefordert. Kang war erst seit einem Jahr im Amt.`;
    const person = extractFacts(text).persons.find((candidate) => candidate.name === "Kang Min-ho");
    expect(person?.surname).toBe("Kang");
    expect(person?.givenName).toBe("Min-ho");
    // The later mentions by surname alone belong to the same person.
    expect(person?.mentions.map((mention) => mention.text)).toContain("Kang");
  });
});

describe("what a gap sentence is", () => {
  const text = `Handelsabkommen: Bauern fürchten um ihre Spezialitäten

Wien – Die Verhandlungen über das Handelsabkommen gehen in die nächste Runde, sagte Kammerpräsident Gustav Rainer. Die Bauern wollen die Herkunftsbezeichnungen ihrer Spezialitäten schützen. · Der größte Streitpunkt im Handelsabkommen ist der Schutz regionaler Herkunftsbezeichnungen. Streitfall Gentechnik · Kompliziert wird es bei den Regeln für Saatgut im Handelsabkommen.`;

  it("starts no sentence with a list bullet and ends one before it", () => {
    const sentences = extractFacts(text).passages.flatMap((passage) => passage.sentences.map((sentence) => text.slice(sentence.start, sentence.end)));
    expect(sentences).toContain("Der größte Streitpunkt im Handelsabkommen ist der Schutz regionaler Herkunftsbezeichnungen.");
    expect(sentences.some((sentence) => sentence.includes("·"))).toBe(false);
    for (const question of gaps("handel", text)) expect(question.before).not.toMatch(/^\s*·/u);
  });

  it("asks no place as a term when the text names it after a preposition only", () => {
    const village = `Rebellen vertreiben Tausende aus Kalutenga

Goma – Nach schweren Kämpfen um Kalutenga sind Tausende Menschen über die Grenze geflohen. Die Rebellen übernahmen am Sonntag die Kontrolle über Kalutenga, teilten Helfer mit. Viele Familien aus Kalutenga leben nun in Zelten. Die Helfer rechnen mit weiteren Flüchtlingen.`;
    const terms = gaps("dorf", village).filter((question) => question.topic === "term");
    expect(terms.map((question) => question.answer)).not.toContain("Kalutenga");
  });

  it("keeps a negated hedge whole in the figure as the text writes it", () => {
    const protest = `Mahnwache vor dem Rathaus bleibt klein

Graz – Jeden Freitag versammeln sich Gegner des neuen Einkaufszentrums vor dem Grazer Rathaus. Zu den Mahnwachen kommen laut Polizei nicht mehr als 60 Teilnehmer. Die Bürgerinitiative will dennoch bis zur Abstimmung im Gemeinderat weitermachen.`;
    const [bank] = generateBank([{ id: "protest", text: protest }]);
    const figures = bank!.questions.filter(
      (question): question is Extract<Question, { type: "numeric" }> => question.type === "numeric" && question.evidence.quote.includes("nicht mehr als"),
    );
    expect(figures.length).toBeGreaterThan(0);
    for (const question of figures) expect(question.answerText).toMatch(/^nicht mehr als 60/u);
  });

  it("asks nothing of a sentence whose 'damals' points at a time an earlier sentence named", () => {
    const election = `Neuwahl im Gemeinderat von Wels beschlossen

Wels – Der Gemeinderat von Wels hat am Dienstag eine Neuwahl für den Herbst beschlossen. Die Bürgerliste hatte bei der Wahl im März ihre Mehrheit verloren. Damals hatte die Bürgerliste nach 20 Jahren erstmals 14 ihrer 30 Sitze eingebüßt, blieb aber stärkste Fraktion im Gemeinderat. Bürgermeister Anton Huemer will erneut antreten.`;
    const [bank] = generateBank([{ id: "wahl", text: election }]);
    const fromDamals = bank!.questions.filter((question) => question.evidence.quote.startsWith("Damals"));
    expect(fromDamals).toEqual([]);
  });
});
