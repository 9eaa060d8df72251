/**
 * The form a teacher edits or adds a question with, and the question it makes. Two steps: the fields'
 * shape and lengths (zod, in the route's validator), then the question itself, which needs the text
 * (to find the evidence) and the version being edited (its option ids, topic and further evidence).
 * Every message is German and names the field to fix.
 */
import * as z from "zod";
import { parseGermanNumber } from "../../bank/grade";
import { Question, QUESTION_TYPES, type BankDocument, type Option, type QuestionType } from "../../bank/schema";
import { answerTexts } from "../../bank/quiz";
import { leaksAnswer } from "../../generate/checks";
import { findEvidence, MAX_QUOTE_LENGTH } from "./evidence";

/** Option slots a–z; the form shows the options there are plus two empty ones (at least six). */
export const OPTION_IDS = [..."abcdefghijklmnopqrstuvwxyz"];
export const optionField = (id: string) => `option_${id}`;

const text = (max: number, label: string) => z.string().max(max, `${label}: höchstens ${max} Zeichen.`).optional();

export const QuestionFields = z.object({
  typ: z.enum(QUESTION_TYPES, { error: "Bitte wählen Sie einen Fragetyp." }),
  frage: text(500, "Frage"),
  ...Object.fromEntries(OPTION_IDS.map((id) => [optionField(id), text(300, `Antwort ${id.toUpperCase()}`)])),
  /** Single choice: the option id; multiple select: several; true/false: "wahr" or "falsch". */
  richtig: z.union([z.string().max(10), z.array(z.string().max(10)).max(OPTION_IDS.length)]).optional(),
  zahl: text(40, "Richtige Zahl"),
  von: text(40, "Kleinste richtige Zahl"),
  bis: text(40, "Größte richtige Zahl"),
  einheit: text(60, "Einheit"),
  antworttext: text(200, "So steht es im Text"),
  aussage: text(500, "Aussage"),
  korrektur: text(500, "Richtig ist"),
  vor: text(500, "Satz vor der Lücke"),
  luecke: text(200, "Lücke"),
  nach: text(500, "Satz nach der Lücke"),
  auch: text(1000, "Auch richtig"),
  beleg: text(MAX_QUOTE_LENGTH * 2, "Beleg"),
  /** Where the selection started (set by the review page's script), to tell repeated quotes apart. */
  belegStart: z
    .string()
    .regex(/^\d{0,7}$/, "Der Beleg konnte nicht gelesen werden.")
    .optional(),
});
export type QuestionFields = z.infer<typeof QuestionFields>;

/**
 * A line as a teacher typed it: NFC, control and format characters (a pasted right-to-left override,
 * zero-width spaces) dropped, runs of whitespace as one space.
 */
export const cleanLine = (value: string | undefined) =>
  (value ?? "")
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu, (char) => (/\s/.test(char) ? " " : ""))
    .replace(/\s+/g, " ")
    .trim();

const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export type BuiltQuestion = { ok: true; question: Question } | { ok: false; errors: string[] };

interface Context {
  document: BankDocument;
  /** The id the question gets (the editor decides whether an edit keeps the old one). */
  id: string;
  /** The version being edited, if any. */
  existing?: Question | undefined;
}

function options(fields: QuestionFields): Option[] {
  const values = fields as Record<string, string | undefined>;
  return OPTION_IDS.flatMap((id) => {
    const optionText = cleanLine(values[optionField(id)]);
    return optionText ? [{ id, text: optionText }] : [];
  });
}

function numberField(value: string | undefined, label: string, errors: string[]): number | undefined {
  const typed = cleanLine(value);
  if (typed === "") return undefined;
  const number = parseGermanNumber(typed);
  if (number === null) errors.push(`${label}: Bitte nur eine Zahl eingeben, zum Beispiel 14.000 oder 1,8.`);
  return number ?? undefined;
}

const numberFormat = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 6 });

/** The sentence around a gap as typed; it keeps its spaces at the gap ("Die Konferenz fand in ", " statt."). */
const gapSentence = (fields: QuestionFields) => ({
  before: (fields.vor ?? "").normalize("NFC").replace(/\s+/g, " ").trimStart(),
  after: (fields.nach ?? "").normalize("NFC").replace(/\s+/g, " ").trimEnd(),
});

