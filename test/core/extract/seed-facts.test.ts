/**
 * The acceptance bar: every fact of test/fixtures/seed-facts.json is extracted from its seed text
 * with the stated value and an evidence span inside the stated evidence, and no trap is extracted
 * as what it is not. The expectations are read from the fixture, not written here.
 */
import { describe, expect, it } from "vitest";
import seed000 from "../../../corpus/000_da9cece58f689f55.txt?raw";
import seed001 from "../../../corpus/001_a0779ffe5682cfbe.txt?raw";
import seed002 from "../../../corpus/002_1b9413930cd04c90.txt?raw";
import seed003 from "../../../corpus/003_ffc1f06195f87f2c.txt?raw";
import seed004 from "../../../corpus/004_244a028948b0aebe.txt?raw";
import fixture from "../../fixtures/seed-facts.json";
import { extractFacts, type Facts, type Passage, type PersonFact, type Span } from "../../../src/extract/index";
import { expectOnlyKnownTrapKeys } from "../bank/answers";

const texts: Record<string, string> = {
  "000_da9cece58f689f55.txt": seed000,
  "001_a0779ffe5682cfbe.txt": seed001,
  "002_1b9413930cd04c90.txt": seed002,
  "003_ffc1f06195f87f2c.txt": seed003,
  "004_244a028948b0aebe.txt": seed004,
};

interface SeedFact {
  kind: string;
  subject?: string;
  answer: unknown;
  surname?: string;
  role?: string;
  country?: string;
  represents?: string;
  unit?: string;
  approx?: boolean;
  also_by_adjective?: string[];
  evidence: string;
}

interface SeedTrap {
  why: string;
  not_an_attendee?: string;
  no_attendees_in_document?: boolean;
  boilerplate_lines?: string[];
}

const documents = fixture.documents as Record<string, { facts: SeedFact[]; traps: SeedTrap[] }>;
const ARTICLE_KINDS = new Set(["title", "heading", "text", "quote"]);

function passageAt(facts: Facts, position: number): Passage | undefined {
  return facts.passages.find((passage) => passage.start <= position && position < passage.end);
}

