/**
 * The teacher's pages for own texts ("Sie"): bring a text, review and edit its questions, publish.
 * Everything a teacher typed is rendered as text by hono/jsx (escaped), never as HTML.
 */
import type { Child, FC } from "hono/jsx";
import type { Clash } from "../../bank/quiz";
import type { BankDocument, Evidence, Question, QuestionType } from "../../bank/schema";
import { materialPath, teacherPath } from "../classroom/paths";
import { FormErrors } from "../layout/form-errors";
import { Layout } from "../layout/page";
import { DocumentMeta, evidenceMark, HighlightedText, QuestionEvidence } from "../quiz/pages/parts";
import { AskedQuestion } from "../quiz/pages/quiz";
import { correctAnswerText, QUESTION_TYPE_NAMES } from "../quiz/describe";
import { germanList, quoted } from "../../shared/german";
import { firstSentenceName, isUntitledName, MAX_TEXT_CHARACTERS } from "./prepare";
import { OPTION_IDS, optionField } from "./question-form";
import type { OwnTextRow, OwnTextSummary, TextUse } from "./store";

const numberFormat = new Intl.NumberFormat("de-DE");

export const textsPath = (classId: string) => `${teacherPath(classId)}/texte`;
export const textPath = (classId: string, textId: string) => `${textsPath(classId)}/${textId}`;
const questionPath = (classId: string, textId: string, questionId: string) => `${textPath(classId, textId)}/fragen/${questionId}`;

/** Questions on one page of the review: a 20,000-character text brings hundreds. */
export const REVIEW_PAGE_SIZE = 10;
/** The review page showing the question at `place` (0 is the first) of the quiz's order. */
export const reviewPageOf = (place: number) => Math.floor(Math.max(0, place) / REVIEW_PAGE_SIZE) + 1;
/** The teacher's reading of the whole text, the evidence marked (the results' "Diese Stelle im ganzen Text lesen"). */
export const textReadingUrl = (classId: string, evidence: Evidence) => `${textPath(classId, evidence.documentId)}/lesen${evidenceMark(evidence)}`;
export const reviewPath = (classId: string, textId: string, page: number) => `${textPath(classId, textId)}${page > 1 ? `?seite=${page}` : ""}`;

const Back: FC<{ href: string; children: Child }> = ({ href, children }) => (
  <p class="back">
    <a href={href}>← {children}</a>
  </p>
);

/** What the teacher typed into the new-text form, kept when it comes back with a message. */
export interface NewTextInput {
  titel?: string | undefined;
  quelle?: string | undefined;
  datum?: string | undefined;
  text?: string | undefined;
}

export const NewTextPage: FC<{ classId: string; className: string; errors?: string[]; input?: NewTextInput }> = ({
  classId,
  className,
  errors = [],
  input = {},
}) => {
  const described = errors.length > 0 ? "fehler text-hinweis" : "text-hinweis";
  return (
    <Layout title={`${errors.length > 0 ? "Fehler: " : ""}Eigenen Text hinzufügen – ${className}`}>
      <Back href={`${teacherPath(classId)}#eigene-texte`}>Zur Übersicht von {className}</Back>
      <h1>Eigenen Text hinzufügen</h1>
      <p>
        Fügen Sie einen deutschen Nachrichtentext ein oder laden Sie eine Datei (.txt oder .md) hoch. Quellenquiz findet darin Fakten und macht daraus Fragen.
        Sie prüfen und bearbeiten die Fragen, bevor Ihre Klasse sie sieht.
      </p>
      <FormErrors errors={errors} focus />
      <form method="post" action={`${textsPath(classId)}/neu`} enctype="multipart/form-data" class="own-text-form">
        <label for="text">Text</label>
        <textarea id="text" name="text" rows={14} aria-describedby={described} data-max-characters={MAX_TEXT_CHARACTERS}>
          {input.text ?? ""}
        </textarea>
        <p class="muted" id="text-hinweis">
          Höchstens {numberFormat.format(MAX_TEXT_CHARACTERS)} Zeichen. Absätze bitte durch eine Leerzeile trennen.
        </p>
        <label for="datei">… oder eine Datei (.txt oder .md, UTF-8)</label>
        <input id="datei" name="datei" type="file" accept=".txt,.md,text/plain,text/markdown" />
        <fieldset class="details">
          <legend>Angaben zum Text (freiwillig)</legend>
          <label for="titel">Titel</label>
          <input id="titel" name="titel" type="text" maxlength={200} value={input.titel ?? ""} />
          <p class="muted">
            Ohne Titel nimmt Quellenquiz die Überschrift des Textes; hat er keine, seinen ersten Satz (gekürzt), wenn der keine Antwort einer Frage nennt: Ihre
            Klasse sieht den Titel über jeder Frage. Sonst heißt er „Text ohne Titel vom …“ mit der Uhrzeit, bis Sie ihn benennen.
          </p>
          <label for="quelle">Quelle (Adresse oder Name)</label>
          <input id="quelle" name="quelle" type="text" maxlength={500} value={input.quelle ?? ""} placeholder="z. B. https://… oder dpa" />
          <label for="datum">Datum</label>
          <input id="datum" name="datum" type="text" maxlength={40} value={input.datum ?? ""} placeholder="TT.MM.JJJJ" inputmode="numeric" />
        </fieldset>
        <div class="actions">
          <button type="submit">Fragen erstellen</button>
        </div>
      </form>
    </Layout>
  );
};

