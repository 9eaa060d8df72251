/** Words that link a sentence to the one before it, as German news text uses them (src/generate/claims.ts). */

/**
 * Adverbs in a clause's middle field that link it to the sentence before ("Erdogan will zudem ...", "Der Kreml
 * kritisierte die Führung indes scharf", "Die Polizei meldete zugleich ..."): a deed said without them is as true and
 * stands alone, with them it answers a sentence the learner does not see. Lower case.
 * Not "dagegen", "dafür" ("protestierte dagegen": against it), "auch", "ebenfalls" (someone else too), "noch", "schon",
 * "inzwischen" (a time the deed holds at), "schließlich" ("at last"), "immerhin" (a degree): they carry meaning.
 * "aber" and "jedoch" join words only after a comma ("klein, aber fein"); in the middle field they are adverbs.
 */
// biome-ignore format: a word list, packed for reading
export const LINKING_ADVERBS: ReadonlySet<string> = new Set([
  // addition
  "zudem", "außerdem", "überdies", "ferner", "zugleich",
  // contrast and concession
  "aber", "jedoch", "allerdings", "hingegen", "indes", "indessen", "wiederum", "dennoch", "trotzdem", "freilich",
  // meanwhile
  "unterdessen", "derweil", "währenddessen",
  // explanation
  "nämlich",
]);

/** "zwar ... aber": with "zwar" the contrast stays inside the clause, and its words stay with it. */
export const CONCESSIVE_PAIR_OPENER = "zwar";

/**
 * Conjunctions that join a sentence to the one before as its second half where they open it and no verb of its own
 * follows ("Wir wollen ... schauen. Und vor allem ... unsere Rolle finden, erläutert Mayer."). Lower case. Not "denn",
 * "sowie": a sentence they open has its own verb.
 */
export const COORDINATING_CONJUNCTIONS: ReadonlySet<string> = new Set(["und", "oder", "aber", "doch", "sondern"]);
