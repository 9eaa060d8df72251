/** Words that mark the case of a person a deed concerned: the question word asks in that case ("Gegen wen", "Mit wem"). */

/**
 * Prepositions that take the accusative only ("Anklage gegen den Premier", "wirbt für die Kandidatin"). Not the
 * prepositions that take either case ("an", "auf", "in", "über"): the case then depends on the verb.
 */
export const ACCUSATIVE_ONLY_PREPOSITIONS: ReadonlySet<string> = new Set(["gegen", "für", "ohne", "durch"]);

/**
 * Prepositions that take the dative only and that, right before a person, mostly belong to the verb ("arbeitet mit
 * der Ministerin zusammen", "beschwerte sich bei dem Direktor"). Not "von" (mostly whose: "die Truppe von Karl
 * Schnell", or by whom in the passive), nor "zu", "nach", "aus" (where to or from).
 */
export const DATIVE_ONLY_PREPOSITIONS: ReadonlySet<string> = new Set(["mit", "bei"]);

/**
 * Verbs whose person without an article or preposition is their accusative object ("hat Ministerin Eva Lang
 * beauftragt", "traf Präsident Karl Wimmer"): "Wen ...?". Each as its infinitive; a strong or irregular verb also
 * with its other stems (present, past, participle), as the text may write any of them.
 */
// biome-ignore format: a word list, packed for reading
export const ACCUSATIVE_PERSON_VERBS: readonly string[] = [
  "beauftragen", "kritisieren", "unterstützen", "zitieren", "besuchen", "verklagen", "anzeigen", "verhaften", "nominieren",
  "attackieren", "beschuldigen", "anklagen", "warnen", "auffordern", "ehren", "loben", "besiegen", "entmachten",
  "suspendieren", "ablösen", "informieren", "kontaktieren", "ersetzen", "beerben", "einbestellen", "verteidigen",
  "ernennen", "ernannt", "ernannte", "ernannten",
  "treffen", "trifft", "traf", "trafen", "getroffen",
  "empfangen", "empfängt", "empfing", "empfingen",
  "entlassen", "entlässt", "entließ", "entließen",
  "festnehmen", "festnimmt", "festnahm", "festnahmen", "festgenommen",
  "einladen", "einlädt", "einlud", "einluden", "eingeladen",
  "anrufen", "anrief", "anriefen", "angerufen",
];

/**
 * Verbs whose person without an article or preposition is their dative object ("wirft Finanzminister Stefan Wolf
 * Untätigkeit vor", "dankte Bürgermeisterin Eva Lang"): "Wem ...?". As ACCUSATIVE_PERSON_VERBS.
 */
// biome-ignore format: a word list, packed for reading
export const DATIVE_PERSON_VERBS: readonly string[] = [
  "danken", "gratulieren", "drohen", "vertrauen", "zustimmen", "misstrauen", "unterstellen",
  "vorwerfen", "vorwirft", "vorwarf", "vorwarfen", "vorgeworfen",
  "widersprechen", "widerspricht", "widersprach", "widersprachen", "widersprochen",
  "helfen", "hilft", "half", "halfen", "geholfen",
];

/**
 * Words after which a person is compared with the actor, not what the deed was done to ("kritisierte ebenso wie
 * Ministerin Eva Lang die Reform", "lobte das Gesetz mehr als Kanzler Karl Wimmer"; also "so wie", "genauso wie",
 * "wie auch").
 */
export const COMPARISON_WORDS: ReadonlySet<string> = new Set(["wie", "als"]);

/**
 * Adverbs that make a person after "mit" one who acted with the actor ("kritisierte gemeinsam mit Ministerin Eva Lang
 * die Reform"), not one the deed concerned.
 */
export const TOGETHER_ADVERBS: ReadonlySet<string> = new Set(["gemeinsam", "zusammen"]);

/**
 * Adverbs that liken the deed to another one ("Ebenso heftig ging ... mit ihm ins Gericht", "kritisierte auch den
 * Minister"): without the other deed ("wie ...") in the question, they point to a sentence the learner does not see.
 */
export const LIKENING_ADVERBS: ReadonlySet<string> = new Set(["auch", "ebenso", "ebenfalls", "genauso", "gleichfalls", "gleichermaßen", "desgleichen"]);

/**
 * Nouns of advice ("gibt Tipps", "geben Ratschläge"): given in the present by people of a kind ("Fachleute geben Tipps
 * ..."), advice is what they give as a rule, not a deed done once.
 */
// biome-ignore format: a word list, packed for reading
export const ADVICE_NOUNS: ReadonlySet<string> = new Set([
  "Tipps", "Tips", "Ratschläge", "Rat", "Empfehlungen", "Hinweise", "Anleitungen", "Anregungen", "Auskunft", "Auskünfte",
]);
