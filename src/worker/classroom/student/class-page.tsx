/** A student's page of their class ("du"): their assignments with what is due when, and their own figures only. */
import type { Child, FC } from "hono/jsx";
import { Layout } from "../../pages/layout";
import { formatPoints } from "../../quiz/describe";
import { percent, type StudentSummary } from "../results";
import { type AssignmentWindow, dueText, germanNumericDate } from "../schedule";

export interface StudentAssignmentItem {
  id: string;
  title: string;
  window: AssignmentWindow;
  summary: StudentSummary;
  /** Whether answering is possible now (./schedule.ts). */
  state: "not-yet" | "open" | "closed";
}

/** The status in a student's words. */
const STATUS_FOR_STUDENT: Record<StudentSummary["status"], string> = {
  offen: "offen",
  fertig: "fertig",
  verspätet: "fertig, nach dem Fälligkeitsdatum",
  überfällig: "überfällig",
};

/** "fällig in 3 Tagen (04.06.2026)", "ab 05.06.2026", "geschlossen seit dem 04.06.2026". */
function whenText(item: StudentAssignmentItem, today: string): string | undefined {
  const { openFrom, dueDate } = item.window;
  if (item.state === "not-yet" && openFrom) return `ab ${germanNumericDate(openFrom)}`;
  if (item.state === "closed" && dueDate) return `geschlossen, war fällig am ${germanNumericDate(dueDate)}`;
  if (!dueDate) return undefined;
  const relative = dueText(dueDate, today);
  return relative.startsWith("war ") ? relative : `${relative} (${germanNumericDate(dueDate)})`;
}

const AssignmentCard: FC<{ classId: string; item: StudentAssignmentItem; today: string }> = ({ classId, item, today }) => {
  const { summary } = item;
  const when = whenText(item, today);
  const label =
    item.state === "not-yet"
      ? undefined
      : !summary.started
        ? item.state === "closed"
          ? undefined
          : "Starten"
        : summary.answered < summary.asked && item.state === "open"
          ? "Weitermachen"
          : "Ansehen";
  return (
    <li class="card" data-testid="assignment">
      <h3>{item.title}</h3>
      {when && <p class={`due ${summary.status}`}>{when}</p>}
      <p>
        {summary.answered} von {summary.asked} beantwortet ·{" "}
        {`${formatPoints(summary.points)} von ${summary.asked} Punkten (${percent(summary.points, summary.asked)} %)`}
      </p>
      <p>
        Status: <strong class={`status ${summary.status}`}>{STATUS_FOR_STUDENT[summary.status]}</strong>
      </p>
      {label && (
        <form method="post" action={`/klassen/meine/${classId}/aufgaben/${item.id}/starten`}>
          <button type="submit">
            {label}
            <span class="visually-hidden">: {item.title}</span>
          </button>
        </form>
      )}
    </li>
  );
};

export const MyClassPage: FC<{
  classId: string;
  className: string;
  nickname: string;
  items: readonly StudentAssignmentItem[];
  today: string;
  /** Continuing on another device (the learner's recovery code), when there is one. */
  otherDevice?: Child;
}> = ({ classId, className, nickname, items, today, otherDevice }) => {
  const base = `/klassen/meine/${classId}`;
  return (
    <Layout title={className}>
      <h1>{className}</h1>
      <p>
        Du bist dabei als <strong>{nickname}</strong>.
      </p>
      <h2>Deine Aufgaben</h2>
      {items.length === 0 ? (
        <p>Deine Lehrkraft hat noch keine Aufgaben gestellt.</p>
      ) : (
        <ul class="cards">
          {items.map((item) => (
            <AssignmentCard classId={classId} item={item} today={today} />
          ))}
        </ul>
      )}
      {otherDevice}
      <h2>Deine Daten</h2>
      <form method="post" action={`${base}/austreten`}>
        <p>Du kannst die Klasse verlassen. Dabei werden dein Spitzname und alle deine Antworten in dieser Klasse gelöscht.</p>
        <label class="choice">
          <input name="bestaetigung" type="checkbox" value="ja" required />
          <span>Ja, meine Daten in dieser Klasse löschen</span>
        </label>
        <button type="submit">Klasse verlassen und Daten löschen</button>
      </form>
    </Layout>
  );
};
