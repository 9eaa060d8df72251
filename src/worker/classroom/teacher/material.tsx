/**
 * Quizzes for use outside Quellenquiz, in the teacher area of a class (they carry the answers, so a
 * learner never gets them): Moodle XML and GIFT files for the LMS, and a worksheet to print.
 * Mounted by ./routes.tsx under /klassen/lehrkraft/:classId/quizze, behind the teacher check.
 */
import { Hono, type Context } from "hono";
import type { FC } from "hono/jsx";
import { defaultQuiz, getDocument, MIXED_QUIZ_ID, quizTitle } from "../../../bank";
import { isOwnTextId } from "../../../bank/ids";
import type { BankDocument } from "../../../bank/schema";
import { toGift } from "../../../export/gift";
import { toMoodleXml } from "../../../export/moodle-xml";
import type { ExportQuiz } from "../../../export/quiz";
import { questionSource } from "../../content";
import { messageResponse } from "../../errors";
import { materialPath } from "../paths";
import type { TeacherEnv } from "./access";
import { WorksheetPage } from "./worksheet";

/**
 * A built-in quiz (a text's quiz or the mixed one) with the documents its evidence points into, in bank
 * order. Its questions are the quiz's default selection from the pool (what a first attempt gets):
 * questions shown together that give none of their answers away.
 */
function builtInQuiz(quizId: string): ExportQuiz | undefined {
  const questions = defaultQuiz(quizId);
  if (questions.length === 0) return undefined;
  const documentIds = new Set(questions.flatMap((question) => [question.evidence, ...(question.moreEvidence ?? [])].map((evidence) => evidence.documentId)));
  // The quiz's own text first, then any other text a question compares it with.
  const ordered = quizId === MIXED_QUIZ_ID ? [...documentIds] : [quizId, ...[...documentIds].filter((id) => id !== quizId)];
  const documents = ordered.flatMap((id) => getDocument(id) ?? []);
  return { title: quizTitle(quizId), questions, documents };
}

/**
 * The quiz of the path: a built-in one, or an own text of this class (drafts too, so a teacher can print
 * before publishing). Undefined otherwise. An own text gives a draw as each attempt of its assignment gets
 * one (as many as the teacher set, none giving another's answer away; always the same, seeded with the
 * text's id), as a built-in quiz gives its default selection; not the whole reviewed
 * pool, whose questions may give each other away. The pages say so (MaterialSection, own-texts/pages.tsx).
 * A withdrawn text has none: it is gone from every list and can no longer be opened, so its material goes
 * with it (the withdraw section of own-texts/pages.tsx says so); its results keep their questions.
 */
async function exportQuiz(c: Context<TeacherEnv>, quizId: string): Promise<ExportQuiz | undefined> {
  if (!isOwnTextId(quizId)) return builtInQuiz(quizId);
  const source = questionSource(c.var.db, { classId: c.get("classRow").id, drafts: true });
  const found = await source.quiz(quizId);
  const quiz = found?.status === "withdrawn" ? undefined : found;
  const document = quiz && (await source.documents([quizId])).get(quizId);
  const questions = quiz ? source.draw(quiz, quiz.id) : [];
  return quiz && document && questions.length > 0 ? { title: quiz.title, questions, documents: [document] } : undefined;
}

/** The texts printed on a worksheet: the ones questions are about (not those only compared with). */
const worksheetDocuments = (quiz: ExportQuiz): BankDocument[] =>
  quiz.documents.filter((document) => quiz.questions.some((question) => question.documentId === document.id));

/** Words of a title as a file name every system accepts: ASCII letters, digits and hyphens. */
export function asciiFileName(title: string, extension: string): string {
  const words = title
    .replace(/[Ää]/g, (letter) => (letter === "ä" ? "ae" : "Ae"))
    .replace(/[Öö]/g, (letter) => (letter === "ö" ? "oe" : "Oe"))
    .replace(/[Üü]/g, (letter) => (letter === "ü" ? "ue" : "Ue"))
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `quellenquiz${words ? `-${words.toLowerCase()}` : ""}.${extension}`;
}

/**
 * `attachment` with an ASCII file name for old clients and the real one as filename* (RFC 6266, RFC 8187),
 * percent-encoded UTF-8; encodeURIComponent leaves ' ( ) * ! as they are, RFC 8187 does not allow them.
 */
