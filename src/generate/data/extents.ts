/**
 * Adverbs of how far or how long a deed went, with the one that says the other ("hob die Urteile teilweise auf" /
 * "vollständig auf", "wurde vorübergehend gesperrt" / "dauerhaft gesperrt"): a false statement by the text that says
 * the one (claims.ts, withOppositeExtent). Lower case. Not "endgültig" or "vorläufig": they also say how sure a finding
 * or decision is ("nach vorläufigen Erkenntnissen", "endgültig entschieden"), not how far a deed went.
 */
// biome-ignore format: a word list, packed for reading
export const OPPOSITE_EXTENTS: ReadonlyMap<string, string> = new Map([
  ["teilweise", "vollständig"], ["vollständig", "teilweise"], ["komplett", "teilweise"],
  ["vorübergehend", "dauerhaft"], ["zeitweise", "dauerhaft"], ["dauerhaft", "vorübergehend"],
]);

/**
 * Adverbs of a strong degree before what a finding says happens ("dass ... stark von den Eltern beeinflusst wird"),
 * with the word that says it barely happens: a false statement by the text ("kaum von den Eltern beeinflusst"), where
 * "nicht" after a degree would deny the degree alone. Not "deutlich" ("macht deutlich"), "klar" or "weit": they also say
 * how plainly or how far something is said or lies. Lower case.
 */
export const WEAKENED_DEGREES: ReadonlyMap<string, string> = new Map([
  ["stark", "kaum"],
  ["erheblich", "kaum"],
  ["massiv", "kaum"],
  ["maßgeblich", "kaum"],
]);
