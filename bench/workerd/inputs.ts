/// <reference types="vite/client" />
/**
 * Texts of a given size for the own-text benchmark, made of the repository's German news texts (the
 * corpus and the test texts): whole paragraphs, in a fixed order, up to the size asked for.
 */
const texts = import.meta.glob(["../../corpus/*.txt", "../../test/fixtures/**/*.txt"], { query: "?raw", import: "default", eager: true }) as Record<string, string>;

const paragraphs = Object.keys(texts)
  .sort()
  .flatMap((name) => texts[name]!.split(/\n\s*\n/))
  .map((paragraph) => paragraph.trim())
  .filter(Boolean);

/** About `characters` long (at most that), in whole paragraphs. */
export function benchText(characters: number): string {
  let text = "";
  for (const paragraph of paragraphs) {
    const next = text === "" ? paragraph : `${text}\n\n${paragraph}`;
    if (next.length > characters) continue;
    text = next;
  }
  if (text.length < characters * 0.9) throw new Error(`only ${text.length} characters of text for a ${characters}-character benchmark`);
  return text;
}
