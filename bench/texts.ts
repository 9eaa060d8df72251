/** Long German news texts for the benches, made of the repository's own texts (corpus and test texts). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

/** German news texts of the repository (corpus and test texts), as paragraphs in a fixed order. */
function paragraphs(): string[] {
  const directories = ["corpus", "test/fixtures/texts", "test/fixtures/generate-texts", "test/fixtures/own-texts"];
  return directories
    .flatMap((directory) =>
      readdirSync(join(root, directory))
        .filter((file) => file.endsWith(".txt"))
        .sort()
        .map((file) => readFileSync(join(root, directory, file), "utf8")),
    )
    .flatMap((text) => text.split(/\n\s*\n/))
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** About `characters` long (at most that), in whole paragraphs. */
export function benchText(characters: number): string {
  let text = "";
  for (const paragraph of paragraphs()) {
    const next = text === "" ? paragraph : `${text}\n\n${paragraph}`;
    if (next.length <= characters) text = next;
  }
  if (text.length < characters * 0.95) throw new Error(`only ${text.length} characters of text for ${characters}`);
  return text;
}
