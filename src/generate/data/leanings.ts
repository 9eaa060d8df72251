/**
 * Adjectives of political leaning with the leaning on the other side (claims.ts, withOppositeLeaning): "gegen eine
 * regierungskritische Zeitung" is false as "gegen eine regierungsnahe Zeitung" by the text that names the one side.
 * Stems without their ending; both ways round where the opposite is a leaning of its own. Only pairs whose two sides
 * exclude each other ("konservativ" has no single opposite: "liberal", "sozialdemokratisch" and "progressiv" all are).
 */
// biome-ignore format: a word list, packed for reading
const OPPOSITE_LEANING_PAIRS: readonly (readonly [string, string])[] = [
  ["regierungskritisch", "regierungsnah"], ["regierungstreu", "regierungskritisch"], ["regierungsfreundlich", "regierungskritisch"],
  ["oppositionsnah", "regierungsnah"], ["oppositionell", "regierungstreu"],
  ["rechtsextrem", "linksextrem"], ["rechtsradikal", "linksradikal"], ["rechtspopulistisch", "linkspopulistisch"],
  ["rechtsgerichtet", "linksgerichtet"],
  ["prorussisch", "prowestlich"], ["proeuropäisch", "europakritisch"], ["EU-freundlich", "EU-kritisch"],
];

/** Each leaning's stem with its opposite's; where a stem has several, the first pair that names it decides. */
export const OPPOSITE_LEANINGS: ReadonlyMap<string, string> = (() => {
  const opposites = new Map<string, string>();
  for (const [one, other] of OPPOSITE_LEANING_PAIRS) {
    if (!opposites.has(one)) opposites.set(one, other);
    if (!opposites.has(other)) opposites.set(other, one);
  }
  return opposites;
})();
