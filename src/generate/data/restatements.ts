/**
 * Words after a comma that restate the noun before them in other words: "die Kletterpflanzen, also Lianen",
 * "Stickstoffdioxid, sprich Abgase", "der Erreger, das heißt das Virus". Lower case, as the text writes them.
 */
export const RESTATING_MARKERS: readonly string[] = ["also", "sprich", "das heißt", "d. h."];