/** The list on the class dashboard; the withdrawn texts' page is linked only when there are some. */
export const OwnTextList: FC<{ classId: string; texts: OwnTextSummary[]; hasWithdrawn: boolean }> = ({ classId, texts, hasWithdrawn }) => (
  <section aria-labelledby="eigene-texte">
    <h2 id="eigene-texte">Eigene Texte</h2>
    {texts.length === 0 ? (
      <p>Noch keine eigenen Texte. Bringen Sie einen aktuellen Nachrichtentext mit: Quellenquiz macht daraus ein Quiz.</p>
    ) : (
      <ul class="own-texts">
        {texts.map((text) => (
          <li data-testid="own-text">
            <a href={textPath(classId, text.id)}>{text.title}</a>{" "}
            <span class={`status ${text.status}`}>{text.status === "published" ? "veröffentlicht" : "Entwurf"}</span>
            <span class="muted"> · {text.generating ? "Fragen werden erstellt" : `${text.questionCount} Fragen, ${text.quizSize} je Versuch`}</span>
          </li>
        ))}
      </ul>
    )}
    <p>
      <a class="button secondary" href={`${textsPath(classId)}/neu`}>
        Eigenen Text hinzufügen
      </a>
    </p>
    {hasWithdrawn && (
      <p class="muted">
        <a href={withdrawnPath(classId)}>Zurückgezogene Texte</a>
      </p>
    )}
  </section>
);

export const withdrawnPath = (classId: string) => `${textsPath(classId)}/zurueckgezogen`;
const deleteForGoodPath = (classId: string, textId: string) => `${textPath(classId, textId)}/endgueltig-loeschen`;

/** The class's withdrawn texts, each with the way to delete it for good (the only way to make room once there are 100). */
export const WithdrawnTextsPage: FC<{ classId: string; className: string; texts: { id: string; title: string }[]; limit: number }> = ({
  classId,
  className,
  texts,
  limit,
}) => (
  <Layout title={`Zurückgezogene Texte – ${className}`}>
    <Back href={`${teacherPath(classId)}#eigene-texte`}>Zur Übersicht von {className}</Back>
    <h1>Zurückgezogene Texte</h1>
    <p>
      Ein zurückgezogener Text bleibt gespeichert, damit die Ergebnisse Ihrer Klasse lesbar bleiben. Eine Klasse kann höchstens {limit} zurückgezogene Texte
      haben; wer Platz für neue Texte braucht, kann einen davon endgültig löschen, mit allen Antworten dazu.
    </p>
    {texts.length === 0 ? (
      <p>Ihre Klasse hat keine zurückgezogenen Texte.</p>
    ) : (
      <ul class="own-texts">
        {texts.map((text) => (
          <li data-testid="withdrawn-text">
            {text.title} · <a href={deleteForGoodPath(classId, text.id)}>Endgültig löschen …</a>
          </li>
        ))}
      </ul>
    )}
  </Layout>
);

/** Before a withdrawn text goes for good: what goes with it, and a box to tick. */
export const DeleteWithdrawnPage: FC<{ classId: string; text: { id: string; title: string }; use: TextUse; errors?: string[] }> = ({
  classId,
  text,
  use,
  errors = [],
}) => (
  <Layout title={`Endgültig löschen? – ${text.title}`}>
    <Back href={withdrawnPath(classId)}>Zu den zurückgezogenen Texten</Back>
    <h1>„{text.title}“ endgültig löschen?</h1>
    <FormErrors errors={errors} />
    <p>{use.students === 0 ? "Niemand aus Ihrer Klasse hat diesen Text bearbeitet." : whoWorkedOnIt(use)} Beim endgültigen Löschen geht verloren:</p>
    <ul>
      <li>der Text mit allen Fragen und Textstellen,</li>
      <li>alle Antworten Ihrer Klasse zu seinen Fragen, aus Aufgaben, Übungen und Live-Quizzen,</li>
      <li>die Aufgabe und die Live-Ergebnisse zu diesem Text in Ihrer Übersicht und im CSV.</li>
    </ul>
    <p>Das lässt sich nicht rückgängig machen. Laden Sie vorher das CSV herunter, wenn Sie die Ergebnisse noch brauchen.</p>
    <ConfirmedForm
      action={deleteForGoodPath(classId, text.id)}
      confirmation="Ja, diesen Text mit allen Antworten endgültig löschen"
      button="Endgültig löschen"
    />
  </Layout>
);

/**
 * While the questions of a text are being made, one request after another: how far it is. The Refresh
 * header of the response loads the page again (which runs the next step); the link does it by hand.
 */
export const GenerationPage: FC<{ classId: string; className: string; textId: string; title: string; progress: { done: number; total: number } }> = ({
  classId,
  className,
  textId,
  title,
  progress,
}) => (
  <Layout title={`Fragen werden erstellt – ${title}`}>
    <Back href={`${teacherPath(classId)}#eigene-texte`}>Zur Übersicht von {className}</Back>
    <h1>{title}</h1>
    <p role="status" id="fortschritt">
      Fragen werden erstellt … (Schritt {progress.done} von {progress.total})
    </p>
    <progress max={progress.total} value={progress.done} aria-labelledby="fortschritt">
      {progress.done} von {progress.total}
    </progress>
    <p class="muted">
      Die Seite lädt von selbst weiter, bis alle Fragen zum Prüfen bereitstehen. Falls nicht: <a href={textPath(classId, textId)}>Weiter</a>
    </p>
  </Layout>
);

