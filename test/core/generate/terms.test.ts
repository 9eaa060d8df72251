/** The key terms of a text as gaps, through the whole generator: what the story is about, never a name. */
import { describe, expect, it } from "vitest";
import { MIN_FILL_SALIENCE, MIN_SALIENCE } from "../../../src/bank/quiz";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const TEXT = `Zoll findet seltene Papageien in Lagerhalle

Wien – Die Zollfahndung hat in einer Lagerhalle im Weinviertel 50 seltene Papageien beschlagnahmt. Die Tiere wurden nach Angaben der Behörde bei Händlern in Südamerika gekauft. Ein Belgier und zwei Österreicher wurden festgenommen, sagte Sprecherin Maria Huber. Die Firma Tiertrans hatte die Halle gemietet.

Tiertrans bestreitet die Vorwürfe. Der Handel mit geschützten Papageien ist in der EU verboten. Für einen seltenen Papagei zahlen Sammler bis zu 50.000 Euro. Die Ermittler prüfen nun, ob weitere Lieferungen nach Wien gingen. Eine Lieferung war schon im Frühjahr aufgefallen. Die Ermittler vermuten ein größeres Netzwerk von Händlern.`;

function termGaps(text: string): Extract<Question, { type: "cloze" }>[] {
  const [bank] = generateBank([{ id: "zoll", text }]);
  return bank!.questions.filter((question): question is Extract<Question, { type: "cloze" }> => question.topic === "term" && question.type === "cloze");
}

