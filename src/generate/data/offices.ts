/**
 * Offices of state and government (lower-case endings of the role noun): a person holds one of them at
 * a time, so "X ist Innenminister" is false where the text makes X Kanzlerin. A party or company office
 * ("Parteichef", "Vorsitzender", "Sprecher") comes on top of such an office, so a statement that
 * borrows it cannot be shown false by the text. Kept as data.
 */
// biome-ignore format: a word list, packed for reading
export const STATE_OFFICE_ENDINGS: readonly string[] = [
  "präsident", "präsidentin", "kanzler", "kanzlerin", "minister", "ministerin", "premier", "premierminister",
  "premierministerin", "bürgermeister", "bürgermeisterin", "gouverneur", "gouverneurin", "landeshauptmann",
  "landeshauptfrau", "staatssekretär", "staatssekretärin", "kommissar", "kommissarin", "botschafter",
  "botschafterin", "könig", "königin", "regierungschef", "regierungschefin", "staatschef", "staatschefin",
];
/** Words that make an office one of a party, a parliament group or a company, whatever its ending ("Parteipräsident"). */
export const NOT_STATE_OFFICE = /partei|fraktion|klub|vorsitz|verband|vereins|konzern|firmen|aufsichtsrat|vorstand/iu;

/**
 * Seats that many hold at once, in a parliament or any body ("langjähriger Parlamentsabgeordneter"): the
 * text that names one holder does not show that the other persons of the text hold none ("Wer ist
 * Abgeordneter?" offered the prime minister and the finance minister, both members of parliament).
 */
export const SHARED_OFFICE =
  /(?:abgeordnete[rn]?|parlamentarier(?:in)?|senator(?:in)?|mitglied|delegierte[rn]?|experte|expertin|politiker(?:in)?|richter(?:in)?|bischof|bischöfin|kardinal|diplomat(?:in)?)$/iu;

/**
 * The names one office of state goes by, by its head noun in the masculine (lower case): the first is
 * the office itself, the rest the generic words an article uses for it. A text that calls Correa
 * "Präsident" and Kirchner "Staatschefin" does not make "Correa ist Staatschef" false: a president may
 * be head of state and of government; a Premier, Premierminister and Ministerpräsident are one office.
 * Offices not listed go only by their own name.
 */
export const OFFICE_NAMES: Readonly<Record<string, readonly string[]>> = {
  präsident: ["präsident", "staatschef", "regierungschef", "staatsoberhaupt"],
  staatspräsident: ["präsident", "staatschef", "regierungschef", "staatsoberhaupt"],
  bundespräsident: ["präsident", "staatschef", "staatsoberhaupt"],
  kanzler: ["kanzler", "regierungschef"],
  bundeskanzler: ["kanzler", "regierungschef"],
  premier: ["premier", "regierungschef"],
  premierminister: ["premier", "regierungschef"],
  ministerpräsident: ["premier", "regierungschef"],
  könig: ["könig", "staatschef", "staatsoberhaupt"],
  staatschef: ["staatschef", "staatsoberhaupt"],
  staatsoberhaupt: ["staatsoberhaupt", "staatschef"],
  regierungschef: ["regierungschef"],
};

/**
 * Nouns for the post itself, before a role in the genitive that names it ("das Amt des Innenministers", "den Posten
 * der Bürgermeisterin"): that role is an office, not a person the sentence before names.
 */
export const POST_NOUNS: ReadonlySet<string> = new Set(["Amt", "Amtes", "Posten", "Postens", "Funktion", "Rolle", "Job", "Jobs", "Sessel"]);

/**
 * Offices that belong to a body, as the end of the role noun (lower case): a founder, chief, head, director,
 * managing director, CEO, deputy, chair or member is one of a company, party, club or board. Without that body
 * "Demis Hassabis ist Mitgründer." or "Peter Binder ist Landesgeschäftsführer." says nothing the learner can check.
 */
// biome-ignore format: a word list, packed for reading
export const RELATIONAL_OFFICES: readonly string[] = [
  "gründer", "gründerin", "ceo", "chef", "chefin", "leiter", "leiterin", "direktor", "direktorin",
  "geschäftsführer", "geschäftsführerin", "stellvertreter", "stellvertreterin", "vorsitzender", "vorsitzende",
  "obmann", "obfrau", "mitglied", "rektor", "rektorin", "dekan", "dekanin", "manager", "managerin",
  "koordinator", "koordinatorin", "chefredakteur", "chefredakteurin", "sprecher", "sprecherin",
];

/**
 * Parts of a compound before a relational office that give its rank or level or only the kind of body, not which
 * one (lower case, a hyphen where the part stands only so): "Vizerektorin", "Ex-CEO", "Landesgeschäftsführer",
 * "Parteichef", "Klubobmann" name no body; "Siemens-Chef", "SFU-Rektor", "Bildungsdirektorin" do. From the
 * devset's roles.
 */
// biome-ignore format: a word list, packed for reading
export const BODILESS_OFFICE_PARTS: readonly string[] = [
  "vize", "mit", "ko-", "co-", "ex", "interims", "general", "landes", "bundes", "landtags", "partei", "klub",
  "club", "fraktion", "konzern", "firmen", "unternehmens", "vorstands", "verbands", "vereins", "bank",
];

/**
 * Ends of the roles of sports competitors, lower case and in the men's form ("Stürmer", "Verteidigerin", "Torhüter",
 * "Sprinterin"): men and women play in teams and races of their own, so a player's deed given to a player of the
 * other gender is rejected without reading the text.
 */
// biome-ignore format: a word list, packed for reading
export const COMPETITOR_ROLE_ENDINGS: readonly string[] = [
  "stürmer", "mittelfeldspieler", "fußballspieler", "tennisspieler", "torwart", "torfrau", "torhüter", "athlet",
  "sprinter", "läufer", "rennfahrer", "skifahrer", "schwimmer", "boxer", "olympiasieger",
];
/** Roles of players only in a text about a club ("Verteidigerin Anna Bauer"): elsewhere a defence lawyer, an assailant, a ship's master. */
export const TEAM_POSITION_ENDINGS: readonly string[] = ["verteidiger", "angreifer", "kapitän"];

/**
 * Words that tell a person has died ("starb am Sonntag", "ist tot", "kam ums Leben"): an office of someone a
 * sentence naming them says this of is stated in the past ("war Malerin"), not as what they are. Only a person's own
 * dying, in the singular: "getötet", "erschossen" or "starben" name a killer or others as often as the dead.
 */
// biome-ignore format: a word list, packed for reading
export const DEATH_WORDS: readonly string[] = [
  "starb", "verstarb", "gestorben", "verstorben", "tot", "umgekommen", "ums Leben", "verschieden", "erlag", "erlegen",
];

/**
 * Words of someone telling of a death ("Bürgermeister Huber sagte, der Lenker sei tot"): the one named there speaks,
 * and has not died.
 */
// biome-ignore format: a word list, packed for reading
export const TELLING_WORDS: readonly string[] = [
  "sagte", "sagt", "erklärte", "erklärt", "teilte", "teilt", "berichtete", "berichtet", "bestätigte", "bestätigt",
  "laut", "zufolge", "sprach", "spricht", "betonte", "meinte", "kondolierte", "trauert", "trauerte", "würdigte",
];

/** Words that open a sentence about the person the sentence before named ("Er starb ...", "Die Künstlerin starb ..."). */
export const OPENERS_OF_THE_SAME_PERSON: ReadonlySet<string> = new Set(["Er", "Sie", "Der", "Die"]);