/**
 * A question as the review page shows it: the question, the answers with the right ones marked, the evidence as the
 * learner's feedback shows it (QuestionEvidence: its asked sentence marked, the answer's words in it emphasised, further
 * evidence folded away), with a link to the passage in the whole text.
 */
const ReviewedQuestion: FC<{ classId: string; question: Question; document: BankDocument }> = ({ classId, question, document }) => {
  const rightIds = question.type === "single" ? [question.answer] : question.type === "multi" ? question.answers : [];
  return (
    <>
      <p class="stem">{question.stem}</p>
      <AskedQuestion question={question} />
      {(question.type === "single" || question.type === "multi") && (
        <ul class="review-options">
          {question.options.map((option) => (
            <li class={rightIds.includes(option.id) ? "right" : undefined}>
              {option.text}
              {rightIds.includes(option.id) && <strong> (richtig)</strong>}
            </li>
          ))}
        </ul>
      )}
      {question.type !== "single" && question.type !== "multi" && (
        <p>
          Richtige Antwort: <strong>{correctAnswerText(question)}</strong>
        </p>
      )}
      <QuestionEvidence question={question} documents={new Map([[document.id, document]])} href={(evidence) => textReadingUrl(classId, evidence)} />
    </>
  );
};

const SmallForm: FC<{ action: string; label: string; hidden?: string; disabled?: boolean }> = ({ action, label, hidden, disabled }) => (
  <form method="post" action={action}>
    <button type="submit" class="secondary small" disabled={disabled}>
      {label}
      {hidden && <span class="visually-hidden"> {hidden}</span>}
    </button>
  </form>
);

const questionRange = (page: number, questionCount: number) => `${(page - 1) * REVIEW_PAGE_SIZE + 1}–${Math.min(page * REVIEW_PAGE_SIZE, questionCount)}`;

/**
 * Paging through the questions: previous and next as links, and any page by a plain form (a select and
 * a button, so it works by keyboard and without JavaScript). Every link lands on the list (#fragen).
 */
const ReviewPager: FC<{ classId: string; textId: string; page: number; pageCount: number; questionCount: number; place: "oben" | "unten" }> = ({
  classId,
  textId,
  page,
  pageCount,
  questionCount,
  place,
}) => (
  <nav class="pager" aria-label={place === "oben" ? "Seiten der Fragen" : "Seiten der Fragen (Listenende)"}>
    <p class="pager-here">
      Fragen {questionRange(page, questionCount)} von {questionCount} · Seite {page} von {pageCount}
    </p>
    <div class="pager-links">
      {page > 1 && (
        <a class="button secondary small" href={`${reviewPath(classId, textId, page - 1)}#fragen`} rel="prev">
          ← Vorherige Seite
        </a>
      )}
      {page < pageCount && (
        <a class="button secondary small" href={`${reviewPath(classId, textId, page + 1)}#fragen`} rel="next">
          Nächste Seite →
        </a>
      )}
    </div>
    <form method="get" action={`${textPath(classId, textId)}#fragen`} class="pager-jump">
      <label for={`seite-${place}`}>Seite</label>
      <select id={`seite-${place}`} name="seite">
        {Array.from({ length: pageCount }, (_, index) => index + 1).map((number) => (
          <option value={String(number)} selected={number === page}>
            {number}: Fragen {questionRange(number, questionCount)}
          </option>
        ))}
      </select>
      <button type="submit" class="secondary small">
        Anzeigen
      </button>
    </form>
  </nav>
);

/** The question a question of the review never stands beside in an attempt, and wins (curatedChoice): why, its number, where it is. */
export interface YieldsTo {
  clash: Clash;
  number: number;
  href: string;
  /** Asked in the place of that question (a statement) where an attempt already has its statements (LeftOut.standsIn). */
  standsIn: boolean;
}

/** Reasons that are a giveaway (one question tells the other's answer): an edit of either question can mend them. */
const GIVEAWAYS: ReadonlySet<Clash["reason"]> = new Set(["answer", "shows", "offers", "office"]);

/** Why `question` and question `other` never stand in one attempt, as a sentence. */
function clashReason(clash: Clash, question: Question, other: number): string {
  const answer = (asked: Question) => quoted(correctAnswerText(asked));
  switch (clash.reason) {
    case "sentence":
      return "Beide fragen nach demselben Satz, und die Rückmeldung zur einen zeigt ihn mit der Antwort der anderen.";
    case "fact":
      return "Beide fragen nach demselben Fakt.";
    case "answer":
      return `Beide haben dieselbe Antwort (${answer(question)}).`;
    case "foil":
      return "Beide sind falsche Aussagen, die dasselbe vertauschen: Zusammen verraten sie einander.";
    case "statements":
      return "Beide Aussagen teilen dieselben Wörter: Die eine verrät, ob die andere stimmt.";
    case "event":
      return "Beide erzählen dasselbe Ereignis: Die eine verrät, ob die andere stimmt.";
    case "shows":
      return clash.by.id === question.id
        ? `Diese Frage nennt die Antwort von Frage ${other} (${answer(clash.of)}).`
        : `Frage ${other} nennt die Antwort dieser Frage (${answer(question)}).`;
    case "offers":
      return clash.by.id === question.id
        ? `Diese Frage bietet die Zahl von Frage ${other} (${answer(clash.of)}) als falsche Antwort an.`
        : `Frage ${other} bietet die Zahl dieser Frage (${answer(question)}) als falsche Antwort an.`;
    case "office":
      return clash.by.id === question.id
        ? `Diese Frage nennt das Amt, das die falsche Aussage von Frage ${other} jemand anderem zuschreibt.`
        : `Frage ${other} nennt das Amt, das die falsche Aussage dieser Frage jemand anderem zuschreibt.`;
  }
}

