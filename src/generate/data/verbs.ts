/**
 * Verbs that take the same kind of thing, by their stems as src/generate/objects.ts cuts them ("verschärft" ->
 * "verschärf", "angekündigt" -> "ankündig"): what one of them is done to in a story, another may be ("die
 * Sanktionen verschärfen", "die Kontrollen verstärken"). Only weak verbs of news leads (strong ones change their
 * stem); the lead verbs of the devset's object questions and their near synonyms.
 */
// biome-ignore format: a word list, packed for reading
export const VERB_GROUPS: readonly (readonly string[])[] = [
  ["verschärf", "verstärk", "ausweit", "erhöh", "steiger", "intensivier", "ausbau", "lockr", "lock"],
  ["forder", "verlang", "anmahn", "einforder", "beantrag"],
  ["kritisier", "verurteil", "ablehn", "beanstand", "monier", "bemängel", "bezeichn"],
  ["ankündig", "verkünd", "präsentier", "vorstell", "vorleg", "veröffentlich", "bekanntgeb"],
  ["verabschied", "billig", "genehmig", "bewillig", "beschloss"],
  ["unterstütz", "befürwort", "begrüß", "verteidig"],
  ["räum", "verlass", "aufgeb", "abgeb"],
  ["plan", "vorbereit", "erwäg", "prüf"],
];

/** Stems of auxiliaries, modals and verbs that take nearly anything ("hat", "will", "macht"): no kind of thing of their own. */
// biome-ignore format: a word list, packed for reading
export const GENERIC_VERB_STEMS: ReadonlySet<string> = new Set([
  "ha", "hab", "hat", "hatt", "hätt", "sein", "sind", "wird", "werd", "wurd", "würd", "will", "woll", "soll", "muss", "müss",
  "kann", "konn", "könn", "darf", "durf", "dürf", "möcht", "mach", "lass", "stell", "setz", "bring", "halt", "geb",
  "nehm", "tu", "sag", "sagt", "seh", "zeig", "find", "komm", "geh", "steh", "lieg", "bleib",
]);
