/**
 * Gap sentences and statements must read on their own: no pronoun, pointer or epithet whose referent
 * only an earlier sentence names, where the question depends on it; no subtitle fragments; no gap the
 * rest of its sentence computes. Sentences written here, of the kinds news texts have.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";
import { quantityQuestions } from "../../../src/generate/quantities";
import { quoteStandsAlone, standsAlone } from "../../../src/generate/standalone";
import { contextOf, emptyFacts, person, spanOf } from "./facts";

/** Whether the only sentence of a text stands alone with a gap at `gapWord`. */
function alone(sentence: string, gapWord: string, names: string[] = [], name = false): boolean {
  const facts = emptyFacts(sentence, "Titel");
  facts.persons = names.map((written) => person(sentence, written));
  const doc = contextOf("doc", sentence, facts);
  return standsAlone(doc, { start: 0, end: sentence.length }, { ...spanOf(sentence, gapWord), name });
}

describe("standsAlone", () => {
  it("rejects a sentence that opens with a pronoun or pointer for someone named before", () => {
    expect(alone("Er wurde 1987 in Frankreich geboren und wuchs in Paris auf.", "1987")).toBe(false);
    expect(alone("Dabei seien mehr als 800 Ziele zerstört worden, sagte ein Sprecher.", "800")).toBe(false);
    expect(alone("Dafür nimmt man 50 Millionen Euro in die Hand.", "50")).toBe(false);
    expect(alone("Heuer sollen es rund zwei Milliarden Euro sein.", "zwei")).toBe(false);
    expect(alone("Andernfalls werde die Armee in den politischen Streit hineingezogen.", "Streit")).toBe(false);
    // After "Und", "Aber" or "Alles" the first clause opens as the sentence would: its "sie", "das", "dies" point back.
    expect(alone("Und sie sieht auch Fortschritte gegenüber einer – allerdings kleineren – Studie aus dem Jahr 2010.", "2010")).toBe(false);
    expect(alone("Und gerade das ist das Geheimnis seines Erfolgs.", "Erfolgs")).toBe(false);
    expect(alone("Alles dies sind Themen, über die der Kandidat, der 2011 debütierte, nicht gerne spricht.", "2011")).toBe(false);
    expect(alone("Und die Regierung kündigte für 2017 neue Gespräche mit den Ländern an.", "2017")).toBe(true);
    // "entsprechende Pläne", "besagte Studie": the plans or the study the text named before.
    expect(alone("In den USA gibt es bereits entsprechende Teststrecken für Fahrzeuge.", "USA")).toBe(false);
    expect(alone("Die besagte Studie umfasst 300 Seiten.", "300")).toBe(false);
    expect(alone("Deshalb stiegen die Kosten im vergangenen Jahr auf 30 Millionen Euro.", "30")).toBe(false);
    expect(alone("Trotzdem erreichte die Partei bei der Wahl 30 Prozent der Stimmen.", "30")).toBe(false);
    // "Grund ist ...": the reason for what the sentence before said; "Grund für den Streit ist" names it.
    expect(alone("Grund ist ein Interview, in dem der Botschafter Warschau 30 Fehler vorwarf.", "30")).toBe(false);
    expect(alone("Grund für den Streit ist ein Interview, in dem der Botschafter Warschau 30 Fehler vorwarf.", "30")).toBe(true);
    // "hier": the place or the thing an earlier sentence described.
    expect(alone("Auf jeden Lehrenden kommen hier nur drei Studierende, im Schnitt sind es 17.", "17")).toBe(false);
    expect(alone("Auch hierbei wurden mehr als 40 Menschen verletzt, teilte die Polizei mit.", "40")).toBe(false);
    expect(alone("Hierzulande arbeiten rund 25.000 Menschen in der Windindustrie.", "25.000")).toBe(true);
    // "Das soll sich ändern, womit ...": the clause with the gap goes on with what "Das" points at.
    expect(alone("Das soll sich in den nächsten Tagen aber ändern, womit zusätzlich 550 Plätze geschaffen werden.", "550")).toBe(false);
    expect(alone("Das ist erstmals ein klares Bekenntnis zur Region, sagte Florian Bieber.", "Florian Bieber", ["Florian Bieber"], true)).toBe(true);
  });

  it("rejects epithets for someone or something named before", () => {
    expect(alone("Die 52-Jährige wurde im März 2015 zur Präsidentin gewählt.", "2015")).toBe(false);
    expect(alone("Bei 101 Straftaten entfielen 24 auf den Freistaat, dahinter rangiert Bayern.", "24")).toBe(false);
    expect(alone("Die gleiche Summe soll an die Vereinten Nationen gehen, sagte der Minister.", "Summe")).toBe(false);
    // Also with adjectives between article and epithet: which regime, which bank?
    expect(alone("Der Sicherheitsrat verschärfte jüngst seine Sanktionen gegen das kommunistische Regime.", "Sicherheitsrat")).toBe(false);
    expect(alone("Gefragt wird, warum nicht schon 2011 eine Abbaulösung für die marode Bank gefunden wurde.", "2011")).toBe(false);
    expect(alone("Der Sicherheitsrat verschärfte jüngst seine Sanktionen gegen das Regime in Pjöngjang.", "Sicherheitsrat")).toBe(true);
    // A company's epithet, where the sentence names an office by the company's name: that company.
    expect(alone("Derzeit seien etwa 145.000 Beschäftigte Aktionäre des Konzerns, sagte Siemens-Chef Joe Kaeser.", "145.000")).toBe(true);
    expect(alone("Derzeit seien etwa 145.000 Beschäftigte Aktionäre des Konzerns, sagte der Betriebsrat Joe Kaeser.", "145.000")).toBe(false);
    expect(alone("Derzeit seien etwa 145.000 Menschen Bürger des Freistaats, sagte Bayern-Chef Markus Huber.", "145.000")).toBe(false);
  });

  it("rejects a definite approach, idea, method or proposal that only an earlier sentence describes ('In den Ansatz hat ...')", () => {
    expect(alone("In den Ansatz hat die Firma Roche rund eine Milliarde Euro investiert.", "Roche")).toBe(false);
    expect(alone("Der Bürgermeister nennt sich keinen Verfechter der Idee, er wolle sie aber prüfen lassen.", "Bürgermeister")).toBe(false);
    expect(alone("Mit der Methode Crispr haben Forscher in Boston die Viren entfernt.", "Boston")).toBe(true);
    const text = `Organe aus dem Schwein

Boston – Forscher wollen menschliche Organe in Schweinen züchten. In den Ansatz hat die Firma Roche rund eine Milliarde Euro investiert und scheiterte. Der Genetiker Karl Berger stellte am Montag in Boston neue Ergebnisse vor.`;
    const shown = generateBank([{ id: "organe", text }])[0]!.questions.map((question) =>
      question.type === "truefalse"
        ? question.statement
        : question.type === "cloze" || question.type === "numeric"
          ? `${question.before}${question.after}`
          : question.stem,
    );
    expect(shown.filter((words) => words?.includes("den Ansatz"))).toEqual([]);
  });

  it("takes no time for the owner of a possessive ('Vor einem Jahr sei seine Forderung ...')", () => {
    expect(alone("Vor einem Jahr hingegen sei seine Forderung noch von der Partei ÖVP abgelehnt worden.", "ÖVP", [], true)).toBe(false);
    expect(alone("Vor einem Jahr hingegen sei die Forderung der Gewerkschaft noch von der Partei ÖVP abgelehnt worden.", "ÖVP", [], true)).toBe(true);
  });

  it("takes no place named after a possessive for its owner ('seine Forderung ... von der ÖVP Burgenland'), but a person", () => {
    const withPlace = (sentence: string, gapWord: string, place: string, names: string[] = []) => {
      const facts = emptyFacts(sentence, "Titel");
      facts.persons = names.map((written) => person(sentence, written));
      facts.places = [{ name: place, mentions: [{ ...spanOf(sentence, place), text: place }] }];
      return standsAlone(contextOf("doc", sentence, facts), { start: 0, end: sentence.length }, { ...spanOf(sentence, gapWord), name: true });
    };
    expect(withPlace("Vor einem Jahr hingegen sei seine Forderung nach mehr Soldaten noch von der ÖVP Burgenland abgelehnt worden.", "ÖVP", "Burgenland")).toBe(
      false,
    );
    expect(withPlace("Vor seiner Reise nach Kärnten sagte Kanzler Karl Huber, er sei zuversichtlich.", "Karl Huber", "Kärnten", ["Karl Huber"])).toBe(true);
  });

  it("rejects 'das' after the verb as the sentence's subject ('Gelingen soll das mit ...'), not the article 'das' there", () => {
    expect(alone("Gelingen soll das mit dem neuen Projekt Brückenbau in den kommenden Jahren.", "Brückenbau")).toBe(false);
    expect(alone("Dann entspricht das dem Koalitionsübereinkommen, das die SPÖ und die FPÖ im Land haben.", "SPÖ")).toBe(false);
    expect(alone("Dann tritt das neue Gesetz am 1. Jänner in Kraft, sagte die Ministerin gestern.", "Gesetz")).toBe(true);
  });

  it("rejects reported speech with 'man' that does not say whose words it gives", () => {
    expect(alone("In Abstimmung mit dem Koalitionspartner habe man bisher rund 170 Beschlüsse gefasst.", "170")).toBe(false);
    expect(alone("In Abstimmung mit dem Koalitionspartner habe man bisher rund 170 Beschlüsse gefasst, sagte Hans Niessl.", "170", ["Hans Niessl"])).toBe(true);
    expect(alone("Laut Regierung habe man bisher rund 170 Beschlüsse gefasst.", "170")).toBe(true);
  });

  it("takes no question of the text's own for a statement ('... haben Sie Reformerfahrungen aus Georgien umgesetzt?')", () => {
    expect(alone("STANDARD: Wird die Regierung in Georgien die Reform der Polizei noch in diesem Jahr fortsetzen?", "Georgien", [], true)).toBe(false);
    expect(alone("STANDARD: Wird die Regierung in Georgien die Reform der Polizei noch in diesem Jahr fortsetzen?“", "Georgien", [], true)).toBe(false);
    expect(alone("Saakaschwili: Die USA haben drei Millionen Dollar für die Reform der Polizei gegeben.", "USA", [], true)).toBe(true);
  });

  it("takes 'nach diesen Angaben' for the source of the report, as 'nach ihren Angaben', not for what the sentence is about", () => {
    expect(alone("Insgesamt stellte die Polizei nach diesen Angaben im Vorjahr 13.846 rechte Straftaten fest.", "13.846")).toBe(true);
    expect(alone("Diesen Zahlen zufolge stellte die Polizei im Vorjahr 13.846 rechte Straftaten fest.", "13.846")).toBe(true);
    // What the report is about, pointed at, still points back.
    expect(alone("Insgesamt stellte die Polizei nach diesen Angaben im Vorjahr 13.846 solche Straftaten fest.", "13.846")).toBe(false);
    expect(alone("Insgesamt stellte diese Behörde im Vorjahr 13.846 rechte Straftaten fest.", "13.846")).toBe(false);
  });

  it("takes 'dort' for a place named before it, never for a person or the name the gap asks for", () => {
    expect(alone("Bei der Wahl hat die Liste von Anna Berger dort 30 Prozent erreicht.", "30", ["Anna Berger"])).toBe(false);
    expect(alone("Bei der Wahl hat Anna Berger dort 30 Prozent der Stimmen erreicht.", "Anna Berger", ["Anna Berger"], true)).toBe(false);
    expect(alone("Die Ministerin wechselt nach Niederösterreich und wird dort Landesrätin für Soziales.", "Landesrätin")).toBe(true);
  });

  it("rejects a pronoun of the gap's own clause, also after a name there", () => {
    expect(alone("Im Gegensatz zu Dung ist er China gegenüber deutlich aufgeschlossener.", "China", ["Dung"], true)).toBe(false);
  });

  it("accepts a pronoun that stands for a name or noun of an earlier clause", () => {
    expect(alone("Angela Merkel sagte am Montag, sie werde 2021 nicht mehr kandidieren.", "2021", ["Angela Merkel"])).toBe(true);
    expect(alone("Die Regierung kündigte an, sie werde 500 Soldaten in den Irak schicken.", "500")).toBe(true);
  });

  it("takes an 'es' that stands for an infinitive after it for no one, not a subject that acts nor an object", () => {
    expect(alone("Allerdings ist es den Demokraten in 50 Jahren nie gelungen, drei Amtsperioden in Folge zu gewinnen.", "50")).toBe(true);
    expect(alone("Die Forscher zeigten, wie schwierig es für den Bund sei, 500 Container aufzustellen.", "500")).toBe(true);
    expect(alone("Es warf der Regierung in Seoul vor, 30 Angriffe geplant zu haben.", "30")).toBe(false);
    expect(alone("Er kaufte das Auto für 500 Euro, um es zu reparieren.", "500")).toBe(false);
  });

  it("rejects 'Das geht ...', 'deshalb' or 'daher' in the gap's clause and 'als Grund' for what it does not say, not 'deshalb ..., weil' nor an article 'Das'", () => {
    expect(alone("Das geht aus dem der APA vorliegenden Stabilitätsprogramm hervor, das am Dienstag kam.", "Stabilitätsprogramm")).toBe(false);
    expect(alone("EU-Einsätze wie etwa in Mali werden deshalb dezentral aus den Mitgliedstaaten geleitet.", "Mali")).toBe(false);
    expect(alone("Polen war daher teilweise verantwortlich für die Katastrophe im September 1939.", "September 1939")).toBe(false);
    expect(alone("Das 100 Millionen Jahre alte Fossil ist vor allem deshalb eine Sensation, weil es Beine hat.", "Fossil")).toBe(true);
    expect(alone("Das von der Staatsanwaltschaft gewünschte Verfahren dürfte aufwendig und langwierig werden.", "Verfahren")).toBe(true);
    expect(alone("Das neue Gesetz tritt am 1. Jänner in Kraft, sagte die Ministerin gestern.", "Gesetz")).toBe(true);
    // The reason for something the sentence does not name.
    expect(alone("Als Grund nannte Außenminister Karl Huber am Sonntag die Übernahme eines Stützpunktes.", "Karl Huber", ["Karl Huber"], true)).toBe(false);
    expect(
      alone("Als Grund für den Rückzug nannte Außenminister Karl Huber am Sonntag die Übernahme eines Stützpunktes.", "Karl Huber", ["Karl Huber"], true),
    ).toBe(true);
    expect(quoteStandsAlone("nannte als Grund am Sonntag die Übernahme eines Stützpunktes")).toBe(false);
  });

  it("accepts a pointer outside the gap's clause, and pointers that point forward or at time", () => {
    expect(alone("Um dieses Momentum zu nutzen, kündigte Fallon die Verdoppelung der Ausbilder auf 500 an.", "500", ["Fallon"])).toBe(true);
    expect(alone("Es gebe 352 Verletzte, 99 davon seien akute Notfälle.", "352")).toBe(true);
    expect(alone("Die Regierung drängt darauf, dass Brüssel die Kosten 2017 anerkennt.", "2017")).toBe(true);
    // The verb's particle between the pointer and the clause it points to ("gehen davon aus, dass ...").
    expect(alone("Die Forscher gehen in ihrem Modell von 2017 davon aus, dass die Zahlungsmoral gestiegen ist.", "Modell")).toBe(true);
    expect(alone("Die Regierung wies 2017 darauf hin, dass Brüssel die Kosten anerkennt.", "2017")).toBe(true);
    // Not a pointer that is no object of the verb: "hielt dabei fest" (at that occasion), "kurz darauf" (after that).
    expect(alone("Die Regierung hielt 2017 dabei fest, dass Brüssel die Kosten anerkennt.", "2017")).toBe(false);
    expect(alone("Die Regierung stellte 2017 kurz darauf fest, dass Brüssel die Kosten anerkennt.", "2017")).toBe(false);
    expect(alone("In dieser Woche reisen 40 Abgeordnete nach Brüssel zur Konferenz.", "40")).toBe(true);
    expect(alone("Nach ihren Angaben arbeiten bereits mehr als 25.000 Menschen in der Windindustrie.", "25.000")).toBe(true);
  });

  it("accepts words that point forward to their clause or stand for nothing, not words that point back", () => {
    // A pointer before the infinitive clause it points to, right after it or after its verb's particle.
    expect(quoteStandsAlone("Die Bahn rechnet damit, im nächsten Jahr pünktlicher zu fahren")).toBe(true);
    expect(quoteStandsAlone("Die neue Software sei noch weit davon entfernt, fehlerfrei zu laufen")).toBe(true);
    expect(alone("Die Regierung ist noch weit davon entfernt, 2017 einen Haushalt vorzulegen.", "2017")).toBe(true);
    expect(quoteStandsAlone("Die Bahn rechnet damit")).toBe(false);
    expect(quoteStandsAlone("Die Stadt braucht dafür, um Geld zu sparen, neue Regeln")).toBe(false);
    // "dort, wo ...": the clause after it says which place.
    expect(quoteStandsAlone("Im Gesetz könne stehen, dass man dort eingreift, wo die Quote nicht erfüllt ist")).toBe(true);
    expect(quoteStandsAlone("Im Gesetz könne stehen, dass man dort eingreift")).toBe(false);
    expect(quoteStandsAlone("Man greife dort ein, weil die Quote nicht erfüllt ist")).toBe(false);
    // "es kommt zu ...", "es mit ... zu tun haben", "sei es schwieriger, ... zu": an "es" that stands for nothing or what follows.
    expect(quoteStandsAlone("Wir gehen davon aus, dass es zu einem sehr umfangreichen Verfahren kommt")).toBe(true);
    expect(quoteStandsAlone("Sollte es im Herbst zu neuen Streiks kommen, drohen hohe Verluste")).toBe(true);
    expect(quoteStandsAlone("In vielen Regionen haben wir es mit einer überlasteten Verwaltung zu tun")).toBe(true);
    expect(quoteStandsAlone("In der heutigen Arbeitswelt sei es immer schwieriger, eine feste Stelle zu finden")).toBe(true);
    // "es ... möglich machen, ... zu": the "es" stands for the infinitive; "es machen" is a deed.
    expect(quoteStandsAlone("Wir brauchen Regeln, die es uns möglich machen, den Wandel zu gestalten")).toBe(true);
    expect(quoteStandsAlone("Die Reform macht es leichter, neue Firmen zu gründen")).toBe(true);
    expect(quoteStandsAlone("Die Reform macht es im Herbst, neue Firmen zu gründen")).toBe(false);
    expect(quoteStandsAlone("Wir wissen nicht, ob es rechtzeitig zu Hause ankommt")).toBe(false);
    expect(quoteStandsAlone("Wir haben es mit dem Zug nach Wien geschickt")).toBe(false);
    expect(quoteStandsAlone("Gestern sei es gestohlen worden, um es im Ausland zu verkaufen")).toBe(false);
  });

  it("rejects subtitle fragments, doubled words, cut parentheses and English page furniture", () => {
    expect(alone("Insgesamt 459 Angriffe.", "459")).toBe(false);
    expect(alone("Sieben Terroristen seien gestorben.", "Sieben")).toBe(false);
    expect(alone("Die Zollfahndung hat in in einer Lagerhalle 50 seltene Papageien beschlagnahmt.", "50")).toBe(false);
    expect(alone("Das ist nur ein Nebenergebnis der Studie Standardüberprüfung Deutsch (4.", "4")).toBe(false);
    expect(alone("Video playback experiments support a role for the visual assessment of opponent size in 2015.", "2015")).toBe(false);
  });
});

