/**
 * The extractor on news texts it was not developed against: a summit, an election, a disaster, a
 * video conference (test/fixtures/texts). The expectations are what a careful reader finds in each text.
 */
import { describe, expect, it } from "vitest";
import summitText from "../../fixtures/texts/westbalkan-gipfel.txt?raw";
import electionText from "../../fixtures/texts/parlamentswahl-polen.txt?raw";
import disasterText from "../../fixtures/texts/erdbeben-marokko.txt?raw";
import videoText from "../../fixtures/texts/nato-videokonferenz.txt?raw";
import { extractFacts, type Facts, type QuantityFact } from "../../../src/extract/index";

function quantity(facts: Facts, text: string, written: string): QuantityFact {
  const found = facts.quantities.find((candidate) => candidate.text === written);
  if (!found) throw new Error(`no quantity "${written}"; found ${facts.quantities.map((q) => q.text).join(" | ")}`);
  expect(text.slice(found.start, found.end)).toBe(written);
  return found;
}

function person(facts: Facts, surname: string) {
  const found = facts.persons.find((candidate) => candidate.surname === surname);
  if (!found) throw new Error(`no person ${surname}; found ${facts.persons.map((p) => p.surname).join(", ")}`);
  return found;
}

function passageKindOf(facts: Facts, text: string, line: string) {
  const start = text.indexOf(line);
  return facts.passages.find((passage) => passage.start <= start && start < passage.end)?.kind;
}

describe("summit: Westbalkan-Gipfel in Tirana", () => {
  const facts = extractFacts(summitText, { id: "westbalkan-gipfel" });
  const meeting = facts.meetings[0]!;

  it("reads the document's dateline, agency, title and author", () => {
    expect(facts.document).toMatchObject({
      title: "Westbalkan-Gipfel: EU sagt Beitrittskandidaten mehr Geld zu",
      dateline: "Tirana",
      source: "AFP",
      author: "Anna Berger",
    });
  });

  it("finds the meeting's place, date, size and host", () => {
    expect(meeting).toMatchObject({ place: "Tirana", date: "2023-10-16", hostCountry: "AL" });
    expect(meeting.participantCount).toMatchObject({ value: 30, approx: true, hedge: "mehr als", unit: "Staats- und Regierungschefs" });
    expect(summitText.slice(meeting.placeEvidence!.start, meeting.placeEvidence!.end)).toContain("Gipfel in Tirana");
  });

  it("does not take the next meeting's place for this one", () => {
    expect(meeting.place).not.toBe("Montenegro");
  });

  it("knows who attended, who stayed away and who stood in", () => {
    expect([...meeting.participants].sort()).toEqual(["Brnabić", "Macron", "Meloni", "Rama", "Scholz"]);
    expect(person(facts, "Vučić")).toMatchObject({ attendance: "represented", relatedTo: "Brnabić", country: "RS", role: "Serbiens Präsident" });
    expect(person(facts, "Brnabić")).toMatchObject({ attendance: "representative", relatedTo: "Vučić" });
    expect(person(facts, "Rama")).toMatchObject({ role: "albanische Regierungschef", country: "AL" });
    expect(person(facts, "Scholz")).toMatchObject({ givenName: "Olaf", role: "Bundeskanzler", country: "DE" });
    expect(person(facts, "Meloni").country).toBe("IT");
  });

  it("reads the figures", () => {
    expect(quantity(facts, summitText, "rund 6 Milliarden")).toMatchObject({ value: 6e9, unit: "Euro", approx: true });
    expect(quantity(facts, summitText, "1,2 Milliarden")).toMatchObject({ value: 1.2e9, unit: "Euro", approx: false });
    expect(quantity(facts, summitText, "Knapp 62")).toMatchObject({ value: 62, unit: "Prozent", approx: true });
    expect(quantity(facts, summitText, "rund 400")).toMatchObject({ value: 400, unit: "Delegierte" });
    expect(quantity(facts, summitText, "vier")).toMatchObject({ value: 4, unit: "Menschen" });
    expect(facts.quantities.some((candidate) => candidate.value === 2014)).toBe(false);
  });

  it("names the countries, not the continent or the union", () => {
    expect(facts.countries.map((country) => country.iso2).sort()).toEqual(["AL", "FR", "IT", "ME", "RS", "XK"]);
  });

  it("keeps the photo credit and the teaser out of the facts", () => {
    expect(passageKindOf(facts, summitText, "Foto: Alexander Schmidt/dpa")).toBe("boilerplate");
    expect(passageKindOf(facts, summitText, "Lesen Sie auch")).toBe("boilerplate");
    expect(passageKindOf(facts, summitText, "Von Anna Berger")).toBe("byline");
    expect(facts.persons.map((candidate) => candidate.surname)).not.toContain("Schmidt");
    expect(facts.persons.map((candidate) => candidate.surname)).not.toContain("Berger");
  });
});

