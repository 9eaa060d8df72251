/**
 * Words of accusations, charges and investigations against someone (accusations.ts): a sentence holds one of these
 * stems before its shapes are tried, and a person named in such a sentence is never a wrong answer for another.
 */
export const ACCUSATION_STEMS: readonly string[] = [
  "vorgeworfen",
  "vorwirft",
  "vorwarf",
  "wirft",
  "warf",
  "werfen",
  "warfen",
  "vorwurf",
  "vorwürf",
  "ermittel",
  "ermittl",
  "anklage",
  "angeklagt",
  "verantworten",
  "beschuldigt",
  "verdächtigt",
  "verfahren",
  "haftbefehl",
  "prozess",
  "anzeige",
];

/** Nouns of proceedings: a clause "gegen X" holding one is brought against X ("erhob Anklage gegen", "Ermittlungen gegen"). */
export const PROCEEDING_STEMS: readonly string[] = ["ermittel", "ermittl", "anklage", "verfahren", "klage", "haftbefehl", "prozess", "untersuchung", "anzeige"];

/** Finite verbs of bringing or running proceedings, with a subject before them ("Die Staatsanwaltschaft ermittelt gegen ..."). */
export const PROCEEDING_VERBS: ReadonlySet<string> = new Set([
  "ermittelt",
  "ermittelte",
  "ermitteln",
  "ermittelten",
  "erhob",
  "erhoben",
  "erhebt",
  "erheben",
  "leitete",
  "leiteten",
  "leitet",
  "leiten",
  "eröffnete",
  "eröffneten",
  "eröffnet",
  "eröffnen",
  "erstattete",
  "erstatteten",
  "stellte",
  "stellten",
  "reichte",
  "reichten",
  "führt",
  "führte",
  "führen",
  "führten",
  "hat",
  "haben",
  "hatte",
  "hatten",
]);

/** Finite verbs after "Gegen X" opening a sentence ("Gegen X laufen Ermittlungen", "Gegen X wird ermittelt"). */
export const VERBS_AFTER_AGAINST: ReadonlySet<string> = new Set([
  "läuft",
  "laufen",
  "lief",
  "liefen",
  "wird",
  "werden",
  "wurde",
  "wurden",
  "ist",
  "sind",
  "war",
  "waren",
  "hat",
  "haben",
  "hatte",
  "hatten",
  "besteht",
  "bestehen",
  "bestand",
  "erhob",
  "erhebt",
  "ermittelt",
  "ermittelte",
  "ermitteln",
  "ermittelten",
  "leitete",
  "leiteten",
]);

/** The nouns of "..., so der Vorwurf." that tell a reported clause as a charge. */
export const CHARGE_NOUNS: readonly string[] = ["Vorwurf", "Anklage", "Anklageschrift", "Verdacht"];