describe("a sentence with two words glued together", () => {
  const standsIn = (text: string, sentence: string, gapWord: string) => {
    const doc = contextOf("doc", text, emptyFacts(text, "Titel"));
    const start = text.indexOf(sentence);
    const gap = spanOf(text, gapWord);
    return standsAlone(doc, { start, end: start + sentence.length }, gap);
  };

  it("is no gap sentence where the second word stands alone elsewhere ('HansNiessl' and 'Niessl'), but a name in one word is", () => {
    const fused = "Landeshauptmann HansNiessl zeigt sich mit der Arbeit der Landesregierung zufrieden.";
    expect(standsIn(`${fused} Niessl lobte den Koalitionspartner.`, fused, "Landesregierung")).toBe(false);
    expect(standsIn(`${fused} Der Landeshauptmann lobte den Koalitionspartner.`, fused, "Landesregierung")).toBe(true);
    const brand = "Die Google-Software AlphaGo gewann auch die dritte Partie gegen den Weltmeister.";
    expect(standsIn(`${brand} Die Software lernt weiter.`, brand, "Partie")).toBe(true);
  });
});

describe("a sentence with a word the text itself shows misspelt", () => {
  const standsIn = (text: string, sentence: string, gapWord: string) => {
    const doc = contextOf("doc", text, emptyFacts(text, "Titel"));
    const start = text.indexOf(sentence);
    return standsAlone(doc, { start, end: start + sentence.length }, spanOf(text, gapWord));
  };

  it("is no gap sentence where a letter too many makes a word the text writes elsewhere, or a weekday", () => {
    const misspelt = "Der Festgenommene soll sich der Jidhadistenmiliz in Syrien angeschlossen haben.";
    const right = "Die Polizei nennt die Jihadistenmiliz Islamischer Staat als Auftraggeber.";
    expect(standsIn(`${misspelt} ${right}`, misspelt, "Syrien")).toBe(false);
    expect(standsIn(`${right} Der Festgenommene soll sich der Miliz in Syrien angeschlossen haben.`, right, "Jihadistenmiliz")).toBe(true);
    const weekday = "Die Auftaktveranstaltung beginnt am Donnnerstag um 19 Uhr im Medienkulturhaus.";
    expect(standsIn(weekday, weekday, "Medienkulturhaus")).toBe(false);
    expect(standsIn(weekday.replace("Donnnerstag", "Donnerstag"), weekday.replace("Donnnerstag", "Donnerstag"), "Medienkulturhaus")).toBe(true);
  });

  it("keeps forms of one word: endings, and a past or subjunctive 't' before them", () => {
    const forms = "Die Ministerinnen müssten den Bundesländern helfen, die Länder müssen warten.";
    expect(standsIn(`${forms} Die Bundesländer klagen.`, forms, "Länder")).toBe(true);
    const verbs = "Die Flugzeuge bombardierten am Montag Stellungen der Rebellen in Syrien.";
    expect(standsIn(`${verbs} Sie bombardieren weiter.`, verbs, "Stellungen")).toBe(true);
  });
});