/**
 * At a question a first attempt never asks: with which question it never stands, and why. Plain, not a caution: two
 * of three questions of a pasted text's pool are such alternatives. Where one gives the other's answer away, how to
 * have both.
 */
const YieldNote: FC<{ question: Question; yieldsTo: YieldsTo }> = ({ question, yieldsTo }) => (
  <p class="notice apart" data-testid="yields-to">
    {yieldsTo.standsIn ? (
      <>
        Statt <a href={yieldsTo.href}>Frage {yieldsTo.number}</a>: Diese Frage fragt nach derselben Handlung wie Frage {yieldsTo.number} und kommt nie mit ihr
        zusammen vor; Frage {yieldsTo.number} hat Vorrang. Hat ein Versuch aber schon so viele Richtig-oder-falsch-Aussagen, wie er stellt, fragt er diese Frage
        an ihrer Stelle.
      </>
    ) : (
      <>
        Nicht im ersten Versuch: Diese Frage kommt nie zusammen mit <a href={yieldsTo.href}>Frage {yieldsTo.number}</a> vor, und Frage {yieldsTo.number} hat
        Vorrang. {clashReason(yieldsTo.clash, question, yieldsTo.number)}
        {GIVEAWAYS.has(yieldsTo.clash.reason) && " Ändern Sie eine der beiden, damit beide gestellt werden können."}
      </>
    )}
  </p>
);

