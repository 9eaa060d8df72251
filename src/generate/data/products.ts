/**
 * Nouns of the kinds of products, services and works that technology, business and culture reports put right before
 * a name ("das Survival-Game Rust", "im neuen Browser Edge", "die Dating-App Tinder", "die Fernsehserie Tatort"). Such a
 * noun says what the name after it is: the noun needs no other use in the text to count as a kind (namedthings.ts), and
 * a name after it is no adjective's noun, though the kind ends like an adjective ("Browser", "Shooter", "Trojaner").
 * Lower case.
 */

/**
 * Kinds a compound may end in ("Streamingdienst" no, see below; "Survival-Game", "Schadsoftware", "Spielkonsole",
 * "Fernsehsendung", "Kinofilm"): no other common noun ends so.
 */
// biome-ignore format: a word list, packed for reading
export const PRODUCT_KIND_ENDINGS: readonly string[] = [
  "game", "software", "betriebssystem", "smartphone", "konsole", "browser", "messenger", "suchmaschine", "plattform",
  "prozessor", "tablet", "trojaner", "malware", "ransomware", "engine", "film", "sendung", "show", "roman", "album",
  "website", "webseite", "onlineshop", "videoportal", "onlineportal", "nachrichtenportal", "streamingdienst",
  "musikdienst", "videodienst", "onlinedienst", "internetdienst", "kartendienst", "kurznachrichtendienst",
  "fahrdienst", "bezahldienst", "clouddienst", "videospiel", "computerspiel", "rollenspiel", "onlinespiel",
  "handyspiel", "actionspiel", "strategiespiel", "abenteuerspiel", "rennspiel", "browserspiel", "mobilspiel",
  "fernsehserie", "tv-serie", "webserie", "zeichentrickserie", "-serie", "-app", "-spiel", "-dienst", "-service",
];

/**
 * Kinds only as a word of their own, because other nouns end in them ("Beispiel", "Geheimdienst", "Anschlagsserie",
 * "Tagebuch"): "das Spiel Frostweg", "die App Rumblr", "der Dienst Spotify", "die Serie Dark".
 */
// biome-ignore format: a word list, packed for reading
export const PRODUCT_KIND_WORDS: ReadonlySet<string> = new Set([
  "spiel", "app", "dienst", "service", "serie", "buch", "programm", "modell", "marke", "podcast", "blog", "tool",
]);