describe("quoteStandsAlone", () => {
  it("rejects quotes that point outside themselves", () => {
    expect(quoteStandsAlone("Wir müssen darüber eine ausführliche Debatte führen")).toBe(false);
    expect(quoteStandsAlone("Im Gegensatz zu diesen alten Abkommen schützen wir die Verbraucher")).toBe(false);
    expect(quoteStandsAlone("Er hat die Idee, die Ukraine zu dominieren, noch nicht aufgegeben")).toBe(false);
    expect(quoteStandsAlone("Wir lassen niemanden allein")).toBe(true);
  });

  it("keeps a possessive after a noun of the words, which is theirs, not one that opens them", () => {
    expect(quoteStandsAlone("Es gehe China bei der Verfolgung der Separatisten um Kerninteressen seines Landes")).toBe(true);
    expect(quoteStandsAlone("Die Hilfe für die Armee sollte ihr Interesse an einem politischen Prozess steigern")).toBe(true);
    expect(quoteStandsAlone("Sein Rücktritt sei längst überfällig")).toBe(false);
    expect(quoteStandsAlone("Mit seiner Partei werde es keine Koalition geben")).toBe(false);
  });

  it("takes the 'es' of 'es gibt' with a modal verb ('Es soll ... geben') for no one, not an 'es' that acts", () => {
    expect(quoteStandsAlone("Es soll auch einen echten Testbetrieb geben")).toBe(true);
    expect(quoteStandsAlone("Künftig könne es in Wien mehr Wohnungen geben")).toBe(true);
    expect(quoteStandsAlone("Es soll bis 2020 fertig sein")).toBe(false);
  });

  it("takes the 'es' of 'es gibt' in a subordinate clause ('dass es ... gebe') for no one, not an 'es' that acts there", () => {
    expect(quoteStandsAlone("Wichtig sei, dass es ein ganz offenes Gesprächsklima gebe")).toBe(true);
    expect(quoteStandsAlone("Offen sei, ob es in Wien genug Wohnungen gibt")).toBe(true);
    expect(quoteStandsAlone("Wichtig sei, dass es ein ganz offenes Gesprächsklima fördere")).toBe(false);
  });

  it("takes the 'es' of the perfect of 'es gibt' ('habe es ... gegeben') for no one, not an 'es' someone gave", () => {
    expect(quoteStandsAlone("Laut der Polizei habe es bei der Kundgebung zwei Festnahmen gegeben")).toBe(true);
    expect(quoteStandsAlone("Es hat bei dem Brand in der Lagerhalle zwei Verletzte gegeben")).toBe(true);
    expect(quoteStandsAlone("Der Sprecher betonte, dass es keine Verletzten gegeben habe")).toBe(true);
    expect(quoteStandsAlone("Er hat es der Polizei noch am Abend gegeben")).toBe(false);
    expect(quoteStandsAlone("Die Mutter habe es dem Nachbarn gegeben")).toBe(false);
    expect(quoteStandsAlone("Es hat sich für die Gemeinde gelohnt")).toBe(false);
    // The sentence asked about: the figure of "es gab" in the perfect is asked, the sentence stands alone.
    expect(alone("Laut dem Bürgermeister Karl Huber habe es bei dem Hochwasser vier Tote gegeben.", "vier", ["Karl Huber"])).toBe(true);
  });

  it("reads a figure's point or comma ('2.500', '1,5') inside 'es gibt' as no end of the clause", () => {
    // The figure asked and another one between "es" and its verb: the "es" still stands for nothing.
    expect(alone("In der Studie mit 8.000 Teilnehmern hätte es Hörtests von 1.500 Kindern gegeben.", "1.500")).toBe(true);
    expect(alone("Bei der Umfrage unter 1.200 Lehrern hat es 300 Beschwerden gegeben.", "300")).toBe(true);
    expect(alone("Im Herbst soll es für 1,5 Millionen Pendler ein neues Ticket geben.", "1,5")).toBe(true);
    expect(alone("Dass es bei 12.000 Besuchern keine Zwischenfälle gab, freute die Veranstalter.", "12.000")).toBe(true);
    expect(alone("Beim Spiel vor 40.000 Zuschauern ist es zu schweren Ausschreitungen gekommen.", "40.000")).toBe(true);
    // A point that ends a sentence or an ordinal still ends the search: "es" acts or points back.
    expect(alone("Es hat am 3. Oktober 200 Euro gekostet.", "200")).toBe(false);
    expect(alone("Er hat es 2.500 Kunden gegeben.", "2.500")).toBe(false);
  });

  it("takes 'sein' before a mark for the verb, not a possessive without its noun", () => {
    expect(quoteStandsAlone("Noch wichtiger wird sein, wer die Wahl gewinnt")).toBe(true);
    expect(quoteStandsAlone("Die Reform werde ein Erfolg sein.")).toBe(true);
    expect(quoteStandsAlone("Sein Erfolg werde groß sein.")).toBe(false);
  });
});