export const ReviewPage: FC<{
  classId: string;
  className: string;
  text: OwnTextRow;
  document: BankDocument;
  /** The questions of this page, in the quiz's order. */
  questions: Question[];
  /** All questions of the text. */
  questionCount: number;
  /** The page shown, from 1. */
  page: number;
  /** The most questions one attempt can ask (questions that give each other away are never asked together). */
  perAttempt: number;
  /** Of the questions a first attempt never asks, by id: the question each yields to. */
  yielding: ReadonlyMap<string, YieldsTo>;
  /** The numbers of the questions whose answer the title names (prepare.ts, answersInTitle). */
  answersInTitle: number[];
  /** What the class did with a published text: whether deleting it would take answers along. */
  use?: TextUse | undefined;
  errors?: string[];
  /** The values of the details form when it comes back with a message. */
  details?: { titel?: string | undefined; quelle?: string | undefined; datum?: string | undefined; umfang?: string | undefined };
}> = ({ classId, className, text, document, questions, questionCount, page, perAttempt, yielding, answersInTitle, use, errors = [], details }) => {
  const base = textPath(classId, text.id);
  const published = text.status === "published";
  const pageCount = Math.max(1, Math.ceil(questionCount / REVIEW_PAGE_SIZE));
  const firstNumber = (page - 1) * REVIEW_PAGE_SIZE + 1;
  const pager = (place: "oben" | "unten") =>
    pageCount > 1 && <ReviewPager classId={classId} textId={text.id} page={page} pageCount={pageCount} questionCount={questionCount} place={place} />;
  return (
    <Layout title={`${errors.length > 0 ? "Fehler: " : ""}${text.title} – Fragen prüfen${pageCount > 1 ? ` (Seite ${page} von ${pageCount})` : ""}`}>
      <Back href={`${teacherPath(classId)}#eigene-texte`}>Zur Übersicht von {className}</Back>
      <h1>{text.title}</h1>
      <DocumentMeta document={document} />
      <p>
        <span class={`status ${text.status}`}>{published ? "Veröffentlicht" : "Entwurf"}</span> {statusLine(published, use?.assigned === true)}
      </p>
      <FormErrors errors={errors} focus />
      {answersInTitle.length > 0 && <TitleGivesAway title={text.title} numbers={answersInTitle} />}
      {isUntitledName(text.title) && <NameNotGiven />}
      {namedAfterFirstSentence(text.title, document) && <NameFromFirstSentence />}

      <section aria-labelledby="quiz-einstellungen" class="card">
        <h2 id="quiz-einstellungen">Quiz</h2>
        <form method="post" action={`${base}/umfang`}>
          <label for="umfang">Fragen je Versuch (höchstens {perAttempt})</label>
          <div class="field-row">
            <input
              id="umfang"
              name="umfang"
              type="number"
              min={1}
              max={Math.max(1, perAttempt)}
              value={details?.umfang ?? String(Math.min(text.quizSize, perAttempt))}
              class="gap-input"
            />
            <button type="submit" class="secondary">
              Umfang speichern
            </button>
          </div>
          {/* Folded: open, the rules took a phone's screen between the size and "Quiz veröffentlichen". */}
          <details class="draw-rules">
            <summary>So zieht ein Versuch seine Fragen</summary>
            <p class="muted">
              Jeder Versuch zieht so viele Fragen per Zufall aus den {questionCount} unten, die zu den Kernaussagen des Textes fast immer, die übrigen wechselnd
              (für jeden Versuch neu; was jemand schon hatte, zuletzt), und mischt die Fragetypen: Ihre ersten Fragen eher am Anfang, möglichst nie zwei vom
              selben Typ hintereinander.
              {perAttempt < questionCount &&
                ` Höchstens ${perAttempt} passen in einen Versuch: Fragen zum selben Satz oder zur selben Zahl verraten einander die Antwort und kommen nie zusammen vor; von zwei solchen nimmt das Quiz die weiter oben stehende, eine Auswahlfrage, wer ein Zitat sagte, aber erst nach allen anderen; die Frage, wen eine Handlung betraf, dort an Stelle der Aussage über die Handlung, wo ein Versuch schon genug Richtig-oder-falsch-Aussagen hat. Bei jeder Frage, die ein erster Versuch darum nicht stellt, steht, welcher sie weicht und warum.`}
            </p>
          </details>
        </form>
        {!published && (
          <form method="post" action={`${base}/veroeffentlichen`}>
            <button type="submit">Quiz veröffentlichen</button>
          </form>
        )}
        <p class="muted">Arbeitsblatt, Moodle-XML und GIFT enthalten eine Auswahl, wie sie ein Versuch bekommt (den eingestellten Umfang), immer dieselbe.</p>
        <p class="material-links">
          <a href={`${materialPath(classId, text.id)}/arbeitsblatt`}>Arbeitsblatt</a>
          <a href={`${materialPath(classId, text.id)}/moodle.xml`}>Moodle-XML</a>
          <a href={`${materialPath(classId, text.id)}/gift.txt`}>GIFT</a>
        </p>
      </section>

      <section aria-labelledby="fragen">
        <h2 id="fragen">Fragen ({questionCount})</h2>
        {pager("oben")}
        {questionCount === 0 ? (
          <p>Keine Fragen mehr. Fügen Sie unten eigene hinzu.</p>
        ) : (
          <ol class="review-questions" start={firstNumber}>
            {questions.map((question, index) => (
              <li id={`frage-${question.id}`} class="card" data-testid="review-question" data-question-id={question.id}>
                <p class="meta">
                  Frage {firstNumber + index} · {QUESTION_TYPE_NAMES[question.type]}
                </p>
                {yielding.has(question.id) && <YieldNote question={question} yieldsTo={yielding.get(question.id)!} />}
                <ReviewedQuestion classId={classId} question={question} document={document} />
                <div class="actions compact">
                  <a class="button secondary small" href={questionPath(classId, text.id, question.id)}>
                    Bearbeiten<span class="visually-hidden"> (Frage {firstNumber + index})</span>
                  </a>
                  <SmallForm
                    action={`${questionPath(classId, text.id, question.id)}/hoch`}
                    label="Nach oben"
                    hidden={`(Frage ${firstNumber + index})`}
                    disabled={firstNumber + index === 1}
                  />
                  <SmallForm
                    action={`${questionPath(classId, text.id, question.id)}/runter`}
                    label="Nach unten"
                    hidden={`(Frage ${firstNumber + index})`}
                    disabled={firstNumber + index === questionCount}
                  />
                  <a class="button secondary small" href={`${questionPath(classId, text.id, question.id)}/loeschen`}>
                    Löschen<span class="visually-hidden"> (Frage {firstNumber + index})</span>
                  </a>
                </div>
              </li>
            ))}
          </ol>
        )}
        {pager("unten")}
      </section>

      <section aria-labelledby="hinzufuegen" class="card">
        <h2 id="hinzufuegen">Eigene Frage hinzufügen</h2>
        <form method="get" action={`${base}/fragen/neu`}>
          <label for="typ">Fragetyp</label>
          <div class="field-row">
            <select id="typ" name="typ">
              {(Object.keys(QUESTION_TYPE_NAMES) as QuestionType[]).map((type) => (
                <option value={type}>{QUESTION_TYPE_NAMES[type]}</option>
              ))}
            </select>
            <button type="submit" class="secondary">
              Frage schreiben
            </button>
          </div>
        </form>
      </section>

      <section aria-labelledby="angaben" class="card">
        <h2 id="angaben">Angaben zum Text</h2>
        <form method="post" action={`${base}/angaben`}>
          <label for="titel">Titel</label>
          <input id="titel" name="titel" type="text" maxlength={200} value={details?.titel ?? text.title} required />
          <label for="quelle">Quelle (Adresse oder Name)</label>
          <input id="quelle" name="quelle" type="text" maxlength={500} value={details?.quelle ?? text.source ?? ""} />
          <label for="datum">Datum</label>
          <input id="datum" name="datum" type="text" maxlength={40} value={details?.datum ?? germanDateInput(text.date)} placeholder="TT.MM.JJJJ" />
          <p class="muted">Der Text selbst bleibt, wie er ist: Die Belege der Fragen zeigen auf seine Stellen.</p>
          <button type="submit" class="secondary">
            Angaben speichern
          </button>
        </form>
      </section>

      {published ? (
        <DeletePublished base={base} use={use ?? { answers: 0, students: 0, assigned: false }} />
      ) : (
        <section aria-labelledby="text-loeschen">
          <h2 id="text-loeschen">Entwurf löschen</h2>
          <ConfirmedForm action={`${base}/loeschen`} confirmation="Ja, diesen Text mit allen Fragen löschen" button="Entwurf löschen" />
        </section>
      )}
    </Layout>
  );
};

/** A form that deletes or withdraws something only with its box ticked: no single click takes a text away. */
const ConfirmedForm: FC<{ action: string; confirmation: string; button: string }> = ({ action, confirmation, button }) => (
  <form method="post" action={action}>
    <label class="choice">
      <input name="bestaetigung" type="checkbox" value="ja" required />
      <span>{confirmation}</span>
    </label>
    <button type="submit" class="danger">
      {button}
    </button>
  </form>
);