/** Where the evidence stands in the text: the occurrence in article text (not in a photo caption copy). */
function evidenceSpan(text: string, facts: Facts, evidence: string, allowedKinds = ARTICLE_KINDS): Span {
  for (let start = text.indexOf(evidence); start !== -1; start = text.indexOf(evidence, start + 1)) {
    const passage = passageAt(facts, start);
    if (passage && allowedKinds.has(passage.kind)) return { start, end: start + evidence.length };
  }
  throw new Error(`evidence not found in an article passage: ${evidence}`);
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const within = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;

function personBySurname(facts: Facts, surname: string): PersonFact {
  const person = facts.persons.find((candidate) => candidate.surname === surname);
  if (!person) throw new Error(`no person ${surname}; found ${facts.persons.map((p) => p.surname).join(", ")}`);
  return person;
}

/**
 * The role as the text states it. The fixture writes some roles in the nominative ("britischer") or
 * as "role (wording)" ("US-Außenminister (US-Kollege)"); the text's inflection is what counts, and
 * words the text does not contain at that place ("für") cannot be asked for.
 */
function expectRole(person: PersonFact, expected: string, evidence: string): void {
  const wording = /^(.*) \((.*)\)$/u.exec(expected);
  const stated = wording ? wording[2]! : expected;
  const stem = (word: string) => word.replace(/(?:e|en|er|es|em)$/u, "");
  for (const word of stated.split(" ").filter((candidate) => evidence.includes(stem(candidate)))) {
    expect(person.role, `role of ${person.surname}`).toContain(stem(word));
  }
  if (wording) {
    // "sein US-Kollege": the colleague holds the same office as the person before.
    const office = wording[1]!.split(" ").pop()!.replace(/^.*-/u, "");
    expect(person.impliedRole).toBe(office);
  }
}

function expectMentionIn(person: PersonFact, span: Span): void {
  expect(
    person.mentions.some((mention) => within(mention, span)),
    `${person.surname} mentioned in evidence`,
  ).toBe(true);
}

function checkFact(text: string, facts: Facts, fact: SeedFact): void {
  const meeting = facts.meetings[0];
  switch (fact.kind) {
    case "member_count": {
      const span = evidenceSpan(text, facts, fact.evidence);
      const count = facts.memberCounts.find((candidate) => candidate.value === fact.answer);
      expect(count, "member count").toBeDefined();
      expect(count!.organization).toBe(fact.subject);
      expect(count!.unit).toBe(fact.unit);
      expect(overlaps(count!, span)).toBe(true);
      return;
    }
    case "meeting_place": {
      const span = evidenceSpan(text, facts, fact.evidence);
      expect(meeting?.place).toBe(fact.answer);
      expect(within(span, meeting!.placeEvidence!)).toBe(true);
      return;
    }
    case "meeting_format": {
      const span = evidenceSpan(text, facts, fact.evidence);
      const formats: Record<string, string> = { Videokonferenz: "video_conference", persönlich: "in_person" };
      expect(meeting?.format).toBe(formats[fact.answer as string]);
      expect(within(span, meeting!.formatEvidence!)).toBe(true);
      return;
    }
    case "attendee":
    case "absent":
    case "represented_by":
    case "person_role": {
      const span = evidenceSpan(text, facts, fact.evidence);
      const person = personBySurname(facts, fact.surname!);
      expect(person.name).toBe(fact.answer);
      expectRole(person, fact.role!, fact.evidence);
      if (fact.country) expect(person.country).toBe(fact.country);
      expectMentionIn(person, span);
      if (fact.kind === "attendee") {
        expect(person.attendance).toBe("attended");
        expect(meeting?.participants).toContain(person.surname);
      }
      if (fact.kind === "absent") {
        expect(["absent", "represented"]).toContain(person.attendance);
        expect(meeting?.participants).not.toContain(person.surname);
        expect(overlaps(person.attendanceEvidence!, span)).toBe(true);
      }
      if (fact.kind === "represented_by") {
        const represented = fact.represents!.split(" ").pop()!;
        expect(person.attendance).toBe("representative");
        expect(person.relatedTo).toBe(represented);
        expect(personBySurname(facts, represented).relatedTo).toBe(person.surname);
        expect(meeting?.participants).toContain(person.surname);
      }
      return;
    }
    case "quantity": {
      const span = evidenceSpan(text, facts, fact.evidence);
      const quantity = facts.quantities.find((candidate) => candidate.value === fact.answer && within(candidate, span));
      expect(quantity, `quantity ${fact.answer} in "${fact.evidence}"`).toBeDefined();
      expect(quantity!.approx).toBe(fact.approx ?? false);
      if (fact.unit) expect(quantity!.unit).toBe(fact.unit);
      return;
    }
    case "attendee_count": {
      const span = evidenceSpan(text, facts, fact.evidence);
      const count = meeting?.participantCount;
      expect(count?.value).toBe(fact.answer);
      expect(count?.approx).toBe(fact.approx ?? false);
      expect(within(count!, span)).toBe(true);
      return;
    }
    case "previous_in_person_meeting": {
      const span = evidenceSpan(text, facts, fact.evidence);
      const date = facts.dates.find((candidate) => within(candidate, span));
      expect(date?.text).toBe(fact.answer);
      expect(date?.value).toBe("2019-02");
      return;
    }
    case "date": {
      const span = evidenceSpan(text, facts, fact.evidence, new Set([...ARTICLE_KINDS, "byline"]));
      expect(facts.document.date).toBe(fact.answer);
      expect(facts.dates.find((candidate) => within(candidate, span))?.value).toBe(fact.answer);
      return;
    }
    case "countries_named": {
      const span = evidenceSpan(text, facts, fact.evidence);
      const expected = [...(fact.answer as string[]), ...fact.also_by_adjective!];
      expect(facts.countries.map((country) => country.iso2).sort()).toEqual([...expected].sort());
      for (const iso2 of fact.also_by_adjective!) {
        const country = facts.countries.find((candidate) => candidate.iso2 === iso2)!;
        expect(
          country.mentions.some((mention) => mention.form === "adjective"),
          `${iso2} by adjective`,
        ).toBe(true);
      }
      const named = facts.countries.filter((country) => country.mentions.some((mention) => within(mention, span)));
      expect(named.length).toBeGreaterThan(0);
      return;
    }
    default:
      throw new Error(`fact kind without a check: ${fact.kind}`);
  }
}

function checkTrap(text: string, facts: Facts, trap: SeedTrap): void {
  expectOnlyKnownTrapKeys(trap);
  if (trap.not_an_attendee) {
    const surname = trap.not_an_attendee.split(" ").pop()!;
    const person = facts.persons.find((candidate) => candidate.surname === surname);
    expect(["attended", "representative"]).not.toContain(person?.attendance);
    expect(facts.meetings.flatMap((meeting) => meeting.participants)).not.toContain(surname);
  }
  if (trap.no_attendees_in_document) {
    expect(facts.persons.filter((person) => person.attendance !== "mentioned")).toEqual([]);
    expect(facts.meetings.flatMap((meeting) => meeting.participants)).toEqual([]);
  }
  for (const line of trap.boilerplate_lines ?? []) {
    const start = text.indexOf(line.trim());
    expect(start, line).toBeGreaterThanOrEqual(0);
    const passage = passageAt(facts, start)!;
    expect(passage.kind, line).toBe("boilerplate");
    const spans: Span[] = [
      ...facts.countries.flatMap((country) => country.mentions),
      ...facts.persons.flatMap((person) => person.mentions),
      ...facts.quantities,
      ...facts.memberCounts,
      ...facts.dates,
      ...facts.meetings,
    ];
    expect(spans.filter((span) => overlaps(span, passage))).toEqual([]);
  }
}

describe.each(Object.entries(documents))("seed %s", (file, { facts: seedFacts, traps }) => {
  const text = texts[file]!;
  const facts = extractFacts(text, { id: file });

  it.each(seedFacts.map((fact) => [`${fact.kind}: ${JSON.stringify(fact.answer)}`, fact] as const))("extracts %s", (_name, fact) => {
    checkFact(text, facts, fact);
  });

  it.each(traps.map((trap) => [trap.why, trap] as const))("avoids the trap: %s", (_why, trap) => {
    checkTrap(text, facts, trap);
  });

  it("gives every span back from the text", () => {
    for (const mention of [...facts.countries.flatMap((country) => country.mentions), ...facts.persons.flatMap((person) => person.mentions)]) {
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    }
    for (const figure of [...facts.quantities, ...facts.dates]) expect(text.slice(figure.start, figure.end)).toBe(figure.text);
  });
});

it("reads the document date of a page-dump header", () => {
  const facts = extractFacts(seed004);
  expect(facts.document.date).toBe("2017-03");
  expect(facts.document).toMatchObject({ dateline: "Washington", source: "dpa" });
});

it("keeps the photo caption out of the evidence but uses the identical sentence before it", () => {
  const facts = extractFacts(seed001);
  const caption = facts.passages.find((passage) => seed001.slice(passage.start, passage.end).includes("©"))!;
  expect(caption.kind).toBe("boilerplate");
  const meeting = facts.meetings[0]!;
  expect(meeting.formatEvidence!.end).toBeLessThanOrEqual(caption.start);
  expect(facts.persons.some((person) => person.surname === "Koehler")).toBe(false);
});
