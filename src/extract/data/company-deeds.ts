/**
 * Finite verbs (third person singular, present and simple past) of what a company does in a business or technology
 * report: launching, testing, buying, selling, hiring, suing, criticising ("Spotify testet ...", "Seit Jahren
 * kritisiert Microsoft ...", "Samsung übernahm ..."). A capitalised word the text names without an article and writes
 * right beside one of them acts as a firm (src/extract/organisations.ts); a substance or a measure ("Kupfer", "Prozent")
 * does none of these. Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const COMPANY_DEED_VERBS: ReadonlySet<string> = new Set([
  "testet", "testete", "startet", "startete", "übernimmt", "übernahm", "kauft", "kaufte", "verkauft", "verkaufte",
  "investiert", "investierte", "entlässt", "entließ", "veröffentlicht", "veröffentlichte", "kündigt", "kündigte",
  "bietet", "bot", "erweitert", "erweiterte", "plant", "plante", "verklagt", "verklagte", "kritisiert", "kritisierte",
  "wirbt", "warb", "versucht", "versuchte", "beschäftigt", "beschäftigte", "erzielt", "erzielte", "verdient", "verdiente",
  "eröffnet", "eröffnete", "liefert", "lieferte", "produziert", "produzierte", "entwickelt", "entwickelte", "setzt",
  "setzte", "bestätigt", "bestätigte", "dementiert", "dementierte", "will", "wollte", "baut", "baute", "bringt",
  "brachte", "führt", "führte", "stellt", "stellte", "streicht", "strich", "verlangt", "verlangte", "reagiert",
  "reagierte", "zahlt", "zahlte", "verspricht", "versprach", "verweigert", "verweigerte", "sperrt", "sperrte",
  "löscht", "löschte", "aktualisiert", "aktualisierte", "schließt", "schloss", "verlegt", "verlegte", "expandiert",
  "expandierte", "lanciert", "lancierte", "wolle",
]);
