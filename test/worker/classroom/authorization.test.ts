/** Every way into a class without its secret or membership ends in 403 or 404, never in its data. */
import { describe, expect, it } from "vitest";
import { listDocuments, quizPool } from "../../../src/bank";
import { count, createClass, joinAs, type CreatedClass } from "./helpers";
import { Browser, redirectTarget } from "../browser";

const quizId = listDocuments().find((document) => quizPool(document.id).length > 0)!.id;

async function classWithStudent(name: string, nickname: string) {
  const created = await createClass(name);
  expect(redirectTarget(await created.teacher.post(`/klassen/lehrkraft/${created.classId}/aufgaben`, { quizId }))).toContain(created.classId);
  const { student, classPath } = await joinAs(created.joinCode, nickname);
  const page = await (await student.get(classPath)).text();
  const startPath = page.match(/action="(\/klassen\/meine\/[^"]+\/starten)"/)![1]!;
  return { ...created, student, classPath, startPath };
}

const teacherGets = (classId: string) => [
  `/klassen/lehrkraft/${classId}`,
  `/klassen/lehrkraft/${classId}/willkommen`,
  `/klassen/lehrkraft/${classId}/export/schueler.csv`,
  `/klassen/lehrkraft/${classId}/export/fragen.csv`,
];
const teacherPosts = (classId: string): [string, Record<string, string>][] => [
  [`/klassen/lehrkraft/${classId}/aufgaben`, { quizId }],
  [`/klassen/lehrkraft/${classId}/name`, { name: "Übernommen" }],
  [`/klassen/lehrkraft/${classId}/loeschen`, { bestaetigung: "ja" }],
  [`/klassen/lehrkraft/${classId}/abmelden`, {}],
];

async function expectNoClassData(response: Response, target: CreatedClass & { startPath: string }, allowed: number[]) {
  expect(allowed).toContain(response.status);
  const body = await response.text();
  expect(body).not.toContain("Lernende Ada");
  expect(body).not.toContain(target.joinCode);
  expect(body).not.toContain(target.joinCode.replace("-", ""));
  expect(body).not.toContain("Zielklasse");
}

describe("teacher pages", () => {
  it("refuse missing, wrong and other classes' secrets with 403 and unknown classes with 404", async () => {
    const target = await classWithStudent("Zielklasse", "Lernende Ada");
    const other = await createClass("Andere Klasse");
    const wrongSecret = target.secret.slice(0, -2) + (target.secret.endsWith("AA") ? "BB" : "AA");
    const visitors: [string, Record<string, string>][] = [
      ["no cookie", {}],
      ["wrong secret", { qq_lehrkraft: wrongSecret }],
      ["other class's secret", { qq_lehrkraft: other.secret }],
      ["empty", { qq_lehrkraft: "" }],
    ];
    for (const [, cookies] of visitors) {
      const visitor = new Browser();
      for (const path of teacherGets(target.classId)) await expectNoClassData(await visitor.get(path, cookies), target, [403]);
      for (const [path, form] of teacherPosts(target.classId)) await expectNoClassData(await visitor.post(path, form, cookies), target, [403]);
    }
    // The other class's teacher, logged in with their own cookie, gets nothing of the target either.
    for (const path of teacherGets(target.classId)) await expectNoClassData(await other.teacher.get(path), target, [403]);

    for (const classId of ["unbekannteKlasseXYZ1234", "kurz", "..%2F..%2Fetc"]) {
      for (const path of teacherGets(classId)) expect((await target.teacher.get(path)).status).toBe(404);
    }

    // Nothing changed: the class, its name and its assignment are still there.
    expect(await count("select count(*) as n from classes where id = ? and name = 'Zielklasse'", target.classId)).toBe(1);
    expect(await count("select count(*) as n from assignments where class_id = ?", target.classId)).toBe(1);
    expect(await count("select count(*) as n from class_members where class_id = ?", target.classId)).toBe(1);
  });

  it("refuse the access link with a wrong or another class's secret, and set no cookie", async () => {
    const target = await createClass("Zielklasse");
    const other = await createClass();
    for (const secret of [other.secret, "x".repeat(43), "kurz"]) {
      const visitor = new Browser();
      const response = await visitor.get(`/klassen/lehrkraft/${target.classId}/zugang/${secret}`);
      expect(response.status).toBe(403);
      expect(visitor.cookies.has("qq_lehrkraft")).toBe(false);
    }
    expect((await new Browser().get(`/klassen/lehrkraft/unbekannteKlasseXYZ1234/zugang/${target.secret}`)).status).toBe(404);
  });

  it("log out on one device by dropping the cookie", async () => {
    const { teacher, classId } = await createClass();
    expect((await teacher.get(`/klassen/lehrkraft/${classId}`)).status).toBe(200);
    expect(redirectTarget(await teacher.post(`/klassen/lehrkraft/${classId}/abmelden`))).toBe("/klassen/neu");
    expect((await teacher.get(`/klassen/lehrkraft/${classId}`)).status).toBe(403);
  });
});

describe("student pages", () => {
  it("show only the student's own classes; other classes' ids give 404", async () => {
    const target = await classWithStudent("Zielklasse", "Lernende Ada");
    const outsider = await classWithStudent("Fremde Klasse", "Lernender Bo");
    const ownPage = await (await outsider.student.get(outsider.classPath)).text();
    expect(ownPage).toContain("Lernender Bo");
    expect(ownPage).not.toContain("Lernende Ada");

    await expectNoClassData(await outsider.student.get(target.classPath), target, [404]);
    await expectNoClassData(await outsider.student.post(target.startPath), target, [404]);
    await expectNoClassData(await outsider.student.post(`${target.classPath}/austreten`, { bestaetigung: "ja" }), target, [404]);
    // Another class's assignment id under the student's own class path.
    const foreignAssignment = target.startPath.split("/")[5]!;
    const mixed = `${outsider.classPath}/aufgaben/${foreignAssignment}/starten`;
    expect((await outsider.student.post(mixed)).status).toBe(404);
    // Without any learner cookie.
    await expectNoClassData(await new Browser().get(target.classPath), target, [404]);

    expect(await count("select count(*) as n from class_members where class_id = ?", target.classId)).toBe(1);
    expect(await count("select count(*) as n from attempts where assignment_id = ?", foreignAssignment)).toBe(0);
  });

  it("cannot open another student's attempt", async () => {
    const target = await classWithStudent("Zielklasse", "Lernende Ada");
    const attemptPath = redirectTarget(await target.student.post(target.startPath));
    expect([302, 303]).toContain((await target.student.get(attemptPath)).status);
    const classmate = await joinAs(target.joinCode, "Mitschüler");
    expect([403, 404]).toContain((await classmate.student.get(attemptPath)).status);
  });
});
