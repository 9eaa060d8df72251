/** How many members an alliance has, how many took part in the meeting, and how the count differs between texts. */
import type { Question } from "../bank/schema";
import type { MemberCountFact } from "../extract/types";
import { numeric, numericChoice, single } from "./build";
import { type DocContext, evidenceFor, textName, writtenFigure } from "./context";
import { salienceOf } from "./salience";
import { formatNumber } from "../shared/german";
import { datePhrase, hedgeBefore, nominativePlural, toleranceRange, withArticle } from "./german";
import { meetingWords } from "./attendance";
import { compareText } from "./ids";

const DEFAULT_MEMBER_UNIT = "Mitglieder";

/** The hedge in front of the figure; the fact's span may start earlier ("Die 68 Mitglieder der ..."). */
function memberHedge(doc: DocContext, fact: MemberCountFact): string | undefined {
  const figure = /\d/u.exec(doc.text.slice(fact.start, fact.end));
  return hedgeBefore(doc.text, fact.start + (figure?.index ?? 0));
}

/** The member count as the text writes it ("83 Staaten", "rund 60 Mitglieder"); built when the figure is a word. */
function writtenCount(doc: DocContext, fact: MemberCountFact): string {
  const unit = fact.unit ?? DEFAULT_MEMBER_UNIT;
  const figure = /\d(?:[\d.\u00a0\u202f ]*\d)?/u.exec(doc.text.slice(fact.start, fact.end));
  if (figure) {
    const start = fact.start + figure.index;
    const written = writtenFigure(doc.text, { start, end: start + figure[0].length }, fact.unit);
    if (written.endsWith(unit)) return written;
  }
  const hedge = memberHedge(doc, fact);
  return `${hedge ? `${hedge} ` : ""}${formatNumber(fact.value)} ${unit}`;
}

export function memberCountQuestions(doc: DocContext, otherCounts: readonly number[]): Question[] {
  const questions: (Question | undefined)[] = [];
  for (const fact of doc.facts.memberCounts) {
    const evidence = evidenceFor(doc, fact);
    if (!evidence) continue;
    // "Von den 52 Mitgliedern": the stem asks in the nominative ("Wie viele Mitglieder ...").
    const unit = nominativePlural(fact.unit ?? DEFAULT_MEMBER_UNIT);
    const organisation = withArticle(fact.organization);
    const common = {
      documentId: doc.id,
      topic: "member_count" as const,
      key: `${fact.organization}:${fact.value}`,
      fact: `member_count:${fact.organization}:${fact.value}`,
      salience: salienceOf(doc, "member_count", fact),
      evidence,
    };
    const hedge = memberHedge(doc, fact);
    const written = writtenCount(doc, fact);
    questions.push(
      numeric(
        { ...common, stem: `Wie viele ${unit} zählt ${organisation} laut Text?` },
        fact.value,
        toleranceRange(fact.value, hedge !== undefined, hedge),
        written,
        unit,
      ),
    );
    questions.push(
      numericChoice(
        { ...common, key: `${common.key}:choice`, stem: `Wie viele ${unit} hat ${organisation} laut Text?` },
        fact.value,
        otherCounts,
        hedge !== undefined,
      ),
    );
  }
  return questions.filter((question): question is Question => question !== undefined);
}

export function attendeeCountQuestions(doc: DocContext): Question[] {
  const questions: Question[] = [];
  for (const meeting of doc.facts.meetings) {
    const count = meeting.participantCount;
    const evidence = count ? evidenceFor(doc, count) : undefined;
    if (!count || !evidence) continue;
    const words = meetingWords(meeting);
    const unit = count.unit ? nominativePlural(count.unit) : "Personen";
    questions.push(
      numeric(
        {
          documentId: doc.id,
          topic: "attendee_count",
          key: `${count.value}:${unit}`,
          fact: "attendee_count",
          salience: salienceOf(doc, "attendee_count", count),
          stem: `Wie viele ${unit} nahmen laut Text ${words.an} teil?`,
          evidence,
        },
        count.value,
        toleranceRange(count.value, count.approx, count.hedge),
        writtenFigure(doc.text, count, count.unit),
        unit,
      ),
    );
  }
  return questions;
}

