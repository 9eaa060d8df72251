/**
 * Words around a denial that decide whether it may be taken out (claims.ts, undenied): the text's own denials are
 * stated true, and false without the denial, only where that leaves the clause whole and asserting the opposite.
 */

/** Words before a denial that make it absolute ("absolut keinen Plan", "gar nicht"): without the denial they stand alone. */
// biome-ignore format: a word list, packed for reading
export const DENIAL_INTENSIFIERS: ReadonlySet<string> = new Set([
  "absolut", "gar", "überhaupt", "keineswegs", "durchaus", "ganz", "wirklich", "bislang", "bisher", "längst",
]);

/** Words after "nicht" that make it deny a comparison or a degree ("nicht wie auf Bundesebene", "nicht so", "nicht zu"), not the clause. */
// biome-ignore format: a word list, packed for reading
export const NOT_BEFORE_COMPARISON: ReadonlySet<string> = new Set([
  "wie", "als", "so", "zu", "sehr", "allzu", "unbedingt", "zwingend", "nur",
]);

/** Endings of feminine nouns in the singular: "keine" before one is "eine" ("keine Lösung"), before a plural nothing ("keine Gründe"). */
export const FEMININE_SINGULAR_ENDING = /(?:ung|heit|keit|schaft|ion|tät|enz|anz|ik|ur|ei)$/u;
