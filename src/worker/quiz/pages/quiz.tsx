/** Taking a quiz: the question, the feedback after answering, the results at the end. */
import type { Child, FC } from "hono/jsx";
import type { LearnerResponse } from "../../../bank/grade";
import { type GapText, gapText, type PublicQuestion } from "../../../bank/public";
import type { BankDocument, Question } from "../../../bank/schema";
import { formatPoints, quoted } from "../../../shared/german";
import { Layout } from "../../layout/page";
import { questionUrl } from "../attempts";
import { MAX_ANSWER_LENGTH } from "../forms";
import { responseText, resultLine, spellingCorrection, statementAnswer, VERDICT_TEXT, verdict, wordsApart } from "../describe";
import type { Withheld } from "../highlight";
import { QuestionEvidence } from "./parts";

export type QuizPosition = {
  attemptId: string;
  quizTitle: string;
  /** A round of a class's own text after its assignment ("Noch eine Runde üben"): the teacher's results do not count it. */
  practice?: boolean;
  position: number;
  total: number;
  /** Questions answered so far. */
  done: number;
  /** Points scored so far in this attempt. */
  points: number;
  /** Right answers in a row, up to the latest. */
  streak: number;
};

/** Shown from this many right answers in a row. */
const STREAK_SHOWN_FROM = 2;

/** The quiz's title, where the learner is, the points so far and the streak; a bar for the answered questions. */
const QuizHeader: FC<{ at: QuizPosition }> = ({ at }) => (
  <header class="quiz-header">
    <p class="quiz-title">
      {at.quizTitle}
      {at.practice && <span class="quiz-round"> · Übungsrunde, zählt nicht für die Aufgabe</span>}
    </p>
    <div class="quiz-status">
      <p class="progress-label" id="fortschritt">
        Frage {at.position} von {at.total}
      </p>
      <p class="tally">
        <span class="points">
          <span aria-hidden="true">★ </span>
          {formatPoints(at.points)} {at.points === 1 ? "Punkt" : "Punkte"}
        </span>
        {at.streak >= STREAK_SHOWN_FROM && <span class="streak">{at.streak} richtig in Folge</span>}
      </p>
    </div>
    <progress max={at.total} value={at.done} aria-labelledby="fortschritt">
      {at.done} von {at.total} beantwortet
    </progress>
  </header>
);

const ErrorMessage: FC<{ error: string | undefined }> = ({ error }) =>
  error ? (
    <div class="fehler" role="alert" id="fehler">
      <p>{error}</p>
    </div>
  ) : null;

/**
 * The label of a number's field. The unit is the word after the figure in the text, in the sentence's
 * case ("mit vier Beinen", "zählt 83 Staaten"), so it cannot follow "in" or "Einheit:" in every text: it
 * stands after the field as after the gap in the sentence ("___ Beinen"), and screen readers, to which
 * that word alone would say little, hear it quoted in the label.
 */
export const NumberLabel: FC<{ htmlFor: string; unit: string | undefined }> = ({ htmlFor, unit }) => (
  <label for={htmlFor}>
    Deine Zahl
    {unit && <span class="visually-hidden">{` (danach steht ${quoted(unit)})`}</span>}
  </label>
);

/**
 * A gap text in its quote box: the sentence with its gap, which screen readers announce as "(Lücke)",
 * on its own line; the sentence before it, where the question shows one, above it in smaller, lighter
 * type and introduced for screen readers, so that it reads as what leads up to the gap sentence. `id`
 * names the gap sentence alone (the answer field is described by it); `blank` stands in the gap (a
 * worksheet's line to write on).
 */
export const GapSentence: FC<{ gap: GapText; id?: string; blank?: Child }> = ({
  gap,
  id,
  blank = (
    <span class="gap">
      <span class="visually-hidden">(Lücke)</span>
    </span>
  ),
}) => {
  const sentence = (
    <p class="sentence" id={id}>
      {gap.before}
      {blank}
      {gap.after}
    </p>
  );
  if (!gap.context) return sentence;
  return (
    <div class="sentence-box">
      <p class="sentence-context">
        <span class="visually-hidden">Der Satz davor im Text: </span>
        {gap.context}
      </p>
      {sentence}
    </div>
  );
};

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

/** Tiles take turns through this many colours (stylesheet: .tile-0 ...); the letter or sign tells them apart, not the colour. */
const TILE_COLOURS = 4;
const tileLetter = (index: number) => String.fromCharCode(65 + index);
/** Options longer than this (statements) stand one above the other on a wide screen too: side by side they wrap in narrow columns. */
const LONG_OPTION = 40;

