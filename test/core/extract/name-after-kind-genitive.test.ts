/**
 * "der Landeroboter X der ESA-Mission Aurora": a name the text gives a mission or body, right after its kind's genitive,
 * belongs to the actor's phrase; left out, a statement that puts the actor first strands it ("... hat sich nach ... Aurora
 * auf dem Mond ... gemeldet").
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const text = `Mondroboter meldet sich zurück

Der Roboter hat die lange Mondnacht überstanden.

Darmstadt – Nach drei Wochen ohne Funkkontakt hat sich der Mondroboter Kiwi der ESA-Mission Aurora auf dem Mond wieder gemeldet. Die Raumsonde Aurora empfing am Sonntag erste Signale. Kiwi sei in gutem Zustand, teilte die ESA mit. Der Roboter soll nun Bodenproben untersuchen.`;

describe("a name after the genitive of its kind in an actor's phrase", () => {
  it("belongs to the actor", () => {
    const actors = extractFacts(text).actions.map((action) => action.actor.text);
    expect(actors).toContain("der Mondroboter Kiwi der ESA-Mission Aurora");
  });

  it("stays with its noun in a statement that puts the actor first", () => {
    const statements = generateBank([{ id: "mond", text }])[0]!.questions.map((question) => (question.type === "truefalse" ? question.statement : ""));
    expect(statements.filter((statement) => statement.includes("ESA-Mission") && !statement.includes("ESA-Mission Aurora"))).toEqual([]);
    expect(statements.filter((statement) => statement.includes("Kontakt Aurora"))).toEqual([]);
  });
});
