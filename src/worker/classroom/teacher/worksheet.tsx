/**
 * A quiz on paper, for lessons without working Wi-Fi: the text(s) first, then the questions with boxes
 * to tick and lines to write on, then (on its own page) the answers with the evidence quotes. The print
 * stylesheet (@media print) drops the site's frame and starts questions and answers on new pages; on
 * screen it is an ordinary accessible page. Written for learners ("du"), the tools above it for teachers.
 */
import type { FC } from "hono/jsx";
import { gapText } from "../../../bank/public";
import type { BankDocument, Question } from "../../../bank/schema";
import { evidenceOf } from "../../../export/quiz";
import { correctAnswerText, truthText } from "../../quiz/describe";
import { blocksOf } from "../../quiz/pages/document";
import { Layout } from "../../layout/page";
import { DocumentMeta, HighlightedText } from "../../quiz/pages/parts";
import { GapSentence } from "../../quiz/pages/quiz";
import { quoted } from "../../../shared/german";

export type Worksheet = { title: string; questions: readonly Question[]; documents: readonly BankDocument[] };

/** A box to tick (square) or to mark one of several (round); decorative, the option's text says it all. */
const TickBox: FC<{ round: boolean }> = ({ round }) => <span class={round ? "tick round" : "tick"} aria-hidden="true"></span>;

/** A line to write on, named for screen readers. */
const WriteLine: FC<{ wide?: boolean }> = ({ wide = false }) => (
  <span class={wide ? "write-line wide" : "write-line"}>
    <span class="visually-hidden">(Lücke zum Ausfüllen)</span>
  </span>
);

const Choices: FC<{ texts: string[]; round: boolean }> = ({ texts, round }) => (
  <ul class="ws-choices">
    {texts.map((text) => (
      <li>
        <TickBox round={round} /> {text}
      </li>
    ))}
  </ul>
);

const PaperQuestion: FC<{ question: Question }> = ({ question }) => {
  switch (question.type) {
    case "single":
      return (
        <>
          <p class="ws-hint">Kreuze eine Antwort an.</p>
          <Choices texts={question.options.map((option) => option.text)} round={true} />
        </>
      );
    case "multi":
      return (
        <>
          <p class="ws-hint">Kreuze alle richtigen Antworten an.</p>
          <Choices texts={question.options.map((option) => option.text)} round={false} />
        </>
      );
    case "numeric":
      if (question.before !== undefined)
        return <GapSentence gap={gapText({ before: question.before, after: question.after ?? "", evidence: question.evidence })} blank={<WriteLine />} />;
      return (
        <p class="ws-answer">
          Antwort: <WriteLine /> {question.unit ?? ""}
        </p>
      );
    case "truefalse":
      return (
        <>
          <p class="sentence">{quoted(question.statement)}</p>
          <Choices texts={[truthText(true), truthText(false)]} round={true} />
        </>
      );
    case "cloze":
      return <GapSentence gap={gapText(question)} blank={<WriteLine wide={true} />} />;
  }
};

/** One text; its title as a heading of its own only where several texts follow each other. */
const DocumentText: FC<{ document: BankDocument; titled: boolean }> = ({ document, titled }) => (
  <article class="document" aria-label={titled ? undefined : document.title} aria-labelledby={titled ? `text-${document.id}` : undefined}>
    {titled && <h3 id={`text-${document.id}`}>{document.title}</h3>}
    <DocumentMeta document={document} />
    {blocksOf(document)
      // The title is the heading already.
      .filter(({ passage, range }) => passage?.kind !== "title" && document.text.slice(range.start, range.end).trim() !== document.title)
      .map(({ passage, range }) => (
        <p class={["passage", passage?.kind].filter(Boolean).join(" ")}>
          <HighlightedText text={document.text} segment={range} />
        </p>
      ))}
  </article>
);

const AnswerKeyEntry: FC<{ question: Question; documents: readonly BankDocument[] }> = ({ question, documents }) => {
  const evidence = evidenceOf(question);
  const titleOf = (documentId: string) => documents.find((document) => document.id === documentId)?.title;
  return (
    <li>
      <p>
        <strong>{correctAnswerText(question)}</strong>
        {question.type === "truefalse" && question.correction ? ` – richtig ist: ${quoted(question.correction)}` : ""}
      </p>
      {evidence.map((item) => (
        <blockquote class="evidence">
          <p>{quoted(item.quote)}</p>
          {documents.length > 1 && titleOf(item.documentId) && <footer>Aus „{titleOf(item.documentId)}“</footer>}
        </blockquote>
      ))}
    </li>
  );
};

export const WorksheetPage: FC<{
  worksheet: Worksheet;
  withAnswers: boolean;
  /** The same page with and without the answers. */
  links: { withAnswers: string; withoutAnswers: string; back: string };
}> = ({ worksheet, withAnswers, links }) => (
  <Layout title={`Arbeitsblatt: ${worksheet.title}`}>
    <div class="ws-tools">
      <p>
        <a href={links.back}>Zurück zur Klasse</a>
      </p>
      <p>
        Diese Seite ist zum Ausdrucken gemacht: Drucken Sie sie über das Druckmenü Ihres Browsers (Strg+P, auf dem Mac ⌘+P) oder speichern Sie sie dort als PDF.
        Die Fragen beginnen auf einer neuen Seite{withAnswers ? ", die Lösungen mit den Belegen im Text ebenso." : "."}
      </p>
      <div class="actions">
        <button type="button" data-drucken hidden>
          Drucken
        </button>
        {withAnswers ? <a href={links.withoutAnswers}>Ohne Lösungen anzeigen (für die Klasse)</a> : <a href={links.withAnswers}>Mit Lösungen anzeigen</a>}
      </div>
    </div>
    <div class="worksheet">
      <h1>{worksheet.title}</h1>
      <p class="ws-name">
        Name: <WriteLine wide={true} /> Datum: <WriteLine />
      </p>
      <section aria-labelledby="ws-texte">
        <h2 id="ws-texte">{worksheet.documents.length > 1 ? "Die Texte" : "Der Text"}</h2>
        {worksheet.documents.map((document) => (
          <DocumentText document={document} titled={worksheet.documents.length > 1} />
        ))}
      </section>
      <section class="ws-questions" aria-labelledby="ws-fragen">
        <h2 id="ws-fragen">Fragen</h2>
        <p class="ws-hint">Beantworte die Fragen mit Hilfe {worksheet.documents.length > 1 ? "der Texte" : "des Textes"}.</p>
        <ol class="ws-list">
          {worksheet.questions.map((question) => (
            <li class="ws-question">
              <p class="ws-stem">{question.stem}</p>
              <PaperQuestion question={question} />
            </li>
          ))}
        </ol>
      </section>
      {withAnswers && (
        <section class="ws-key" aria-labelledby="ws-loesungen">
          <h2 id="ws-loesungen">Lösungen: {worksheet.title}</h2>
          <ol class="ws-list">
            {worksheet.questions.map((question) => (
              <AnswerKeyEntry question={question} documents={worksheet.documents} />
            ))}
          </ol>
        </section>
      )}
    </div>
  </Layout>
);
