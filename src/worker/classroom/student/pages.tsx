/** The students' pages, addressed with "du": server-rendered, plain forms, no script needed. */
import type { Child, FC } from "hono/jsx";
import { Layout } from "../../layout/page";
import { NICKNAME_CHARACTERS, NICKNAME_MAX_LENGTH } from "../nickname";
import { NicknameField } from "../parts";
import { FormErrors } from "../../layout/form-errors";
import { CONTINUE_PATH } from "../../recovery/pages";
import { formatPoints } from "../../../shared/german";
import { percent, type StudentSummary } from "../results";
import { germanNumericDate } from "../../../shared/berlin-days";
import { type AssignmentWindow, dueText, statusClass } from "../schedule";
import { learnerClassUrl } from "../../quiz/attempts";

export const JoinPage: FC<{ errors?: string[]; code?: string; nickname?: string }> = ({ errors = [], code = "", nickname = "" }) => (
  <Layout title="Klasse beitreten" current="/klassen/beitreten">
    <h1>Klasse beitreten</h1>
    <p>Du brauchst nur den Code deiner Lehrkraft und einen Spitznamen. Bitte nicht deinen echten vollen Namen.</p>
    <FormErrors errors={errors} />
    <form method="post" action="/klassen/beitreten">
      <label for="code">Klassencode</label>
      <input
        id="code"
        name="code"
        type="text"
        required
        autocomplete="off"
        autocapitalize="characters"
        value={code}
        placeholder="ABCD-EFGH"
        aria-describedby={errors.length > 0 ? "fehler" : undefined}
      />
      <NicknameField value={nickname} describedBy={errors.length > 0 ? "fehler nickname-hinweis" : "nickname-hinweis"} />
      <p class="muted" id="nickname-hinweis">
        2 bis {NICKNAME_MAX_LENGTH} Zeichen: {NICKNAME_CHARACTERS}.
      </p>
      <button type="submit">Beitreten</button>
    </form>
    <p>
      <a href={CONTINUE_PATH}>Neues Gerät? Ich habe schon einen Code</a> · <a href="/klassen/meine">Meine Klassen</a> ·{" "}
      <a href="/klassen/datenschutz">Was wird gespeichert?</a>
    </p>
  </Layout>
);

/** A join on a device that already holds a member of this class under another nickname. */
export const WhoAreYouPage: FC<{ code: string; nickname: string; member: string; className: string }> = ({ code, nickname, member, className }) => (
  <Layout title="Wer bist du?" current="/klassen/beitreten">
    <h1>
      Bist du <bdi>{member}</bdi>?
    </h1>
    <p>
      Auf diesem Gerät ist schon{" "}
      <strong>
        <bdi>{member}</bdi>
      </strong>{" "}
      in {className}.
    </p>
    <div class="actions">
      <form method="post" action="/klassen/beitreten">
        <input type="hidden" name="code" value={code} />
        <input type="hidden" name="nickname" value={member} />
        <button type="submit">
          Ja, ich bin <bdi>{member}</bdi>
        </button>
      </form>
      <form method="post" action="/klassen/beitreten">
        <input type="hidden" name="code" value={code} />
        <input type="hidden" name="nickname" value={nickname} />
        <input type="hidden" name="jemandAnderes" value="ja" />
        <button type="submit" class="secondary">
          Nein, ich bin <bdi>{nickname}</bdi>
        </button>
      </form>
    </div>
    <p class="muted">
      Wenn du <bdi>{nickname}</bdi> bist, gehört dieses Gerät danach dir. <bdi>{member}</bdi> macht dann mit dem eigenen Code weiter (auf der Klassenseite unter
      „Auf einem anderen Gerät weitermachen“).
    </p>
  </Layout>
);

export const MyClassesPage: FC<{ taught: { id: string; name: string }[]; joined: { id: string; name: string; nickname: string }[] }> = ({ taught, joined }) => (
  <Layout title="Meine Klassen">
    <h1>Meine Klassen</h1>
    {taught.length > 0 && (
      <section aria-labelledby="unterrichtet">
        <h2 id="unterrichtet">Klassen, die Sie auf diesem Gerät leiten</h2>
        <ul>
          {taught.map((classRow) => (
            <li>
              <a href={`/klassen/lehrkraft/${classRow.id}`}>{classRow.name}</a>
            </li>
          ))}
        </ul>
      </section>
    )}
    <section aria-labelledby="beigetreten">
      <h2 id="beigetreten">{taught.length > 0 ? "Klassen, denen dieses Gerät beigetreten ist" : "Deine Klassen"}</h2>
      {joined.length === 0 ? (
        <p>{taught.length > 0 ? "Keine." : "Du bist auf diesem Gerät noch in keiner Klasse."}</p>
      ) : (
        <ul>
          {joined.map((classRow) => (
            <li>
              <a href={learnerClassUrl(classRow.id)}>{classRow.name}</a> (als <bdi>{classRow.nickname}</bdi>)
            </li>
          ))}
        </ul>
      )}
    </section>
    <p>
      <a href="/klassen/beitreten">Klasse beitreten</a> · <a href="/klassen/neu">Klasse anlegen (für Lehrkräfte)</a>
    </p>
  </Layout>
);

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
  zurückgezogen: "nicht begonnen, zurückgezogen",
  "nicht dabei": "nicht dabei",
  unvollständig: "nicht alle beantwortet",
  "keine Antwort": "keine Antwort gegeben",
};

/** "fällig in 3 Tagen (04.06.2026)", "ab 05.06.2026, fällig am 09.06.2026", "geschlossen seit dem 04.06.2026". */
function whenText(item: StudentAssignmentItem, today: string): string | undefined {
  const { openFrom, dueDate } = item.window;
  // Before it opens, the due date as well: students plan their week by it.
  if (item.state === "not-yet" && openFrom) return `ab ${germanNumericDate(openFrom)}${dueDate ? `, fällig am ${germanNumericDate(dueDate)}` : ""}`;
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
      {when && <p class={`due ${statusClass(summary.status)}`}>{when}</p>}
      <p>
        {summary.answered} von {summary.asked} beantwortet ·{" "}
        {`${formatPoints(summary.points)} von ${summary.asked} Punkten (${percent(summary.points, summary.asked)} %)`}
      </p>
      <p>
        Status: <strong class={`status ${statusClass(summary.status)}`}>{STATUS_FOR_STUDENT[summary.status]}</strong>
      </p>
      {label && (
        <form method="post" action={`${learnerClassUrl(classId)}/aufgaben/${item.id}/starten`}>
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
  const base = learnerClassUrl(classId);
  return (
    <Layout title={className}>
      <h1>{className}</h1>
      <p>
        Du bist dabei als{" "}
        <strong>
          <bdi>{nickname}</bdi>
        </strong>
        .
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
        <button type="submit" class="danger">
          Klasse verlassen und Daten löschen
        </button>
      </form>
    </Layout>
  );
};