/** "Eine Schülerin oder ein Schüler hat …", "5 Schülerinnen und Schüler haben …", with their answers. */
function whoWorkedOnIt({ answers, students }: TextUse): string {
  const who = students === 1 ? "Eine Schülerin oder ein Schüler hat" : `${students} Schülerinnen und Schüler haben`;
  const given = answers === 0 ? "noch ohne Antwort" : answers === 1 ? "1 Antwort" : `${answers} Antworten`;
  return `${who} diesen Text schon bearbeitet (${given}).`;
}

/**
 * Deleting a published text: at once while nobody of the class has begun it; after that it is withdrawn instead,
 * so that no answer goes silently: the page says whose answers there are and what withdrawing keeps.
 */
const DeletePublished: FC<{ base: string; use: TextUse }> = ({ base, use }) =>
  use.students === 0 ? (
    <section aria-labelledby="text-loeschen">
      <h2 id="text-loeschen">Text löschen</h2>
      <p>Noch hat niemand aus Ihrer Klasse diesen Text bearbeitet. Der Text wird mit allen Fragen gelöscht, eine Aufgabe dazu ebenso.</p>
      <ConfirmedForm action={`${base}/loeschen`} confirmation="Ja, diesen Text mit allen Fragen löschen" button="Text löschen" />
    </section>
  ) : (
    <section aria-labelledby="text-loeschen">
      <h2 id="text-loeschen">Text löschen oder zurückziehen</h2>
      <p>{whoWorkedOnIt(use)} Damit diese Antworten nicht verloren gehen, wird der Text nicht gelöscht, sondern zurückgezogen:</p>
      <ul>
        <li>Er verschwindet aus Ihrer Liste der Texte und aus den Listen Ihrer Klasse. Zuweisen, üben und bearbeiten lässt er sich nicht mehr.</li>
        <li>Die Ergebnisse bleiben in Ihrer Übersicht und im CSV lesbar, mit den Fragen und ihren Textstellen.</li>
        <li>Wer eine Aufgabe dazu schon begonnen hat, kann sie zu Ende bearbeiten.</li>
        <li>Arbeitsblatt, Moodle-XML und GIFT dieses Textes gibt es danach nicht mehr. Laden Sie sie vorher herunter, wenn Sie sie noch brauchen.</li>
      </ul>
      <ConfirmedForm action={`${base}/zurueckziehen`} confirmation="Ja, diesen Text zurückziehen" button="Text zurückziehen" />
    </section>
  );

/** Question numbers as a German list: "3", "3 und 7", "3, 7 und 12", at most five and how many more. */
function numberList(numbers: readonly number[]): string {
  const shown = numbers.slice(0, 5).map(String);
  if (numbers.length > shown.length) return `${shown.join(", ")} und ${numbers.length - shown.length} weiteren`;
  return germanList(shown);
}

/** A title that names right answers (a headline often does), and where to change it. */
const TitleGivesAway: FC<{ title: string; numbers: readonly number[] }> = ({ title, numbers }) => (
  <p class="notice caution">
    Der Titel {quoted(title)} nennt die Antwort {numbers.length === 1 ? "von Frage" : "der Fragen"} {numberList(numbers)}. Ihre Klasse sieht ihn über jeder
    Frage: <a href="#titel">Titel ändern</a>
  </p>
);

/** A text found no heading: its stand-in name is what the class would see above every question, and the field to name it is at the page's foot. */
const NameNotGiven: FC = () => (
  <p class="notice">
    Der Text hat noch keinen Titel. Ihre Klasse sieht den Namen oben über jeder Frage: <a href="#titel">Titel geben</a>
  </p>
);

/** What the class sees of the text now: nothing of a draft, a published text once it is assigned. */
function statusLine(published: boolean, assigned: boolean): string {
  if (!published) return "Nur Sie sehen diesen Text. Prüfen Sie die Fragen, wählen Sie den Umfang und veröffentlichen Sie das Quiz.";
  if (assigned) return "Ihre Klasse hat dieses Quiz als Aufgabe. Änderungen gelten für neue Versuche.";
  return "Ihre Klasse sieht dieses Quiz, sobald Sie es auf der Übersicht als Aufgabe zuweisen. Änderungen gelten für neue Versuche.";
}

/** Whether a text is named after its first sentence (prepare.ts, leadTitle), as given or told apart from another by " (2)". */
function namedAfterFirstSentence(title: string, document: BankDocument): boolean {
  const name = firstSentenceName(document);
  return name !== undefined && (title === name || (title.startsWith(`${name} (`) && title.endsWith(")")));
}

/** A text found no heading and took its first sentence's name: the teacher may want a better one before the class sees it. */
const NameFromFirstSentence: FC = () => (
  <p class="notice">
    Der Text hat keine Überschrift: Quellenquiz hat ihn nach seinem ersten Satz benannt. Ihre Klasse sieht den Namen oben über jeder Frage:{" "}
    <a href="#titel">Titel ändern</a>
  </p>
);

/**
 * "Löschen" of a question asks first, on a page of its own (works without JavaScript): the question as
 * it stands, what deleting does, and the button that deletes; "Abbrechen" goes back to it in the list.
 */
