/**
 * Verbs that tell one kind of event, each family in the forms a statement of the text writes them (finite in the
 * present, the simple past and as a participle), folded: a title and a lead tell one event with different verbs
 * ("hat ... für sich entschieden" and "besiegte ..."; "hat ... entlassen" and "wurde freigestellt"). A form of several
 * words ("entschied für sich") matches where the statement has all of them, in any order. A separable verb whose
 * particle closes the clause ("nahm ... fest") is given as particle and finite verb in one ("festnahm"). Words split by "|"
 * are alternatives ("sicherte|sicherten sich Sieg" is two forms). A capitalised word is a noun, matched by its head: "Sieg"
 * matches "Gesamtsieg" and "Heimsieges" (a phrase of winning, "sicherte sich ... den Gesamtsieg").
 * Only verbs of an event that happens once to its object: "kritisieren", "fordern", "ankündigen" tell many different
 * things of one actor.
 */
// biome-ignore format: a word list, packed for reading
export const EVENT_VERB_FAMILIES: readonly (readonly string[])[] = [
  // Winning a contest.
  [
    "besiegt", "besiegte", "besiegten", "gewinnt", "gewinnen", "gewann", "gewannen", "gewonnen", "siegt", "siegte", "siegten",
    "gesiegt", "entschieden für sich", "entschied für sich", "entscheidet für sich", "entscheiden für sich", "durchgesetzt", "durchsetzte", "durchsetzten",
    "triumphiert", "triumphierte", "triumphierten", "sichert|sicherte|sicherten|gesichert sich Sieg|Titel|Spiel|Partie|Finale|Meisterschaft",
    "holt|holte|holten|geholt Sieg|Titel|Meisterschaft", "setzt|setzte|setzten sich durch",
  ],
  // Losing one.
  ["verliert", "verlieren", "verlor", "verloren", "unterliegt", "unterlag", "unterlagen", "unterlegen", "aufgegeben", "aufgab"],
  // Dismissing someone.
  [
    "entlassen", "entlässt", "entließ", "entließen", "freigestellt", "freistellt", "freistellte", "freistellten", "gekündigt",
    "gefeuert", "feuert", "feuerte", "feuerten", "suspendiert", "suspendierte", "suspendierten", "abgesetzt", "absetzte", "absetzten",
    "abberufen", "abberief", "trennt|trennte|trennten|getrennt sich von", "muss|musste|mussten gehen",
  ],
  // Studying something.
  [
    "untersucht", "untersuchte", "untersuchten", "analysiert", "analysierte", "analysierten", "erforscht", "erforschte",
    "erforschten", "ausgewertet", "auswertete", "auswerteten",
  ],
  // Arresting someone.
  [
    "festgenommen", "festnimmt", "festnahm", "festnahmen", "verhaftet", "verhaftete", "verhafteten", "inhaftiert",
    "inhaftierte", "inhaftierten", "festgesetzt", "festsetzte", "festsetzten", "nimmt|nahm|nahmen|genommen in Gewahrsam",
  ],
  // Taking an office or a ministry.
  [
    "übernimmt|übernahm|übernahmen|übernommen|erhält|erhielt|bekommt|bekam|entschädigt|betraut Amt|Ressort|Ministerium|Posten|Vorsitz",
  ],
  // Killing someone.
  ["getötet", "tötet", "tötete", "töteten", "ermordet", "ermordete", "ermordeten", "erschossen", "erschießt", "erschoss", "umgebracht"],
  // Resigning.
  ["zurückgetreten", "zurücktritt", "zurücktrat", "zurücktraten", "abgedankt", "abdankt", "abdankte"],
  // Overturning a ruling, a law or a decision ("hob das Urteil auf", "entschied, das Urteil zu kippen"): a court does it once to it.
  [
    "aufgehoben", "aufhebt", "aufhob", "aufhoben", "aufzuheben", "gekippt", "kippt", "kippte", "kippten", "kippen",
    "annulliert", "annullierte", "annullierten",
  ],
];

/** Finite verbs that make a statement tell what had happened before its event ("Die Hamas hatte zuletzt im Jänner ..."). */
export const EARLIER_AUXILIARIES: ReadonlySet<string> = new Set(["hatte", "hatten", "war", "waren"]);

/** Separable particles that may close a statement's clause ("nahm ... fest", "stellte ... frei"). */
export const CLOSING_PARTICLES: ReadonlySet<string> = new Set(["fest", "frei", "ab", "aus", "durch", "zurück", "auf"]);

/** Nouns of time ("Jahr", "Woche"): deeds of any event name them. Weekdays and months come from the dates' data. */
// biome-ignore format: a word list, packed for reading
export const EVENT_TIME_NOUNS: readonly string[] = [
  "Jahr", "Jahre", "Jahren", "Jahres", "Woche", "Wochen", "Wochenende", "Monat", "Monate", "Monaten", "Monats", "Stunden",
  "Minuten", "Tagen", "Abend", "Morgen", "Nacht", "Vormittag", "Nachmittag", "Ende", "Anfang", "Mitte",
];

/** Words besides the prepositions that open a statement before its verb, the actor after it ("Heuer rechnet die Regierung ..."). */
// biome-ignore format: a word list, packed for reading
export const FRONTED_WORDS: readonly string[] = [
  "im", "in", "seit", "ab", "bis", "während", "wegen", "trotz", "heuer", "heute", "gestern", "zuletzt", "damals", "nun",
  "jetzt", "inzwischen", "erstmals", "bereits", "zudem", "außerdem", "dennoch", "damit", "dabei", "auch",
];