/** The type-specific part of the question, or messages. */
function answerPart(type: QuestionType, fields: QuestionFields, errors: string[]) {
  const keys = list(fields.richtig);
  switch (type) {
    case "single":
    case "multi": {
      const choices = options(fields);
      const distinct = new Set(choices.map((option) => option.text.toLocaleLowerCase("de")));
      const minimum = type === "single" ? 2 : 3;
      if (choices.length < minimum) errors.push(`Bitte geben Sie mindestens ${minimum} Antworten an.`);
      if (distinct.size < choices.length) errors.push("Zwei Antworten sind gleich. Bitte machen Sie jede Antwort anders.");
      const right = keys.filter((key) => choices.some((option) => option.id === key));
      if (type === "single") {
        if (right.length !== 1) errors.push("Bitte markieren Sie genau eine richtige Antwort (bei einer Antwort, die ausgefüllt ist).");
        return { type, options: choices, answer: right[0] ?? "" } as const;
      }
      if (right.length === 0) errors.push("Bitte markieren Sie mindestens eine richtige Antwort (bei Antworten, die ausgefüllt sind).");
      if (right.length === choices.length && choices.length > 0) errors.push("Mindestens eine Antwort muss falsch sein.");
      return { type, options: choices, answers: [...new Set(right)].sort() } as const;
    }
    case "numeric": {
      const answer = numberField(fields.zahl, "Richtige Zahl", errors);
      if (answer === undefined && cleanLine(fields.zahl) === "") errors.push("Bitte geben Sie die richtige Zahl an.");
      const min = numberField(fields.von, "Kleinste richtige Zahl", errors) ?? answer;
      const max = numberField(fields.bis, "Größte richtige Zahl", errors) ?? answer;
      if (answer !== undefined && min !== undefined && max !== undefined && !(min <= answer && answer <= max)) {
        errors.push("Die richtige Zahl muss zwischen der kleinsten und der größten richtigen Zahl liegen.");
      }
      const unit = cleanLine(fields.einheit);
      const answerText = cleanLine(fields.antworttext) || (answer === undefined ? "" : numberFormat.format(answer));
      // Asked in its sentence ("Welche Zahl fehlt in diesem Satz?") where the sentence around the gap is given.
      const { before, after } = gapSentence(fields);
      const gap = before.trim() !== "" || after.trim() !== "" ? { before, after } : {};
      return { type, answer: answer ?? 0, min: min ?? 0, max: max ?? 0, answerText: answerText || "–", ...(unit ? { unit } : {}), ...gap } as const;
    }
    case "truefalse": {
      const statement = cleanLine(fields.aussage);
      if (statement === "") errors.push("Bitte geben Sie die Aussage an, die beurteilt werden soll.");
      const truth = keys[0];
      if (keys.length !== 1 || (truth !== "wahr" && truth !== "falsch")) errors.push("Bitte wählen Sie, ob die Aussage stimmt.");
      const correction = cleanLine(fields.korrektur);
      return { type, statement, answer: truth === "wahr", ...(truth === "falsch" && correction ? { correction } : {}) } as const;
    }
    case "cloze": {
      const answer = cleanLine(fields.luecke);
      if (answer === "") errors.push("Bitte geben Sie an, was in die Lücke gehört.");
      const { before, after } = gapSentence(fields);
      if (before.trim() === "" && after.trim() === "") errors.push("Bitte geben Sie den Satz um die Lücke an.");
      const accept = [
        ...new Set(
          (fields.auch ?? "")
            .split(/\n|;/)
            .map(cleanLine)
            .filter((spelling) => spelling !== "" && spelling !== answer),
        ),
      ];
      return { type, before, after, answer, accept } as const;
    }
  }
}

export function buildQuestion(fields: QuestionFields, { document, id, existing }: Context): BuiltQuestion {
  const errors: string[] = [];
  const stem = cleanLine(fields.frage);
  if (stem === "") errors.push("Bitte geben Sie die Frage ein.");
  const part = answerPart(fields.typ, fields, errors);
  const near = fields.belegStart ? Number(fields.belegStart) : existing?.evidence.start;
  const found = findEvidence(document, fields.beleg ?? "", near);
  if (!found.ok) errors.push(found.message);
  if (errors.length > 0 || !found.ok) return { ok: false, errors };

  const candidate = {
    id,
    documentId: document.id,
    topic: existing?.topic ?? "own",
    // A generated question keeps the fact it asks (a quiz asks each fact once); a teacher's new question is a fact of its own.
    fact: existing?.fact ?? `own:${id}`,
    ...(existing?.alsoAbout ? { alsoAbout: existing.alsoAbout } : {}),
    salience: existing?.salience ?? 1,
    stem,
    evidence: found.evidence,
    // Further evidence of the generated question stays while its meaning does; own questions have one.
    moreEvidence: existing ? existing.moreEvidence.filter((more) => more.start !== found.evidence.start || more.end !== found.evidence.end) : [],
    ...part,
  };
  const parsed = Question.safeParse(candidate);
  if (!parsed.success) return { ok: false, errors: ["Die Frage ist nicht vollständig. Bitte prüfen Sie alle Felder."] };
  if (leaksAnswer(parsed.data)) {
    const shown = answerTexts(parsed.data)[0];
    return {
      ok: false,
      errors: [`Die Frage verrät die Antwort${shown ? ` („${shown}“)` : ""}. Bitte formulieren Sie sie so, dass die Antwort nicht darin steht.`],
    };
  }
  return { ok: true, question: parsed.data };
}

/** The form's fields filled from a question, for editing it. */
export function fieldsOf(question: Question): Record<string, string | string[]> {
  const common = { typ: question.type, frage: question.stem, beleg: question.evidence.quote, belegStart: String(question.evidence.start) };
  switch (question.type) {
    case "single":
    case "multi":
      return {
        ...common,
        ...Object.fromEntries(question.options.map((option) => [optionField(option.id), option.text])),
        richtig: question.type === "single" ? question.answer : question.answers,
      };
    case "numeric":
      return {
        ...common,
        zahl: numberFormat.format(question.answer),
        von: numberFormat.format(question.min),
        bis: numberFormat.format(question.max),
        einheit: question.unit ?? "",
        antworttext: question.answerText,
        vor: question.before ?? "",
        nach: question.after ?? "",
      };
    case "truefalse":
      return { ...common, aussage: question.statement, richtig: question.answer ? "wahr" : "falsch", korrektur: question.correction ?? "" };
    case "cloze":
      return { ...common, vor: question.before, luecke: question.answer, nach: question.after, auch: question.accept.join("\n") };
  }
}
