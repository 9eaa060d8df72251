/**
 * Whom the actor's deed concerned ("Wen hat ... ins Ministerium bestellt?", "Gegen wen ...", "Mit wem ..."): asked where
 * an article or a preposition of one case marks the person, with the other people of the text as wrong options, on
 * short texts written for the test.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const WHOM = /^(?:Wen|Wem|Gegen wen|Für wen|Mit wem|Bei wem|Ohne wen|Durch wen) /u;

/** The whom-questions of a text: stem, key and the wrong options. */
function whomQuestionsOf(id: string, text: string) {
  return generateBank([{ id, text }])[0]!.questions.flatMap((question: Question) =>
    question.type === "single" && WHOM.test(question.stem)
      ? [
          {
            stem: question.stem,
            key: question.options.find((option) => option.id === question.answer)!.text,
            wrong: question.options.filter((option) => option.id !== question.answer).map((option) => option.text),
          },
        ]
      : [],
  );
}

describe("whom a deed concerned, where the case is marked", () => {
  it("asks 'Wen' for a person after 'den' and a role, with the actor in the stem and not among the options", () => {
    const text =
      "Streit um Spionage\n\nDie deutsche Außenministerin Anna Berger hat am Dienstag den ungarischen Botschafter Laszlo Kovacs ins Ministerium bestellt. Kanzler Thomas Maier unterstützte den Schritt.";
    expect(whomQuestionsOf("botschafter", text)).toEqual([
      { stem: "Wen hat Anna Berger laut Text am Dienstag ins Ministerium bestellt?", key: "Laszlo Kovacs", wrong: ["Thomas Maier"] },
    ]);
  });

  it("asks 'Wem' for a person after 'dem' and a role", () => {
    const text =
      "Ehrung in Salzburg\n\nLandeshauptmann Peter Gruber hat am Freitag dem Dirigenten Stefan Wolf den Ehrenring verliehen. Die Kulturstadträtin Eva Lang hielt die Laudatio.";
    expect(whomQuestionsOf("ehrenring", text)).toEqual([
      { stem: "Wem hat Peter Gruber laut Text am Freitag den Ehrenring verliehen?", key: "Stefan Wolf", wrong: ["Eva Lang"] },
    ]);
  });

  it("asks with the preposition of one case: 'Gegen wen' (accusative), 'Mit wem' (dative)", () => {
    const charge =
      "Prozess in Linz\n\nDie Staatsanwaltschaft Linz hat am Montag Anklage gegen den früheren Bürgermeister Peter Gruber erhoben. Sein Nachfolger Stefan Wolf wollte sich nicht äußern.";
    expect(whomQuestionsOf("anklage", charge)).toEqual([
      { stem: "Gegen wen hat die Staatsanwaltschaft Linz laut Text am Montag Anklage erhoben?", key: "Peter Gruber", wrong: ["Stefan Wolf"] },
    ]);
    const together =
      "Neue Sozialpartnerschaft\n\nKanzlerin Maria Huber will künftig enger mit dem Gewerkschaftschef Karl Wimmer zusammenarbeiten. Der Industrielle Franz Auer begrüßte das.";
    expect(whomQuestionsOf("partner", together)).toEqual([
      { stem: "Mit wem will Maria Huber laut Text künftig enger zusammenarbeiten?", key: "Karl Wimmer", wrong: ["Franz Auer"] },
    ]);
  });

  it("asks for a bare name where the verb takes a person in one case only ('beauftragt': Wen, 'wirft ... vor': Wem)", () => {
    const task =
      "Regierungsumbau\n\nPräsident Karl Wimmer hat Ministerin Eva Lang mit der Reform der Pensionen beauftragt. Der Industrielle Franz Auer begrüßte das.";
    expect(whomQuestionsOf("auftrag", task)).toEqual([
      { stem: "Wen hat Karl Wimmer laut Text mit der Reform der Pensionen beauftragt?", key: "Eva Lang", wrong: ["Franz Auer"] },
    ]);
    const blame =
      "Ermittlungen in Salzburg\n\nDie Staatsanwaltschaft Salzburg wirft Bürgermeister Stefan Wolf seit Montag Untreue vor. Der Abgeordnete Peter Gruber forderte seinen Rücktritt.";
    expect(whomQuestionsOf("budget", blame)).toEqual([
      { stem: "Wem wirft die Staatsanwaltschaft Salzburg laut Text seit Montag Untreue vor?", key: "Stefan Wolf", wrong: ["Peter Gruber"] },
    ]);
  });

  it("leaves out a relative clause about the person that ends the deed", () => {
    const text =
      "Schach in Wien\n\nDer Großmeister Peter Gruber besiegte am Samstag in Wien den Russen Igor Petrow, der das Turnier jahrelang dominiert hatte. Turnierleiter Stefan Wolf sprach von einer Sensation.";
    expect(whomQuestionsOf("schach", text)).toEqual([
      { stem: "Wen besiegte Peter Gruber laut Text am Samstag in Wien?", key: "Igor Petrow", wrong: ["Stefan Wolf"] },
    ]);
  });
});

