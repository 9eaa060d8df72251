/**
 * A place and its council named after it ("Die Stadt" and "Der Stadtrat", "Das Land" and "Der Landtag") are one body
 * for a deed: either may be said to have done it, so neither is offered as the other's wrong option. On the
 * self-written own text of the browser tests, where "Der Stadtrat hat ... beschlossen" and "die Stadt" acts too.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const text = readFileSync(join(import.meta.dirname, "../../fixtures/own-texts/hochwasser-weissenfels.txt"), "utf8");

it("offers no place as the wrong actor of what its council did", () => {
  const questions = generateBank([{ id: "body-of-place", text }])[0]!.questions;
  const aboutCouncil = questions.filter((question) => question.type === "single" && question.options.some((option) => option.text.startsWith("Der Stadtrat")));
  expect(aboutCouncil.length).toBeGreaterThan(0);
  const options = aboutCouncil.flatMap((question) => (question.type === "single" ? question.options.map((option) => option.text) : []));
  expect(options.filter((option) => /^Die Stadt\b/u.test(option))).toEqual([]);
});