describe("election: Parlamentswahl in Polen", () => {
  const facts = extractFacts(electionText, { id: "parlamentswahl-polen" });

  it("reports no meeting, so nobody attended one", () => {
    expect(facts.meetings).toEqual([]);
    expect(new Set(facts.persons.map((candidate) => candidate.attendance))).toEqual(new Set(["mentioned"]));
  });

  it("reads the results and the turnout", () => {
    expect(quantity(facts, electionText, "35,4")).toMatchObject({ value: 35.4, unit: "Prozent", approx: false });
    expect(quantity(facts, electionText, "30,7")).toMatchObject({ value: 30.7, unit: "Prozent" });
    expect(quantity(facts, electionText, "knapp 74")).toMatchObject({ value: 74, unit: "Prozent", approx: true, hedge: "knapp" });
    expect(quantity(facts, electionText, "Rund 29 Millionen")).toMatchObject({ value: 29e6, unit: "Menschen", approx: true });
    expect(quantity(facts, electionText, "460")).toMatchObject({ value: 460, unit: "Sitze" });
    expect(quantity(facts, electionText, "231")).toMatchObject({ value: 231, unit: "Mandate" });
    expect(quantity(facts, electionText, "1,3 Billionen")).toMatchObject({ value: 1.3e12, unit: "Euro" });
  });

  it("reads the election date and takes 1989 for a year", () => {
    expect(facts.dates.map((date) => date.value)).toEqual(["1989", "2023-10-15"]);
  });

  it("reads the people with their roles, names and nationality", () => {
    expect(person(facts, "Morawiecki")).toMatchObject({ givenName: "Mateusz", role: "polnische Ministerpräsident", country: "PL" });
    expect(person(facts, "von der Leyen")).toMatchObject({ name: "Ursula von der Leyen", role: "EU-Kommissionspräsidentin" });
    expect(person(facts, "Selenskyj")).toMatchObject({ country: "UA", role: "ukrainische Präsident" });
    expect(person(facts, "Tusk").mentions.map((mention) => mention.text)).toEqual(["Donald Tusk", "Tusk"]);
    expect(person(facts, "von der Leyen").country).toBeUndefined();
  });

  it("takes the authors for the byline, not for people in the report", () => {
    expect(facts.document).toMatchObject({ dateline: "Warschau", source: "ARD-Studio Warschau", author: "Jan Kowalski und Maria Nowak" });
    expect(facts.persons.map((candidate) => candidate.surname)).not.toContain("Nowak");
  });

  it("names the countries", () => {
    expect(facts.countries.map((country) => country.iso2).sort()).toEqual(["DE", "PL", "RU", "UA"]);
  });
});