describe("no whom-question where the case or the answer is not certain", () => {
  it("asks nothing for a bare name beside a verb that may take it in either case ('hat Ministerin Eva Lang den Vorsitz übertragen')", () => {
    const text =
      "Regierungsumbau\n\nPräsident Karl Wimmer hat Ministerin Eva Lang den Vorsitz der Kommission übertragen. Der Industrielle Franz Auer begrüßte das.";
    expect(whomQuestionsOf("vorsitz", text)).toEqual([]);
  });

  it("asks nothing after a preposition of either case ('hinter dem Bürgermeister ...')", () => {
    const text =
      "Wahl in Graz\n\nDer Grüne Peter Gruber landet hinter dem Bürgermeister Stefan Wolf auf dem zweiten Platz. Die Kandidatin Eva Lang kam auf Platz drei.";
    expect(whomQuestionsOf("graz", text)).toEqual([]);
  });

  it("asks nothing for 'mit' after a noun, which it belongs to ('bei einem Treffen mit Präsident ...')", () => {
    const text =
      "Gipfel in Wien\n\nKanzlerin Maria Huber sprach am Montag bei einem Treffen mit Präsident Karl Wimmer über die Budgetlage. Der Industrielle Franz Auer begrüßte das.";
    expect(whomQuestionsOf("gipfel", text)).toEqual([]);
  });

  it("asks nothing for the person of a second verb ('nannte ... und zitierte Ministerin ...')", () => {
    const text =
      "Streit in der Regierung\n\nKanzler Karl Wimmer nannte den Vergleich schockierend und zitierte am Montag Ministerin Eva Lang zu sich. Der Abgeordnete Peter Gruber forderte eine Entschuldigung.";
    expect(whomQuestionsOf("zweites", text)).toEqual([]);
  });

  it("asks nothing for one person of a list ('gegen ... Peter Gruber und seinen Bruder')", () => {
    const text =
      "Prozess in Linz\n\nDie Staatsanwaltschaft Linz hat am Montag Anklage gegen den früheren Bürgermeister Peter Gruber und seinen Bruder erhoben. Sein Nachfolger Stefan Wolf wollte sich nicht äußern.";
    expect(whomQuestionsOf("liste", text)).toEqual([]);
  });

  it("asks nothing for a person the actor is compared with ('ebenso wie', 'genauso wie', 'so wie', 'wie auch', 'als')", () => {
    const compared = [
      "beauftragte ebenso wie Kanzler Thomas Maier den Rechnungshof mit einer Prüfung",
      "beauftragte genauso wie Thomas Maier den Rechnungshof mit einer Prüfung",
      "beauftragte so wie Kanzler Thomas Maier den Rechnungshof mit einer Prüfung",
      "beauftragte wie auch Kanzler Thomas Maier den Rechnungshof mit einer Prüfung",
      "hat ebenso wie die frühere Kanzlerin Eva Maier den Rechnungshof mit einer Prüfung beauftragt",
      "hat früher als Kanzler Thomas Maier den Rechnungshof mit einer Prüfung beauftragt",
    ];
    for (const deed of compared) {
      const text = `Prüfung im Land\n\nDie Ministerin Anna Berger ${deed}. Der Analyst Karl Wimmer hielt sich zurück.`;
      expect(whomQuestionsOf("vergleich", text)).toEqual([]);
    }
  });

  it("reads a preposition before a bare role as the phrase's start, not as the role's adjective ('gegen', 'ohne')", () => {
    const charge =
      "Prozess in Graz\n\nDie Staatsanwaltschaft Graz hat am Dienstag Anklage gegen Stadtrat Martin Huber erhoben. Sein Anwalt Stefan Wolf wollte sich nicht äußern.";
    expect(whomQuestionsOf("gegen-rolle", charge)).toEqual([
      { stem: "Gegen wen hat die Staatsanwaltschaft Graz laut Text am Dienstag Anklage erhoben?", key: "Martin Huber", wrong: ["Stefan Wolf"] },
    ]);
    const without =
      "Gipfel in Brüssel\n\nKanzler Thomas Maier reiste am Montag ohne Ministerin Eva Lang nach Brüssel. Der Industrielle Franz Auer begrüßte das.";
    expect(whomQuestionsOf("ohne-rolle", without)).toEqual([
      { stem: "Ohne wen reiste Thomas Maier laut Text am Montag nach Brüssel?", key: "Eva Lang", wrong: ["Franz Auer"] },
    ]);
  });

  it("asks nothing where 'ebenso', 'auch' or 'ebenfalls' liken the deed to another one the stem does not show", () => {
    for (const likened of [
      "Ebenso scharf ging die Sozialministerin Eva Lang mit dem Kanzler Thomas Maier ins Gericht.",
      "Die Sozialministerin Eva Lang kritisierte auch den Kanzler Thomas Maier.",
      "Die Sozialministerin Eva Lang kritisierte ebenfalls den Kanzler Thomas Maier.",
    ]) {
      const text = `Streit um die Pensionen\n\nDie Opposition kritisierte die Reform scharf. ${likened} Der Industrielle Franz Auer begrüßte das.`;
      expect(whomQuestionsOf("ebenso", text)).toEqual([]);
    }
    // With the comparison in the stem the question stands on its own.
    const compared =
      "Streit um die Pensionen\n\nDie Sozialministerin Eva Lang kritisierte ebenso wie die Opposition den Kanzler Thomas Maier. Der Industrielle Franz Auer begrüßte das.";
    expect(whomQuestionsOf("ebenso-wie", compared)).toEqual([
      { stem: "Wen kritisierte Eva Lang laut Text ebenso wie die Opposition?", key: "Thomas Maier", wrong: ["Franz Auer"] },
    ]);
  });

  it("asks nothing for a person who acted together with the actor ('gemeinsam mit', 'zusammen mit')", () => {
    for (const together of ["gemeinsam mit dem Kanzler Thomas Maier", "zusammen mit Kanzler Thomas Maier"]) {
      const text = `Reform im Land\n\nDie Ministerin Anna Berger will ${together} eine Reform vorlegen. Der Analyst Karl Wimmer hielt sich zurück.`;
      expect(whomQuestionsOf("gemeinsam", text)).toEqual([]);
    }
  });

  it("still asks where 'wie' opens an aside before the object ('hat wie angekündigt Kanzler ... beauftragt')", () => {
    const text =
      "Prüfung im Land\n\nDie Ministerin Anna Berger hat wie angekündigt Kanzler Thomas Maier mit einer Prüfung beauftragt. Der Analyst Karl Wimmer hielt sich zurück.";
    expect(whomQuestionsOf("angekuendigt", text)).toEqual([
      { stem: "Wen hat Anna Berger laut Text wie angekündigt mit einer Prüfung beauftragt?", key: "Thomas Maier", wrong: ["Karl Wimmer"] },
    ]);
  });

  it("asks nothing where the text names nobody else to offer beside the answer", () => {
    const text =
      "Streit um Spionage\n\nDie deutsche Außenministerin Anna Berger hat am Dienstag den ungarischen Botschafter Laszlo Kovacs ins Ministerium bestellt.";
    expect(whomQuestionsOf("allein", text)).toEqual([]);
  });
});
