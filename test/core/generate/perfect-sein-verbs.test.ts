/**
 * A clause in the simple past told in the perfect (pastInPerfect): verbs whose perfect takes "sein" ("ist
 * eingetroffen", "ist passiert", "ist auf ... gestoßen") never get "haben", and a strong verb's plural after an
 * inseparable prefix ("erlitten") keeps its own participle; texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { singularVerb } from "../../../src/extract/actions";
import { pastInPerfect } from "../../../src/generate/compoundpast";
import { generateBank } from "../../../src/generate/index";

const perfectOf = (sentence: string) => {
  const clause = pastInPerfect(sentence);
  return clause && `${clause.forefield} ${clause.auxiliary} ${clause.middle} ${clause.participle}`;
};

describe("a verb whose perfect takes sein", () => {
  it("is not told with haben", () => {
    expect(perfectOf("Der Sonderzug traf am Donnerstag in Linz ein.")).toBeUndefined();
    expect(perfectOf("Der Zusammenstoß passierte am Mittwoch auf der Bundesstraße.")).toBeUndefined();
    expect(perfectOf("Das Fischerboot stieß in der Nacht auf eine Sandbank.")).toBeUndefined();
    expect(perfectOf("Der Brand brach am Dienstag in einer Lagerhalle aus.")).toBeUndefined();
  });

  it("keeps haben where the verb takes it", () => {
    expect(perfectOf("Die Stadtverwaltung verhängte am Freitag ein Badeverbot.")).toBe("Die Stadtverwaltung hat am Freitag ein Badeverbot verhängt");
    expect(perfectOf("Der Radfahrer stieß einen Passanten in die Hecke.")).toBe("Der Radfahrer hat einen Passanten in die Hecke gestoßen");
  });
});

describe("a strong verb's plural after an inseparable prefix", () => {
  it("has its strong singular and participle", () => {
    expect(singularVerb("erlitten")).toBe("erlitt");
    expect(singularVerb("bestritten")).toBe("bestritt");
    expect(perfectOf("Die Bergsteiger erlitten am Samstag Erfrierungen.")).toBe("Die Bergsteiger haben am Samstag Erfrierungen erlitten");
  });
});

const ARRIVAL = `Hilfskonvoi erreicht Grenzstadt

Passau – Ein Hilfskonvoi mit 40 Lastwagen traf am Montag in der Grenzstadt ein. Der Unfall eines Lastwagens passierte am Sonntag auf der Autobahn bei Linz. Die Fahrer erlitten dabei keine Verletzungen. Die Hilfsgüter sollen am Dienstag verteilt werden.`;

describe("the statements of a text", () => {
  it("tell no verb of arriving or happening with haben", () => {
    const [bank] = generateBank([{ id: "arrival", text: ARRIVAL }]);
    const said = bank!.questions
      .filter((question): question is Extract<Question, { type: "truefalse" }> => question.type === "truefalse")
      .map((question) => question.statement);
    expect(said.filter((statement) => /\b(?:hat|haben)\b.*\b(?:eingetroffen|passiert)\b/u.test(statement))).toEqual([]);
  });
});