describe("disaster: Erdbeben in Marokko", () => {
  const facts = extractFacts(disasterText, { id: "erdbeben-marokko" });

  it("reads the date line and completes a day without year from it", () => {
    expect(facts.document.date).toBe("2023-09-11");
    expect(passageKindOf(facts, disasterText, "Stand:")).toBe("byline");
    expect(facts.dates.map((date) => [date.text, date.value])).toContainEqual(["9. September", "2023-09-09"]);
    expect(facts.dates.map((date) => [date.text, date.value])).toContainEqual(["1960", "1960"]);
  });

  it("reads the casualty figures with their hedges", () => {
    expect(quantity(facts, disasterText, "mehr als 2.900")).toMatchObject({ value: 2900, unit: "Menschen", approx: true });
    expect(quantity(facts, disasterText, "Rund 5.500")).toMatchObject({ value: 5500, unit: "Verletzte", approx: true });
    expect(quantity(facts, disasterText, "etwa 50 000")).toMatchObject({ value: 50000, unit: "Gebäude", approx: true });
    expect(quantity(facts, disasterText, "rund 140.000")).toMatchObject({ value: 140000, unit: "Obdachlose" });
    expect(quantity(facts, disasterText, "etwa 12.000")).toMatchObject({ value: 12000, unit: "Menschen" });
    expect(quantity(facts, disasterText, "50")).toMatchObject({ value: 50, unit: "Einsatzkräften", approx: false });
  });

  it("finds the cabinet's crisis meeting and does not count a foreign minister who only offered help", () => {
    expect(facts.meetings[0]).toMatchObject({ place: "Rabat", hostCountry: "MA", participants: [] });
    expect(person(facts, "Faeser")).toMatchObject({ role: "Bundesinnenministerin", country: "DE", attendance: "mentioned" });
  });

  it("names the countries that sent help", () => {
    const codes = facts.countries.map((country) => country.iso2);
    expect(codes).toEqual(expect.arrayContaining(["MA", "ES", "GB", "QA", "AE", "FR"]));
  });

  it("keeps the picture credit out", () => {
    expect(passageKindOf(facts, disasterText, "Bilder: Reuters")).toBe("boilerplate");
  });
});

describe("video conference: Nato-Verteidigungsminister", () => {
  const facts = extractFacts(videoText, { id: "nato-videokonferenz" });
  const meeting = facts.meetings[0]!;

  it("reads the format from the article, not only from the headline", () => {
    expect(meeting.format).toBe("video_conference");
    const evidence = videoText.slice(meeting.formatEvidence!.start, meeting.formatEvidence!.end);
    expect(evidence).toContain("per Videokonferenz über die Lage");
    expect(facts.document).toMatchObject({ title: "Nato-Verteidigungsminister beraten per Videokonferenz", dateline: "Brüssel", source: "dpa" });
  });

  it("takes neither a participant's home city nor the next summit's city for the place", () => {
    expect(meeting.place).toBeUndefined();
  });

  it("knows the defence ministers who took part, also when only switched in, and the one who could not", () => {
    expect(meeting.participantRoles).toContain("verteidigungsminister");
    expect([...meeting.participants].sort()).toEqual(["Austin", "Pistorius", "Umjerow"]);
    expect(person(facts, "Umjerow")).toMatchObject({ role: "ukrainischer Amtskollege", impliedRole: "Verteidigungsminister", country: "UA" });
    expect(person(facts, "Güler")).toMatchObject({ attendance: "absent", country: "TR" });
    expect(person(facts, "Pistorius").country).toBe("DE");
  });

  it("reads the member count of the alliance both ways it is written", () => {
    expect(facts.memberCounts.map((count) => [count.organization, count.value, count.unit])).toEqual([
      ["Nato", 32, "Staaten"],
      ["Nato", 32, "Mitgliedstaaten"],
    ]);
  });

  it("reads the figures and dates", () => {
    expect(quantity(facts, videoText, "rund 1,5 Milliarden")).toMatchObject({ value: 1.5e9, unit: "Dollar", approx: true });
    expect(quantity(facts, videoText, "mehr als 100 Milliarden")).toMatchObject({ value: 1e11, unit: "Euro", approx: true });
    expect(quantity(facts, videoText, "Rund 70")).toMatchObject({ value: 70, unit: "Prozent", approx: true });
    expect(facts.dates.map((date) => date.value)).toEqual(["2022-02"]);
  });

  it("names the countries and keeps the teaser out", () => {
    expect(facts.countries.map((country) => country.iso2).sort()).toEqual(["TR", "UA", "US"]);
    expect(passageKindOf(facts, videoText, "Mehr zum Thema")).toBe("boilerplate");
  });
});
