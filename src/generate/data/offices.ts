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