export const DeleteQuestionPage: FC<{
  classId: string;
  text: OwnTextRow;
  document: BankDocument;
  question: Question;
  number: number;
  backHref: string;
  errors?: string[];
}> = ({ classId, text, document, question, number, backHref, errors = [] }) => (
  <Layout title={`Frage ${number} löschen? – ${text.title}`}>
    <p class="breadcrumb">
      <a href={textPath(classId, text.id)}>{text.title}</a>
    </p>
    <h1>Frage {number} löschen?</h1>
    <FormErrors errors={errors} />
    <section class="card" aria-label={`Frage ${number}`}>
      <p class="meta">
        Frage {number} · {QUESTION_TYPE_NAMES[question.type]}
      </p>
      <ReviewedQuestion classId={classId} question={question} document={document} />
    </section>
    <p>
      Die Frage verschwindet aus dem Quiz und aus Arbeitsblatt und Moodle-Dateien. Wer das Quiz schon begonnen hat, bekommt sie in diesem Versuch noch gestellt
      (wie jeder begonnene Versuch die Fragen behält, mit denen er begann). Antworten, die Ihre Klasse schon gegeben hat, bleiben in den Ergebnissen.
    </p>
    <form method="post" action={`${questionPath(classId, text.id, question.id)}/loeschen`}>
      <input type="hidden" name="bestaetigung" value="ja" />
      <div class="actions">
        <button type="submit" class="danger">
          Ja, Frage {number} löschen
        </button>
        <a class="button secondary" href={backHref}>
          Abbrechen
        </a>
      </div>
    </form>
  </Layout>
);

/** "2026-05-04" -> "04.05.2026", "2026-05" -> "05.2026", "2026" stays. */
export function germanDateInput(iso: string | null | undefined): string {
  if (!iso) return "";
  const [year, month, day] = iso.split("-");
  return [day, month, year].filter(Boolean).join(".");
}

export interface QuestionEditorProps {
  classId: string;
  text: OwnTextRow;
  document: BankDocument;
  type: QuestionType;
  /** Form values (from the question being edited, or as sent back with messages). */
  values: Record<string, string | string[] | undefined>;
  /** Set when editing; undefined when adding. */
  questionId?: string | undefined;
  /** Back to the review: the page the question is on. */
  reviewHref: string;
  errors?: string[];
}

const value = (values: QuestionEditorProps["values"], name: string) => {
  const entry = values[name];
  return Array.isArray(entry) ? (entry[0] ?? "") : (entry ?? "");
};
const checked = (values: QuestionEditorProps["values"], name: string, option: string) => [values[name] ?? []].flat().includes(option);

/**
 * Rows enough to show `text` whole on a phone (about 36 characters a line), for browsers that cannot size a
 * text area to its content (`field-sizing`): two long options that differ only at their end must not look
 * alike in a one-line field. Line breaks typed into an option or a statement become spaces (cleanLine).
 */
function rowsToShow(text: string, fewest: number): number {
  const lines = text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 36)), 0);
  return Math.min(Math.max(lines, fewest), 12);
}

const TextField: FC<{ name: string; label: string; values: QuestionEditorProps["values"]; hint?: string; multiline?: boolean; required?: boolean }> = ({
  name,
  label,
  values,
  hint,
  multiline,
  required,
}) => (
  <>
    <label for={name}>{label}</label>
    {multiline ? (
      <textarea
        id={name}
        name={name}
        rows={rowsToShow(value(values, name), 2)}
        class="fits-content"
        required={required}
        aria-describedby={hint ? `${name}-hinweis` : undefined}
      >
        {value(values, name)}
      </textarea>
    ) : (
      <input id={name} name={name} type="text" value={value(values, name)} required={required} aria-describedby={hint ? `${name}-hinweis` : undefined} />
    )}
    {hint && (
      <p class="muted" id={`${name}-hinweis`}>
        {hint}
      </p>
    )}
  </>
);

const ChoiceEditor: FC<{ type: "single" | "multi"; values: QuestionEditorProps["values"] }> = ({ type, values }) => {
  const filled = OPTION_IDS.filter((id) => value(values, optionField(id)) !== "").length;
  const slots = OPTION_IDS.slice(0, Math.min(OPTION_IDS.length, Math.max(6, filled + 2)));
  return (
    <fieldset>
      <legend>Antworten</legend>
      <p class="muted">
        {type === "single" ? "Markieren Sie die richtige Antwort." : "Markieren Sie alle richtigen Antworten; mindestens eine muss falsch sein."} Leere Felder
        entfallen.
      </p>
      {slots.map((id) => (
        <div class="option-row">
          <label for={optionField(id)}>Antwort {id.toUpperCase()}</label>
          <textarea id={optionField(id)} name={optionField(id)} rows={rowsToShow(value(values, optionField(id)), 1)} class="fits-content">
            {value(values, optionField(id))}
          </textarea>
          <label class="choice inline">
            <input type={type === "single" ? "radio" : "checkbox"} name="richtig" value={id} checked={checked(values, "richtig", id)} />
            <span>
              richtig<span class="visually-hidden"> (Antwort {id.toUpperCase()})</span>
            </span>
          </label>
        </div>
      ))}
    </fieldset>
  );
};

