/**
 * Words of the sentences that explain a term (src/generate/definitions.ts). Lower case, as the text writes them.
 */

/** Verbs that give a thing its name: "diesen Effekt bezeichnen Genetiker als Drift", "dieses Verhalten nennt man Mimikry". */
export const NAMING_VERBS: readonly string[] = ["bezeichnen", "bezeichnet", "nennen", "nennt"];

/** An editor's note that closes a bracket ("(Trassen, auf denen ... dürfen, Anm.)"): no part of the explanation. */
export const EDITORS_NOTES: readonly string[] = ["anm.", "anm. d. red.", "anm. d. redaktion"];

/** What a bracket after a noun names when it points at a picture or film beside the text ("die Polizei (Archivbild)"), lower case. */
export const PICTURE_NOUNS: ReadonlySet<string> = new Set([
  "foto",
  "fotos",
  "bild",
  "bilder",
  "archivbild",
  "symbolbild",
  "video",
  "grafik",
  "karte",
  "screenshot",
]);
