/**
 * German insults that pupils use against each other and that LDNOOBW's German list (npm naughty-words)
 * does not have: ableist slurs ("Spast", "Mongo", "Missgeburt"), slurs against gay, trans, Roma, Asian
 * and Jewish people, Nazi slogans, and the common schoolyard insults. Collected by hand for the nickname
 * check (../nickname.ts), because none of the npm word lists has them (checked: naughty-words 1.2.0,
 * glin-profanity 3.3.0, @2toad/profanity 3.3.0, profanities 3.0.1; December 2026). Each word is how it is
 * spelled, small letters with umlauts; the check folds leetspeak and lookalikes itself and also matches
 * words of 4 letters or more at the start of a word ("Spasti", "Mongos"), of 6 or more inside one.
 * Before adding a word, run test/core/classroom/nickname.test.ts: it lets the 13,000 given names through.
 */
// biome-ignore format: a word list, packed for reading
export const GERMAN_INSULTS: readonly string[] = [
  // ableist
  "spast", "spasti", "spasst", "spacko", "spack", "mongo", "mongi", "missgeburt", "behindi", "behindert", "krüppel",
  // against gay, trans, Roma, Asian and Jewish people; Nazi slogans
  "schwuchtl", "tunte", "transe", "zigeuner", "kanacke", "schlitzauge", "judensau", "siegheil", "heilhitler", "nsdap",
  // sexual violence
  "pädo", "pedo", "kinderschänder", "vergewaltiger",
  // the schoolyard's
  "wixer", "wixxer", "wichsa", "idiot", "vollidiot", "trottel", "depp", "dummkopf", "blödmann", "penner", "fettsack", "fettsau", "opfer",
];
