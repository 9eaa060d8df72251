/** A class iPad shared by students: a second join never silently becomes the member the device holds. */
import { expect, it } from "vitest";
import { visibleText } from "../quiz/client";
import { Client, count, createClass, location } from "./helpers";

it("asks 'Bist du Fuchs?' and switches cleanly to the new student; Fuchs keeps everything", async () => {
  const { classId, joinCode } = await createClass();
  const ipad = new Client("192.0.2.80");
  expect(location(await ipad.post("/klassen/beitreten", { code: joinCode, nickname: "Fuchs" }))).toBe(`/klassen/meine/${classId}`);
  const fuchsCookie = ipad.cookies.get("qq_lernende");

  // The same nickname again (another spelling of it): still Fuchs, straight to the class.
  expect(location(await ipad.post("/klassen/beitreten", { code: joinCode, nickname: "fuchs" }))).toBe(`/klassen/meine/${classId}`);

  const asked = await ipad.post("/klassen/beitreten", { code: joinCode, nickname: "Igel" });
  expect(asked.status).toBe(200);
  const question = visibleText(await asked.text());
  expect(question).toContain("Bist du Fuchs?");
  expect(question).toContain("Nein, ich bin Igel");
  expect(await count("select count(*) as n from class_members where class_id = ?", classId)).toBe(1);

  // "Ja, ich bin Fuchs": back to Fuchs's class page, nothing changes.
  expect(location(await ipad.post("/klassen/beitreten", { code: joinCode, nickname: "Fuchs" }))).toBe(`/klassen/meine/${classId}`);
  expect(ipad.cookies.get("qq_lernende")).toBe(fuchsCookie);

  // "Nein, ich bin Igel": the device becomes a new learner who joins as Igel.
  const switched = await ipad.post("/klassen/beitreten", { code: joinCode, nickname: "Igel", jemandAnderes: "ja" });
  expect(location(switched)).toBe(`/klassen/meine/${classId}`);
  expect(ipad.cookies.get("qq_lernende")).not.toBe(fuchsCookie);
  expect(visibleText(await (await ipad.get(`/klassen/meine/${classId}`)).text())).toContain("Du bist dabei als Igel");
  expect(await count("select count(*) as n from class_members where class_id = ?", classId)).toBe(2);
  expect(await count("select count(distinct learner_id) as n from class_members where class_id = ?", classId)).toBe(2);

  // Fuchs on this device again: asked whether they are Igel; "no, Fuchs" is refused (Fuchs exists) and
  // leaves Igel on the device: Fuchs is told to use the code, no duplicate is made.
  const igelCookie = ipad.cookies.get("qq_lernende");
  expect(visibleText(await (await ipad.post("/klassen/beitreten", { code: joinCode, nickname: "Fuchs" })).text())).toContain("Bist du Igel?");
  const taken = await ipad.post("/klassen/beitreten", { code: joinCode, nickname: "Fuchs", jemandAnderes: "ja" });
  expect(taken.status).toBe(409);
  expect(visibleText(await taken.text())).toContain("Bist du das auf einem neuen Gerät?");
  expect(ipad.cookies.get("qq_lernende")).toBe(igelCookie);
  const elsewhere = await new Client("192.0.2.81").post("/klassen/beitreten", { code: joinCode, nickname: "Fuchs" });
  expect(elsewhere.status).toBe(409);
  expect(visibleText(await elsewhere.text())).toContain("Bist du das auf einem neuen Gerät?");
  expect(await count("select count(*) as n from class_members where class_id = ?", classId)).toBe(2);
});
