/** General German grammar words the extractor must not take for something else. */

/**
 * Words that end like an attributive adjective ("-e", "-en", "-er", "-es", "-em") but are articles,
 * pronouns, verbs, adverbs or prepositions.
 */
export const NOT_ADJECTIVES: ReadonlySet<string> = new Set([
  "die", "der", "den", "dem", "des", "eine", "einen", "einem", "einer", "eines", "keine", "keinen", "keinem",
  "keiner", "seine", "seinen", "seinem", "seiner", "seines", "ihre", "ihren", "ihrem", "ihrer", "ihres",
  "unsere", "unseren", "unserem", "unserer", "diese", "diesen", "diesem", "dieser", "dieses", "jene",
  "jenen", "jenem", "jener", "welche", "welchen", "welcher", "alle", "allen", "aller", "werden", "haben",
  "sollen", "wollen", "können", "müssen", "seien", "waren", "wären", "hatten", "hätten", "würden", "dürfen",
  "sollten", "wollten", "konnten", "mussten", "sagten", "gegen", "über", "unter", "oder", "aber", "wieder",
  "immer", "weiter", "sowie", "sie", "wie", "hier", "jeder", "jeden", "jedem", "jedes", "meine", "mehrere",
  "einige", "einigen", "viele", "vielen", "beide", "beiden", "andere", "anderen", "deren", "dessen", "denen",
  "ende", "bitte", "gerne", "heute", "bisher", "später", "weniger", "ihnen", "neben", "zwischen", "hinter",
  "außer", "entgegen", "wegen", "hatte", "habe", "wurde", "wurden", "worden", "gewesen", "werde", "würde",
  "wäre", "hätte", "könne", "könnte", "konnte", "müsse", "müsste", "musste", "solle", "sollte", "wolle",
  "wollte", "dürfe", "dürfte", "möchte", "gebe", "sagte",
]);

/**
 * Prepositions (and their contractions with an article) that open a phrase a person may be named in without being
 * the clause's subject: "zusammen mit Kollegen um Barbara Hartl", "Im Gegensatz zu Dung", "laut Pröll". Not "seit",
 * "bis", "wie", also conjunctions: "Seit Hofer die Partei führt, ist er ..." names whom "er" may stand for.
 */
// biome-ignore format: a word list, packed for reading
export const PREPOSITIONS_BEFORE_NAMES: readonly string[] = [
  "für", "von", "vom", "mit", "gegen", "über", "an", "am", "auf", "bei", "beim", "nach", "zu", "zum", "zur", "um",
  "durch", "ohne", "unter", "vor", "zwischen", "hinter", "neben", "laut",
];