describe("key terms", () => {
  it("asks the noun the text comes back to, in the lead sentence that says what happened", () => {
    const lead = termGaps(TEXT).find((question) => question.evidence.quote.startsWith("Die Zollfahndung"))!;
    expect(lead.answer).toBe("Papageien");
    expect(`${lead.before}${lead.answer}${lead.after}`).toBe(lead.evidence.quote);
    expect(lead.stem).toBe("Welcher Begriff fehlt in diesem Satz?");
    // A plain noun, even of the headline, only fills a quiz up at last, like any plain noun; a compound
    // ("Graupapageien") is what the story is about.
    expect(lead.salience).toBeLessThan(MIN_FILL_SALIENCE);
    const compound = termGaps(TEXT.replaceAll("Papagei", "Graupapagei")).find((question) => question.evidence.quote.startsWith("Die Zollfahndung"))!;
    expect(compound.answer).toBe("Graupapageien");
    expect(compound.salience).toBeGreaterThanOrEqual(MIN_SALIENCE);
  });

  it("asks each term as one fact, and further down the text only to fill a quiz up", () => {
    const gaps = termGaps(TEXT);
    expect(new Set(gaps.map((question) => question.fact)).size).toBe(1);
    // The lead and the four sentences after it are the story; what follows is background.
    const later = gaps.filter((question) => question.evidence.start >= TEXT.indexOf("Für einen seltenen"));
    expect(later.length).toBeGreaterThan(0);
    for (const question of later) expect(question.salience).toBeLessThan(MIN_SALIENCE);
  });

  it("never asks a name, inhabitants, a word the text names only twice far down, or the first word of a sentence", () => {
    const answers = termGaps(TEXT).map((question) => question.answer);
    for (const never of ["Tiertrans", "Belgier", "Österreicher", "Huber", "Wien", "Weinviertel", "Händlern", "Ermittler", "Tiere", "Firma"]) {
      expect(answers).not.toContain(never);
    }
  });

  it("never asks the end of a name with a particle ('Stade de France'), nor a company's name without its legal form ('TransCanada Corp')", () => {
    const text = `Anschläge in Paris

Paris – Vor dem Stade de France haben sich am Abend drei Attentäter in die Luft gesprengt. Am Stade de France wurden danach alle Eingänge gesperrt. Frankreich verhängte den Ausnahmezustand. Das kanadische Unternehmen TransCanada Corp sagte ein Konzert im Stadion ab. TransCanada will die Kosten tragen.`;
    const [bank] = generateBank([{ id: "paris", text }]);
    const gaps = bank!.questions.filter((question): question is Extract<Question, { type: "cloze" }> => question.type === "cloze");
    expect(gaps.map((question) => question.answer)).not.toContain("France");
    expect(gaps.filter((question) => question.after.startsWith(" Corp")).map((question) => question.answer)).toEqual([]);
  });

  it("asks a plain noun of no weight only to fill a quiz up: below every term the story is about", () => {
    const text = `Gemeinde baut neues Hallenbad

Linz – Der Gemeinderat hat am Montag den Bau eines neuen Hallenbads beschlossen. Das Verfahren für die Vergabe soll im Herbst beginnen. Die Kosten des Hallenbads liegen bei zwölf Millionen Euro. Das Verfahren dauert nach Angaben der Stadt etwa ein Jahr. Ein Teil der Kosten soll über Eintrittspreise hereinkommen.`;
    const gaps = termGaps(text);
    const salienceOf = (answer: string) => gaps.find((question) => question.answer === answer)?.salience;
    // A plain noun the title names is still the one its sentence asks, but only as a filler: such gaps were
    // worth asking no more often than other plain nouns.
    const hallenbad = salienceOf("Hallenbads");
    expect(hallenbad).toBeDefined();
    expect(hallenbad).toBeLessThan(MIN_FILL_SALIENCE);
    // "Verfahren" and "Kosten" come back, but the title names neither: any text could have them.
    for (const generic of ["Verfahren", "Kosten"]) {
      const salience = salienceOf(generic);
      if (salience !== undefined) expect(salience).toBeLessThan(0.05);
    }
  });

  it("weighs a compound of the lead as what the story is about, also where the title does not name it", () => {
    const text = `Präsident gibt Premier fünf Tage

Ankara – Präsident Kemal Arslan hat Premier Ahmet Yilmaz mit der Bildung einer Übergangsregierung beauftragt. Yilmaz soll innerhalb von fünf Tagen ein Kabinett vorstellen. Der Übergangsregierung sollen Politiker aller Parteien angehören. Die Opposition lehnt eine Beteiligung ab.`;
    const gap = termGaps(text).find((question) => question.answer === "Übergangsregierung" && question.evidence.quote.startsWith("Präsident Kemal"));
    expect(gap).toBeDefined();
    expect(gap!.salience).toBeGreaterThanOrEqual(MIN_SALIENCE);
  });

  it("weighs a long word of everyday speech as a plain noun, a compound that names the story's thing as what it is about", () => {
    // "Verhandlungen" is as long as a compound, yet any text on talks has it; "Freihandelsabkommen" names this story's thing.
    const text = `Gespräche über Zölle gehen weiter

Genf – Die Verhandlungen über ein neues Freihandelsabkommen zwischen Kanada und Mexiko gehen in die dritte Runde. Beide Seiten wollen die Verhandlungen bis zum Sommer abschließen. Ein Freihandelsabkommen würde den Handel mit Autoteilen erleichtern.`;
    const gaps = termGaps(text);
    const lead = gaps.find((question) => question.evidence.quote.startsWith("Die Verhandlungen"));
    expect(lead?.answer).toBe("Freihandelsabkommen");
    expect(lead!.salience).toBeGreaterThanOrEqual(MIN_SALIENCE);
    const talks = termGaps(text.replace("ein neues Freihandelsabkommen", "einen neuen Vertrag")).find((question) => question.answer === "Verhandlungen");
    if (talks !== undefined) expect(talks.salience).toBeLessThan(MIN_FILL_SALIENCE);
  });

  it("weighs the plural of an everyday noun in '-ion' or '-ung' as a plain noun, though as long as a compound", () => {
    const text = `Hilfe für Flüchtlinge in Jordanien

Amman – Die Regierung stellt internationalen Organisationen in Jordanien drei Millionen Euro zur Verfügung. Die Organisationen versorgen dort Flüchtlinge aus Syrien mit Nahrung. Weitere Organisationen sollen im Frühjahr folgen.`;
    const gap = termGaps(text).find((question) => question.answer === "Organisationen" && question.evidence.quote.startsWith("Die Regierung"));
    expect(gap).toBeDefined();
    expect(gap!.salience).toBeLessThan(MIN_FILL_SALIENCE);
  });

  it("asks a compound that names the story's thing further down before figures and plain terms fill a quiz up", () => {
    const text = `Stadt prüft neue Bäder

Graz – Der Gemeinderat hat am Montag über zwei neue Bäder beraten. Die Stadt will bis 2018 entscheiden. Der Bürgermeister sprach von einer guten Lösung. Die Opposition verlangt mehr Geld für die Schulen. Auch die Grünen wollen mitreden. Ein Gutachten soll im Frühjahr vorliegen. Die Kosten liegen bei 30 Millionen Euro. Das Freizeitzentrum soll auch eine Sauna haben. Im Freizeitzentrum sind 200 Parkplätze geplant. Das Freizeitzentrum öffnet frühestens 2020.`;
    const later = termGaps(text).find((question) => question.answer === "Freizeitzentrum");
    expect(later).toBeDefined();
    expect(later!.salience).toBeGreaterThanOrEqual(MIN_FILL_SALIENCE);
    expect(later!.salience).toBeLessThan(MIN_SALIENCE);
  });

  it("asks nothing where no noun comes back", () => {
    expect(termGaps("Ein Hund bellt\n\nBerlin – Ein kleiner Hund hat am Montag in einem Park laut gebellt. Die Nachbarn riefen die Polizei.")).toEqual([]);
  });
});

