/** nounStem: one way to cut a noun to what its forms share, with the options its callers compare by. */
import { describe, expect, it } from "vitest";
import { nounStem, withoutNounEnding } from "../../../src/generate/nounstems";

describe("nounStem", () => {
  it("cuts the endings of case and number, in small letters", () => {
    expect(["Papagei", "Papageien", "Brief", "Briefes", "Briefe"].map((word) => nounStem(word))).toEqual(["papagei", "papagei", "brief", "brief", "brief"]);
  });

  it("keeps the letters' case where only the ending is cut", () => {
    expect(withoutNounEnding("Zollfahndungen")).toBe("Zollfahndung");
  });

  it("leaves a short word whole where the caller says so", () => {
    expect(nounStem("Haus", { longerThan: 4 })).toBe("haus");
    expect(nounStem("Hauses", { longerThan: 4 })).toBe("haus");
    expect(nounStem("Haus")).toBe("hau");
  });

  it("folds umlauts and cuts '-ern' for plurals with umlaut, keeping a stem of four letters at least", () => {
    const folded = (word: string) => nounStem(word, { endings: "with umlaut plurals", minStem: 4 });
    expect(["Land", "Ländern", "Wald", "Wäldern"].map(folded)).toEqual(["land", "land", "wald", "wald"]);
    expect(folded("Amtes")).toBe("amtes");
  });

  it("cuts the feminine of a person noun, and not the '-er' of its masculine", () => {
    const ofPersons = (word: string) => nounStem(word, { endings: "of persons" });
    expect(["Vermittler", "Vermittlern", "Vermittlerin", "Vermittlerinnen"].map(ofPersons)).toEqual(["vermittler", "vermittler", "vermittler", "vermittler"]);
  });
});