const AnswerEditor: FC<{ type: QuestionType; values: QuestionEditorProps["values"] }> = ({ type, values }) => {
  switch (type) {
    case "single":
    case "multi":
      return <ChoiceEditor type={type} values={values} />;
    case "numeric":
      return (
        <fieldset>
          <legend>Zahl</legend>
          <TextField name="zahl" label="Richtige Zahl" values={values} required />
          <TextField name="von" label="Kleinste richtige Zahl" values={values} hint="Leer: nur die richtige Zahl zählt. Für „rund 14.000“ etwa 12.600." />
          <TextField name="bis" label="Größte richtige Zahl" values={values} />
          <TextField name="einheit" label="Einheit (freiwillig)" values={values} hint="Steht neben dem Eingabefeld, z. B. „Millionen Euro“." />
          <TextField name="antworttext" label="So steht es im Text (freiwillig)" values={values} />
          <TextField
            name="vor"
            label="Satz vor der Lücke (freiwillig)"
            values={values}
            multiline
            hint="Mit dem Satz um die Lücke wird die Zahl in ihrem Satz gefragt. Leer: Die Frage steht für sich."
          />
          <TextField name="nach" label="Satz nach der Lücke (freiwillig)" values={values} multiline />
        </fieldset>
      );
    case "truefalse":
      return (
        <fieldset>
          <legend>Aussage</legend>
          {/* "Aussage" is the group's name already: the field is its wording. */}
          <TextField name="aussage" label="Wortlaut" values={values} multiline required />
          <div class="choices">
            {[
              { value: "wahr", text: "Die Aussage stimmt" },
              { value: "falsch", text: "Die Aussage stimmt nicht" },
            ].map((choice) => (
              <label class="choice">
                <input type="radio" name="richtig" value={choice.value} checked={checked(values, "richtig", choice.value)} />
                <span>{choice.text}</span>
              </label>
            ))}
          </div>
          <TextField name="korrektur" label="Richtig ist (freiwillig, wenn die Aussage nicht stimmt)" values={values} multiline />
        </fieldset>
      );
    case "cloze":
      return (
        <fieldset>
          <legend>Lückentext</legend>
          <TextField name="vor" label="Satz vor der Lücke" values={values} multiline />
          <TextField name="luecke" label="Was in die Lücke gehört" values={values} required />
          <TextField name="nach" label="Satz nach der Lücke" values={values} multiline />
          <TextField name="auch" label="Auch richtig (freiwillig, eine Schreibweise je Zeile)" values={values} multiline />
        </fieldset>
      );
  }
};

/** The whole text, each passage with its offset, so the script can turn a selection into a span. */
const SelectableText: FC<{ document: BankDocument; marked: { start: number; end: number } | undefined }> = ({ document, marked }) => (
  <section aria-labelledby="volltext" class="selectable" data-evidence-text>
    <h2 id="volltext">Der Text</h2>
    <p class="muted">Die markierte Stelle ist der Beleg der Frage.</p>
    <div class="document">
      {document.passages.map((passage) => (
        <p id={`absatz-${passage.id}`} class={`passage ${passage.kind}`} data-start={passage.start} data-end={passage.end}>
          <HighlightedText text={document.text} segment={passage} marked={marked} />
        </p>
      ))}
    </div>
  </section>
);

export const QuestionEditorPage: FC<QuestionEditorProps> = ({ classId, text, document, type, values, questionId, reviewHref, errors = [] }) => {
  const base = textPath(classId, text.id);
  const action = questionId ? questionPath(classId, text.id, questionId) : `${base}/fragen/neu`;
  const title = questionId ? "Frage bearbeiten" : `Neue Frage: ${QUESTION_TYPE_NAMES[type]}`;
  const start = Number(value(values, "belegStart"));
  const quote = value(values, "beleg");
  const marked =
    quote && Number.isInteger(start) && document.text.slice(start, start + quote.length) === quote ? { start, end: start + quote.length } : undefined;
  return (
    <Layout title={`${errors.length > 0 ? "Fehler: " : ""}${title} – ${text.title}`}>
      <Back href={reviewHref}>Zurück zu den Fragen</Back>
      <h1>{title}</h1>
      <p class="muted">
        {QUESTION_TYPE_NAMES[type]} zum Text „{text.title}“.
        {questionId &&
          " Ändern Sie nur Wortlaut oder Beleg, bleibt es dieselbe Frage. Ändern Sie Antworten, Lösung oder Bereich, wird es eine neue Fassung, die neue Versuche stellen; bisherige Antworten und schon begonnene Versuche bleiben bei der alten Fassung."}
      </p>
      <FormErrors errors={errors} focus />
      <form method="post" action={action} class="question-editor">
        <input type="hidden" name="typ" value={type} />
        <TextField name="frage" label="Frage" values={values} multiline required />
        <AnswerEditor type={type} values={values} />
        <fieldset>
          <legend>Beleg im Text</legend>
          <label for="beleg">Textstelle, die die Antwort belegt</label>
          <textarea id="beleg" name="beleg" rows={3} required aria-describedby="beleg-hinweis">
            {quote}
          </textarea>
          <input type="hidden" name="belegStart" id="belegStart" value={value(values, "belegStart")} />
          <p class="muted" id="beleg-hinweis">
            Kopieren Sie die Stelle genau aus dem Text unten hierher. Mit JavaScript: Markieren Sie die Stelle im Text und wählen Sie „Markierung als Beleg
            übernehmen“.
          </p>
          <p class="evidence-status" role="status" aria-live="polite" data-evidence-status></p>
        </fieldset>
        <div class="actions">
          <button type="submit">{questionId ? "Änderungen speichern" : "Frage hinzufügen"}</button>
          <a href={reviewHref}>Abbrechen</a>
        </div>
      </form>
      <SelectableText document={document} marked={marked} />
      <div class="take-selection" hidden data-evidence-button-row>
        <button type="button" data-take-selection>
          Markierung als Beleg übernehmen
        </button>
      </div>
    </Layout>
  );
};