export function contentDisposition(title: string, extension: string): string {
  const cleanTitle = title
    .replace(/[\p{Cc}\p{Cf}\\/]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  const utf8Name = encodeURIComponent(`Quellenquiz – ${cleanTitle}.${extension}`).replace(
    /['()*!]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFileName(cleanTitle, extension)}"; filename*=UTF-8''${utf8Name}`;
}

/** An unknown or withdrawn quiz's material: back to the class it was asked from, not to the start page. */
const quizNotFound = (c: Context<TeacherEnv>) =>
  messageResponse(c, 404, "Quiz nicht gefunden", "Dieses Quiz gibt es nicht (mehr).", {
    href: `/klassen/lehrkraft/${c.get("classRow").id}#material`,
    text: "Zurück zur Klasse",
  });

export const materialRoutes = new Hono<TeacherEnv>();

/** The files for learning platforms: path under the quiz, link text, file type, writer. */
const DOWNLOADS = [
  { path: "moodle.xml", label: "Moodle-XML", extension: "xml", contentType: "application/xml; charset=utf-8", write: toMoodleXml },
  { path: "gift.txt", label: "GIFT", extension: "gift.txt", contentType: "text/plain; charset=utf-8", write: toGift },
] as const;

for (const download of DOWNLOADS) {
  materialRoutes.get(`/:quizId/${download.path}`, async (c) => {
    const quiz = await exportQuiz(c, c.req.param("quizId"));
    if (!quiz) return quizNotFound(c);
    return c.body(download.write(quiz), 200, {
      "Content-Type": download.contentType,
      "Content-Disposition": contentDisposition(quiz.title, download.extension),
    });
  });
}

materialRoutes.get("/:quizId/arbeitsblatt", async (c) => {
  const quizId = c.req.param("quizId");
  const quiz = await exportQuiz(c, quizId);
  if (!quiz) return quizNotFound(c);
  const here = `${materialPath(c.get("classRow").id, quizId)}/arbeitsblatt`;
  return c.html(
    <WorksheetPage
      worksheet={{ ...quiz, documents: worksheetDocuments(quiz) }}
      withAnswers={c.req.query("loesungen") !== "nein"}
      links={{ withAnswers: here, withoutAnswers: `${here}?loesungen=nein`, back: `/klassen/lehrkraft/${c.get("classRow").id}#material` }}
    />,
  );
});

/** The dashboard's section with the links, one row per assignable quiz. */
export const MaterialSection: FC<{ classId: string; quizzes: { id: string; title: string; questionCount: number }[] }> = ({ classId, quizzes }) => (
  <section aria-labelledby="material">
    <h2 id="material">Arbeitsblätter und Moodle</h2>
    <p>
      Jedes Quiz als Arbeitsblatt zum Ausdrucken (mit Lösungen und Belegen im Text auf eigener Seite) und als Datei für Moodle oder eine andere Lernplattform.
      In Moodle: Fragensammlung → Importieren → Format „Moodle-XML“ oder „GIFT“. Jede Frage bringt den Beleg im Text, Titel und Quelle als allgemeines Feedback
      mit.
    </p>
    <p>
      Sie enthalten die Fragen, die Ihre Klasse in der Aufgabe bekommt; bei eigenen Texten, wo jeder Versuch seine eigene Auswahl zieht, eine solche Auswahl
      (immer dieselbe) mit so vielen Fragen, wie Sie als Umfang eingestellt haben, nicht alle geprüften Fragen.
    </p>
    <ul>
      {quizzes.map((quiz) => {
        const base = materialPath(classId, quiz.id);
        const hidden = <span class="visually-hidden">: {quiz.title}</span>;
        return (
          <li>
            <strong>{quiz.title}</strong> <span class="muted">({quiz.questionCount} Fragen)</span>
            <span class="material-links">
              <a href={`${base}/arbeitsblatt`}>Arbeitsblatt{hidden}</a>
              {DOWNLOADS.map((download) => (
                <a href={`${base}/${download.path}`}>
                  {download.label}
                  {hidden}
                </a>
              ))}
            </span>
          </li>
        );
      })}
    </ul>
  </section>
);