const ChoiceFields: FC<{ question: Extract<PublicQuestion, { type: "single" | "multi" }>; selected: string[]; error?: string }> = ({
  question,
  selected,
  error,
}) => (
  <fieldset aria-labelledby="frage-text" aria-describedby={describedBy(question.type === "multi" && "hinweis", error && "fehler")}>
    {question.type === "multi" && (
      <p id="hinweis" class="muted">
        Mehrere Antworten können richtig sein.
      </p>
    )}
    <div class={question.options.some((option) => option.text.length > LONG_OPTION) ? "choices tiles long" : "choices tiles"}>
      {question.options.map((option, index) => (
        <label class={`choice tile tile-${index % TILE_COLOURS}`}>
          <input type={question.type === "single" ? "radio" : "checkbox"} name="antwort" value={option.id} checked={selected.includes(option.id)} />
          <span class="tile-sign" aria-hidden="true">
            {tileLetter(index)}
          </span>
          <span>{option.text}</span>
        </label>
      ))}
    </div>
  </fieldset>
);

const AnswerFields: FC<{ question: PublicQuestion; previous: string[]; error?: string }> = ({ question, previous, error }) => {
  switch (question.type) {
    case "single":
    case "multi":
      return <ChoiceFields question={question} selected={previous} error={error} />;
    case "truefalse":
      return (
        <>
          <p class="sentence" id="aussage">
            {quoted(question.statement)}
          </p>
          <fieldset aria-labelledby="frage-text" aria-describedby={describedBy("aussage", error && "fehler")}>
            <div class="choices tiles">
              {[
                { value: "wahr", text: "Stimmt", sign: "✓" },
                { value: "falsch", text: "Stimmt nicht", sign: "✗" },
              ].map((choice, index) => (
                <label class={`choice tile tile-${index * 2}`}>
                  <input type="radio" name="antwort" value={choice.value} checked={previous.includes(choice.value)} />
                  <span class="tile-sign" aria-hidden="true">
                    {choice.sign}
                  </span>
                  <span>{choice.text}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </>
      );
    case "numeric":
      return (
        <>
          {question.gap && <GapSentence id="satz" gap={question.gap} />}
          <NumberLabel htmlFor="antwort" unit={question.unit} />
          <div class="field-row">
            <input
              id="antwort"
              name="antwort"
              type="text"
              inputmode="decimal"
              autocomplete="off"
              class="gap-input"
              value={previous[0] ?? ""}
              maxlength={MAX_ANSWER_LENGTH}
              aria-invalid={error ? "true" : undefined}
              aria-describedby={describedBy(question.gap ? "satz" : "frage-text", error && "fehler")}
            />
            {question.unit && (
              <span class="unit" aria-hidden="true">
                {question.unit}
              </span>
            )}
          </div>
        </>
      );
    case "cloze":
      return (
        <>
          <GapSentence id="satz" gap={question.gap} />
          <label for="antwort">Dein Text für die Lücke</label>
          <input
            id="antwort"
            name="antwort"
            type="text"
            autocomplete="off"
            autocapitalize="off"
            spellcheck={false}
            class="gap-input"
            value={previous[0] ?? ""}
            maxlength={MAX_ANSWER_LENGTH}
            aria-invalid={error ? "true" : undefined}
            aria-describedby={describedBy("satz", error && "fehler")}
          />
        </>
      );
  }
};

export const QuestionPage: FC<{
  at: QuizPosition;
  question: PublicQuestion;
  /** The title of the question's text, when the quiz spans several texts. */
  documentTitle?: string | undefined;
  previous?: string[];
  error?: string;
}> = ({ at, question, documentTitle, previous = [], error }) => (
  <Layout title={`${error ? "Fehler: " : ""}Frage ${at.position} von ${at.total}`}>
    <QuizHeader at={at} />
    <form method="post" action={questionUrl(at.attemptId, at.position)} class="question" data-question-id={question.id} novalidate>
      {documentTitle && <p class="meta">aus: {documentTitle}</p>}
      <h1 id="frage-text" class="stem" tabindex={-1} autofocus>
        {question.stem}
      </h1>
      <ErrorMessage error={error} />
      <AnswerFields question={question} previous={previous} error={error} />
      <div class="actions">
        <button type="submit">Antwort prüfen</button>
      </div>
    </form>
  </Layout>
);

/** The question as it was asked, for the feedback and the progress pages. */
export const AskedQuestion: FC<{ question: Question | PublicQuestion }> = ({ question }) => {
  switch (question.type) {
    case "truefalse":
      return <p class="sentence">{quoted(question.statement)}</p>;
    case "cloze":
      return <GapSentence gap={"gap" in question ? question.gap : gapText(question)} />;
    case "numeric": {
      // A bank question carries its gap sentence as before/after; the public shape (live mode) as gap.
      const gap =
        "gap" in question
          ? question.gap
          : question.before !== undefined && question.after !== undefined
            ? gapText({ before: question.before, after: question.after, evidence: question.evidence })
            : undefined;
      return gap ? <GapSentence gap={gap} /> : null;
    }
    default:
      return null;
  }
};

type MultiQuestion = Extract<Question, { type: "multi" }>;

const OPTION_MARKS = {
  picked: { symbol: "✓", text: "richtig gewählt" },
  wrongPick: { symbol: "✗", text: "falsch gewählt" },
  missed: { symbol: "!", text: "richtig, nicht gewählt" },
  skipped: { symbol: "–", text: "zu Recht nicht gewählt" },
} as const;

/** How partial credit came about: a share of the point per right pick, minus one per wrong pick, never below 0. */
export function pointsExplanation(question: MultiQuestion, chosen: string[], score: number): string {
  const right = question.answers.length;
  const rightPicks = chosen.filter((id) => question.answers.includes(id)).length;
  const wrongPicks = chosen.length - rightPicks;
  const rule = `Jede richtig gewählte Antwort bringt 1/${right} Punkt, jede falsch gewählte kostet 1/${right}`;
  const sum = `(${rightPicks} − ${wrongPicks}) / ${right}`;
  return rightPicks - wrongPicks < 0 ? `${rule}, aber nie unter 0: ${sum} ergibt 0 Punkte.` : `${rule}: ${sum} = ${formatPoints(score)} Punkte.`;
}

/** Every option of a multiple select with what the learner did with it, in symbols and words (not colour alone). */
export const OptionMarks: FC<{ question: MultiQuestion; chosen: string[]; score: number }> = ({ question, chosen, score }) => (
  <>
    <ul class="option-marks">
      {question.options.map((option) => {
        const isRight = question.answers.includes(option.id);
        const isChosen = chosen.includes(option.id);
        const kind = isChosen ? (isRight ? "picked" : "wrongPick") : isRight ? "missed" : "skipped";
        const mark = OPTION_MARKS[kind];
        return (
          <li class={`mark-${kind}`}>
            <span class="symbol" aria-hidden="true">
              {mark.symbol}
            </span>
            <span>
              {isRight ? <strong>{option.text}</strong> : option.text} <span class="why">({mark.text})</span>
            </span>
          </li>
        );
      })}
    </ul>
    {score < 1 && <p class="points-why">{pointsExplanation(question, chosen, score)}</p>}
  </>
);

/** A statement in quotation marks, the words that set it apart from the other in bold ("... nicht erreicht"). */
const StatementApart: FC<{ text: string; other: string }> = ({ text, other }) => (
  <>
    „
    {wordsApart(text, other).map(({ word, differs }, index) => (
      <>
        {index > 0 && " "}
        {differs ? <strong>{word}</strong> : word}
      </>
    ))}
    “
  </>
);

/**
 * After answering, on one phone screen: the result in one line (the right answer only where it was
 * missed), per-option marks for a multiple select, the passage with the evidence highlighted and the
 * answer's words emphasised, and "Weiter" kept in view at the bottom.
 */
export const FeedbackPage: FC<{
  at: QuizPosition;
  question: Question;
  response: LearnerResponse;
  score: number;
  documents: ReadonlyMap<string, BankDocument>;
  /** The evidence and answers of the attempt's questions not answered yet: the passage shown stops before them. */
  withheld: Withheld;
  nextUrl: string;
  isLast: boolean;
  /** Shown after another answer was sent to the answered question (a second tab): which one counts. */
  answeredBefore?: boolean;
}> = ({ at, question, response, score, documents, withheld, nextUrl, isLast, answeredBefore = false }) => {
  const result = verdict(score);
  const spelling = spellingCorrection(question, response);
  const statement = statementAnswer(question);
  return (
    <Layout title={`${VERDICT_TEXT[result]} – Frage ${at.position} von ${at.total}`}>
      <QuizHeader at={at} />
      <h1 class="stem">{question.stem}</h1>
      <AskedQuestion question={question} />
      <section class={`feedback ${result}`} aria-labelledby="ergebnis" tabindex={-1} autofocus id="rueckmeldung">
        <h2 id="ergebnis">{resultLine(question, response, score)}</h2>
        {answeredBefore && (
          <p class="notice caution">
            Diese Frage hattest du schon beantwortet, vielleicht in einem anderen Tab. Es zählt deine erste Antwort: {quoted(responseText(question, response))}.
          </p>
        )}
        {question.type === "multi" && response.type === "multi" ? (
          <OptionMarks question={question} chosen={response.choices} score={score} />
        ) : statement !== undefined ? (
          result !== "right" && (
            <>
              <p>
                Richtig ist: <StatementApart text={statement} other={responseText(question, response)} />
              </p>
              <p class="your-answer">
                Deine Antwort: <StatementApart text={responseText(question, response)} other={statement} />
              </p>
            </>
          )
        ) : (
          result !== "right" && <p class="your-answer">Deine Antwort: {responseText(question, response)}</p>
        )}
        {spelling && <p class="spelling">Richtig geschrieben: „{spelling}“ (ein Tippfehler zählt hier nicht als Fehler)</p>}
        {/* After "Richtig!", a second "Richtig ist:" would read as if the learner's answer were being corrected. */}
        {question.type === "truefalse" && question.correction && (
          <p>
            {result === "right" ? "Tatsächlich" : "Richtig ist"}: {question.correction}
          </p>
        )}
      </section>
      <QuestionEvidence question={question} documents={documents} withheld={withheld} />
      <div class="next-bar">
        <a class="button" href={nextUrl}>
          {isLast ? "Zum Ergebnis" : "Weiter"}
        </a>
      </div>
    </Layout>
  );
};
