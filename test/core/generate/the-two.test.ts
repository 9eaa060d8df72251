/**
 * A sentence that opens with "Die beiden ..." or "Beide ..." ("Die beiden Missionen sollen ihre Daten austauschen."):
 * which two, only the sentences before say; no question is asked on it alone.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const PROBES = `Zwei Sonden zum Mars

Paris – Die europäische Raumfahrtagentur Esa hat am Dienstag die Sonde Argo gestartet. Die Mission soll das Eis am Südpol des Mars vermessen. Die Nasa schickte bereits im Frühjahr mit der Mission Vesta eine eigene Sonde zum Mars. Die beiden Missionen sollen ihre Messdaten austauschen. Der Flug dauert sieben Monate.`;

describe("a sentence opening with the two", () => {
  it("is asked about in no question", () => {
    const [bank] = generateBank([{ id: "probes", text: PROBES }]);
    const onIt = bank!.questions.filter((question) => question.evidence.quote.startsWith("Die beiden Missionen"));
    expect(onIt).toEqual([]);
  });
});
