/**
 * A name right after the verb is the object, not the actor, where the phrase after it can only be the nominative
 * ("holt die Ministerin Eva Lind einer der größten Skandale ein", "trifft Lind ein schwerer Vorwurf") or where a
 * dative's or accusative's article stands before it ("holt den Minister Peter Krause ... ein").
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

const actorsOf = (text: string) => extractFacts(text).actions.map((action) => [action.actor.text, action.verb.text]);

describe("a name between the verb and a nominative", () => {
  it("is no actor before 'einer der ...'", () => {
    expect(actorsOf("Kurz vor der Wahl holt die Ministerin Eva Lind einer der größten Skandale ihrer Amtszeit ein.")).toEqual([]);
  });

  it("is no actor before 'ein' and a masculine adjective", () => {
    expect(actorsOf("Am Montag trifft die Kanzlerin Anna Berger ein schwerer Vorwurf der Opposition.")).toEqual([]);
  });

  it("is no actor after an accusative's article", () => {
    expect(actorsOf("Kurz vor der Wahl holt den Minister Peter Krause die Affäre um die Aufträge ein.")).toEqual([]);
  });

  it("is still the actor before an object", () => {
    expect(actorsOf("Am Montag traf die Kanzlerin Anna Berger einen Vertreter der Opposition.")).toEqual([["Anna Berger", "traf"]]);
  });
});