describe("figures", () => {
  /** The answers of the figure gaps of a one-sentence text whose figures are given. */
  function figureGaps(sentence: string, figures: [string, number][]): number[] {
    const facts = emptyFacts(sentence, "Titel");
    facts.quantities = figures.map(([written, value]) => ({ ...spanOf(sentence, written), text: written, value, approx: false }));
    return quantityQuestions(contextOf("doc", sentence, facts)).flatMap((question) => (question.type === "numeric" ? [question.answer] : []));
  }

  it("does not ask a figure that the other figures of its sentence compute", () => {
    const votes = "Im Landtag stimmten 68 von 70 Abgeordneten für den Antrag, zwei enthielten sich der Stimme.";
    expect(figureGaps(votes, [["68", 68]])).toEqual([]);
    const funds = "Die Regierung gibt 11,5 Millionen Euro, davon 5,5 Millionen für Jordanien, 5 Millionen für den Libanon und eine Million für die Türkei.";
    expect(figureGaps(funds, [["5,5", 5.5]])).toEqual([]);
    const unrelated = "Im Landtag stimmten 38 von 70 Abgeordneten für den Antrag, zwei enthielten sich der Stimme.";
    expect(figureGaps(unrelated, [["38", 38]])).toEqual([38]);
  });

  it("does not ask numbers that name rather than count: models, ages in parentheses", () => {
    const phone = "Apple hat versprochen, das im Herbst erscheinende iPhone 7 werde viele Menschen überzeugen.";
    expect(figureGaps(phone, [["7", 7]])).toEqual([]);
    const age = "Der Flüchtling John Kibanga (29) aus Rutshuru lebt seit Jahren in Kampala.";
    expect(figureGaps(age, [["29", 29]])).toEqual([]);
    // A currency's conversion in brackets: the text's service to the reader, no fact of the story.
    const prize = "AlphaGo sicherte sich bereits das Preisgeld von einer Million Dollar (901.710 Euro), das gespendet wird.";
    expect(figureGaps(prize, [["901.710", 901710]])).toEqual([]);
    const loan = "Beide Staaten streiten über einen Kredit von drei Milliarden US-Dollar (rund 2,7 Mrd. Euro) für die Ukraine.";
    expect(figureGaps(loan, [["2,7", 2.7]])).toEqual([]);
    // One side of a score ("mit 5:0", "die 3:0-Führung"): no figure to ask.
    const score = "AlphaGo hatte den Europameister Fan Hui im Oktober mit 5:0 deklassiert.";
    expect(figureGaps(score, [["5", 5]])).toEqual([]);
    expect(figureGaps(score, [["0", 0]])).toEqual([]);
    // A rank counts: where a country stands on a list is a finding, not a model's name.
    const rank = "Auf der Rangliste der Pressefreiheit liegt die Türkei auf Platz 149 von 180 Staaten.";
    expect(figureGaps(rank, [["149", 149]])).toEqual([149]);
  });
});
