/** Classroom routes, mounted at /klassen: the teacher's side (./teacher/), the students' (./student/), and the privacy page for both. */
import { Hono } from "hono";
import type { AppEnv } from "../types";
import { PrivacyPage } from "./parts";
import { studentRoutes } from "./student/routes";
import { teacherRoutes } from "./teacher/routes";

export const classroomRoutes = new Hono<AppEnv>();

// CSRF checks and the Referrer-Policy (same-origin: no Referer leaves the site) are app-wide (../app.ts).
classroomRoutes.use(async (c, next) => {
  await next();
  // Pages here show personal results or secrets: never cached.
  c.header("Cache-Control", "no-store");
});

classroomRoutes.route("/", teacherRoutes);
classroomRoutes.route("/", studentRoutes);
classroomRoutes.get("/datenschutz", (c) => c.html(<PrivacyPage />));