interface CountInText {
  doc: DocContext;
  fact: MemberCountFact;
}

/** Member counts of the same organisation in different texts: how far apart they are, and which text has more. */
export function memberCountChangeQuestions(counts: readonly CountInText[]): Question[] {
  const questions: (Question | undefined)[] = [];
  const byOrganisation = new Map<string, CountInText[]>();
  for (const count of counts) {
    const key = count.fact.organization.toLowerCase();
    byOrganisation.set(key, [...(byOrganisation.get(key) ?? []), count]);
  }
  for (const group of byOrganisation.values()) {
    const sorted = [...group].sort((a, b) => compareText(a.doc.id, b.doc.id));
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const a = sorted[i]!;
        const b = sorted[j]!;
        if (a.doc.id === b.doc.id || a.fact.value === b.fact.value) continue;
        const evidenceA = evidenceFor(a.doc, a.fact);
        const evidenceB = evidenceFor(b.doc, b.fact);
        if (!evidenceA || !evidenceB) continue;
        const organisation = withArticle(a.fact.organization);
        const key = `${a.doc.id}:${a.fact.value}~${b.doc.id}:${b.fact.value}`;
        const common = {
          documentId: b.doc.id,
          key,
          fact: `member_count_change:${key}`,
          salience: salienceOf(b.doc, "member_count_change", b.fact),
          evidence: evidenceB,
          moreEvidence: [evidenceA],
        };
        const difference = Math.abs(a.fact.value - b.fact.value);
        const datedA = a.doc.facts.document.date;
        const datedB = b.doc.facts.document.date;
        // The question belongs to text b: the page shows which that is. Only the other text must be named,
        // by its date where both have one, else by its title.
        let stem = `Um wie viele Mitglieder unterscheiden sich die Angaben zur Größe ${genitive(organisation)} in diesem Text und im Text „${a.doc.facts.document.title ?? a.doc.id}“?`;
        let stated = [b, a];
        if (datedA && datedB && datedA !== datedB) {
          const [earlier, later] = datedA < datedB ? [a, b] : [b, a];
          const grown = later.fact.value > earlier.fact.value ? "gewachsen" : "geschrumpft";
          stem = `Um wie viele Mitglieder ist ${organisation} zwischen dem Text ${datePhrase(earlier.doc.facts.document.date!)} und dem Text ${datePhrase(later.doc.facts.document.date!)} ${grown}?`;
          stated = [earlier, later];
        }
        // The two figures as the texts write them, in the order the stem names the texts.
        const [first, second] = stated.map((count) => writtenCount(count.doc, count.fact));
        questions.push(
          numeric(
            { ...common, topic: "member_count_change", stem },
            difference,
            { min: difference, max: difference },
            `${first} im einen Text, ${second} im anderen`,
            "Mitglieder",
          ),
        );
        const larger = a.fact.value > b.fact.value ? a : b;
        questions.push(
          single(
            { ...common, topic: "member_count_change", stem: `Welcher Text nennt die größere Zahl an Mitgliedern für ${organisation}?` },
            { text: textName(larger.doc) },
            [{ text: textName((larger === a ? b : a).doc) }],
          ),
        );
      }
    }
  }
  return questions.filter((question): question is Question => question !== undefined);
}

/** "die Anti-IS-Koalition" -> "der Anti-IS-Koalition"; other genders through "von". */
function genitive(withArticlePhrase: string): string {
  if (withArticlePhrase.startsWith("die ")) return `der ${withArticlePhrase.slice(4)}`;
  return `von ${withArticlePhrase.replace(/^der /u, "dem ").replace(/^das /u, "dem ")}`;
}
