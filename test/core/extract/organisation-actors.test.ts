/** Organisations, companies, media and products that act by a name the text marks as one, on short texts written for the test. */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

const actorsOf = (text: string) => extractFacts(text).actions.map((action) => action.actor.text);

describe("a name introduced after the noun of its kind", () => {
  it("lets the name act later with its article or alone", () => {
    const text = `Neue Drohungen aus Gaza

Gaza – Die radikale Palästinenserorganisation Hamas droht Israel mit neuen Angriffen. Am Samstag veröffentlichte die Hamas ein neues Video. Die Behörden in Kairo reagierten gelassen.`;
    const action = extractFacts(text).actions.find((candidate) => candidate.verb.text === "veröffentlichte");
    expect(action).toMatchObject({ actor: { text: "die Hamas" }, organisation: true });
  });

  it("reads a name in quotation marks after the kind's noun", () => {
    const text = `Razzia bei Wochenblatt

Istanbul – Die Polizei hat die Redaktion der Zeitschrift „Kalem“ durchsucht. Kalem erscheint seit zwanzig Jahren jede Woche in Istanbul.`;
    expect(actorsOf(text)).toContain("Kalem");
  });

  it("reads a company named by its parent or subsidiary ('die Bank-Austria-Mutter Quarzbank') as a name, not a mother's name", () => {
    const text = `Banken unter Druck

Mailand – Mehrere Institute, darunter die Bank-Austria-Mutter Quarzbank, haben Briefe der Zentralbank erhalten. Seit Jahresbeginn hat Quarzbank bereits 20 Prozent an Wert eingebüßt. Im Frühjahr hatte die Auto-Tochter Velora ein Werk in Polen gekauft. Danach verkaufte Velora das Werk wieder. Am Montag verkaufte Mutter Johanna ihre Aktien.`;
    const organisations = extractFacts(text).actions.filter((action) => action.organisation);
    expect(organisations.map((action) => [action.actor.text, action.verb.text])).toEqual([
      ["Quarzbank", "hat"],
      ["Velora", "verkaufte"],
    ]);
  });

  it("takes no words after an indefinite article or a plural kind as a name", () => {
    const group = `Angriff im Norden

Bamako – Vor zwei Jahren wurde der Ort von einer Gruppe Kora überfallen. Am Montag griff Kora den Ort erneut an.`;
    expect(extractFacts(group).actions.filter((action) => action.organisation)).toEqual([]);
    const plural = `Kritik am Abkommen

Wien – Das Abkommen öffne den Lobbyinggruppen Kora neue Türen, so die Kritiker. Am Montag protestierte Kora in Wien.`;
    expect(extractFacts(plural).actions.filter((action) => action.organisation)).toEqual([]);
  });

  it("takes no first words of a longer name ('Recht und Gerechtigkeit', 'Block gegen den Islam')", () => {
    const text = `Wahl in Polen

Warschau – Die Partei Recht und Gerechtigkeit gewann die Wahl deutlich. Recht bekommt damit die Mehrheit im Parlament.`;
    expect(extractFacts(text).actions.filter((action) => action.organisation)).toEqual([]);
  });

  it("reads a one-word name before a small word as a name where the text uses it alone ('der Publisher Velaro für Aufsehen')", () => {
    const text = `Streit in Tokio

Tokio – Zuletzt sorgte der Publisher Velaro für Aufsehen, als er ein Spiel absagte. Bei Velaro herrschen strenge Regeln. Velaro wollte sich dazu nicht äußern.`;
    const action = extractFacts(text).actions.find((candidate) => candidate.verb.text === "wollte");
    expect(action).toMatchObject({ actor: { text: "Velaro" }, organisation: true });
    // Used alone only once: the small word may carry the name on.
    const once = `Streit in Tokio

Tokio – Zuletzt sorgte der Publisher Velaro für Aufsehen. Velaro wollte sich dazu nicht äußern.`;
    expect(extractFacts(once).actions.filter((candidate) => candidate.organisation)).toEqual([]);
  });

  it("reads no relative clause after a plural as an apposition of a company's kind ('Arbeitnehmer, die dem Unternehmen ...')", () => {
    const text = `Harte Regeln

Tokio – Arbeitnehmer, die dem Unternehmen zu wenig bringen, werden versetzt. Das Unternehmen wollte sich dazu nicht äußern.`;
    const action = extractFacts(text).actions.find((candidate) => candidate.verb.text === "wollte");
    expect(action?.referent).toBeUndefined();
    const apposition = `Höhere Preise

Wien – Die Berglandmilch, das größte private Molkereiunternehmen des Landes, zahlt mehr.`;
    expect(extractFacts(apposition).actions).toMatchObject([{ actor: { text: "Die Berglandmilch" }, organisation: true }]);
  });

  it("reads no dative or genitive as the subject, and no plural verb of one organisation", () => {
    const text = `Neue Drohungen aus Gaza

Gaza – Die Palästinenserorganisation Hamas droht Israel. Am Samstag drohte der Hamas eine Niederlage. Am Sonntag marschierten die Hamas und ihre Anhänger durch Gaza.`;
    expect(extractFacts(text).actions.filter((action) => action.organisation)).toEqual([]);
  });

  it("keeps an acronym after 'der' as the actor it was ('Terrormiliz IS', 'Der IS kontrolliert')", () => {
    const text = `Lage im Irak

Bagdad – Die Terrormiliz IS hat ihre Gebiete verloren. Seitdem hat sich die Lage verändert: Der IS kontrolliert keine Städte mehr im Irak.`;
    expect(actorsOf(text)).toContain("Der IS");
  });
});

describe("a product's kind noun for the product named before", () => {
  it("lets 'Das Programm' act for the one software the text named, and for no programme it did not name", () => {
    const text = `Sieg für die Maschine

Seoul – Das Duell hat die Schach-Software Kronos vorzeitig für sich entschieden. Das Programm besiegte am Samstag auch den Weltmeister Paul Hagen.`;
    const action = extractFacts(text).actions.find((candidate) => candidate.verb.text === "besiegte");
    expect(action).toMatchObject({ actor: { text: "Das Programm" }, referent: { text: "die Schach-Software Kronos" } });
    const unnamed = `Neue Pläne

Wien – Die Partei stellte am Montag ein neues Programm vor. Das Programm sieht höhere Steuern für Konzerne vor.`;
    expect(extractFacts(unnamed).actions.map((candidate) => candidate.actor.text)).not.toContain("Das Programm");
  });
});

describe("a word of a name's shape the text uses again", () => {
  it("lets 'DeepStar' act alone where the text names it twice", () => {
    const text = `Sieg für die Maschine

Seoul – DeepStar gewann auch die dritte Partie gegen den Meister. Die Entwickler hatten DeepStar mit Millionen Partien trainiert.`;
    expect(actorsOf(text)).toContain("DeepStar");
  });

  it("does not where the text names it once", () => {
    const text = `Sieg für die Maschine

Seoul – DeepStar gewann auch die dritte Partie gegen den Meister. Die Entwickler feierten den Sieg.`;
    expect(actorsOf(text)).not.toContain("DeepStar");
  });
});