describe("another word of the text that fits a term's gap as well", () => {
  it("is accepted where it is the compound's head the text writes alone, not where it is another compound of that head", () => {
    const text = [
      "Kanzler beginnt Asienreise in Japan",
      "",
      "Bundeskanzler Karl Nehammer hat in Tokio seine erste große Asienreise begonnen. Japan, Südkorea und Vietnam sind die Stationen der Asienreise des Kanzlers. Die Japan-Reise soll die Handelsbeziehungen stärken. Nach der Reise will Nehammer im Parlament berichten.",
    ].join("\n");
    const gap = termGaps(text).find((question) => question.answer === "Asienreise");
    // "Reise" is the less specific word for the same trip; "Japan-Reise" names only a part of it, and elsewhere
    // another compound of the head names something else ("Bundesregierung" for a gap "Landesregierung").
    expect(gap?.accept).toEqual(["Reise"]);
  });

  it("is not the head after an indefinite article: the gap asks for a kind, which the head alone widens", () => {
    const text = [
      "Perchtoldsdorf will Marktgemeinde werden",
      "",
      "Wien – Die Gemeinde Perchtoldsdorf will im Herbst zur Marktgemeinde aufsteigen. Eine Marktgemeinde darf jede Woche einen eigenen Bauernmarkt abhalten. Der Bürgermeister hofft auf mehr Besucher in der Gemeinde.",
    ].join("\n");
    const gap = termGaps(text).find((question) => question.answer === "Marktgemeinde");
    // "Eine Gemeinde darf jede Woche einen Bauernmarkt abhalten" is not what the text says.
    expect(gap?.before).toBe("Eine ");
    expect(gap?.accept).toEqual([]);
  });

  it("is the text's other noun counted with the same ordinal ('der dritten Gymnasialklasse', 'der dritten Schulstufe')", () => {
    const text = [
      "Viele Kinder lesen schlecht",
      "",
      "Wien – Nur die Hälfte der Schüler der dritten Gymnasialklasse versteht einen einfachen Zeitungstext. Das zeigt eine Studie des Bildungsministeriums. Am Ende der dritten Schulstufe lesen die meisten Kinder noch gut. In der Gymnasialklasse wird dann weniger gelesen.",
    ].join("\n");
    const gap = termGaps(text).find((question) => question.answer === "Gymnasialklasse");
    expect(gap?.before).toBe("Nur die Hälfte der Schüler der dritten ");
    expect(gap?.accept).toEqual(["Schulstufe"]);
    // Written with digits, the same count.
    const digits = termGaps(text.replace("Am Ende der dritten Schulstufe", "Am Ende der 3. Schulstufe")).find(
      (question) => question.answer === "Gymnasialklasse",
    );
    expect(digits?.accept).toEqual(["Schulstufe"]);
    // A date with the same number counts no school year.
    const dated = termGaps(text.replace("Das zeigt eine Studie", "Das zeigt eine am 3. Oktober veröffentlichte Studie")).find(
      (question) => question.answer === "Gymnasialklasse",
    );
    expect(dated?.accept).toEqual(["Schulstufe"]);
  });
});
