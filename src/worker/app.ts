/** The Worker's Hono app: security headers, CSRF checks and a body size limit for everything, then the routers. */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { secureHeaders } from "hono/secure-headers";
import { database } from "../db";
import "./form-messages";
import { classroomRoutes } from "./classroom/routes";
import { handleError, handleNotFound, messageResponse } from "./errors";
import { liveStudentRoutes, liveTeacherRoutes } from "./live/routes";
import { OWN_TEXT_MAX_BODY_BYTES } from "./own-texts/routes";
import { learnerRoutes } from "./quiz/routes";
import { recoveryRoutes } from "./recovery/routes";
import { reviewRoutes } from "./quiz/review-routes";
import { assetRoutes } from "./static/assets";
import type { AppEnv } from "./types";

export const app = new Hono<AppEnv>();

// One database handle per request, for every route and helper: `c.var.db`.
app.use(async (c, next) => {
  c.set("db", database(c.env.DB));
  await next();
});

app.use(
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
    },
    referrerPolicy: "same-origin",
    // The same policy as frame-ancestors 'none', for browsers that only know the older header.
    xFrameOptions: "DENY",
  }),
);

/**
 * "/klassen/meine/" is "/klassen/meine": a GET or HEAD with trailing slashes is sent to the path without
 * them (301, the query kept). Never to a path that starts with "//", which a browser would read as
 * another host ("//example.org/" would otherwise lead away from the site).
 */
app.use(async (c, next) => {
  if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
  const url = new URL(c.req.url);
  if (url.pathname.length <= 1 || !url.pathname.endsWith("/")) return next();
  const path = url.pathname.replace(/\/+$/, "");
  if (path === "" || path.startsWith("//")) return next();
  return c.redirect(`${path}${url.search}`, 301);
});

// CSRF: hono's check refuses posts of the content types a cross-site form can send unless Origin or
// Sec-Fetch-Site say same-origin. Other content types need a CORS preflight, which this app never grants.
// First, so that a cross-site post is a 403 whatever its type.
app.use(csrf());

/**
 * Every POST here is an HTML form: a body of another type (JSON, text) is refused with 415 instead of
 * being read as an empty form (a JSON rename once cleared a class's name). A post without a body
 * (a button-only form sent without a type) passes.
 */
const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];
app.use(async (c, next) => {
  if (c.req.method !== "POST") return next();
  const type = c.req.header("content-type")?.split(";")[0]?.trim().toLowerCase();
  const hasBody = c.req.header("content-length") !== undefined ? c.req.header("content-length") !== "0" : c.req.header("transfer-encoding") !== undefined;
  if (type === undefined ? !hasBody : FORM_TYPES.includes(type)) return next();
  return messageResponse(
    c,
    415,
    "Falsches Format",
    "Diese Adresse nimmt nur Formulare an, wie die Seiten von Quellenquiz sie senden (application/x-www-form-urlencoded oder multipart/form-data).",
  );
});

/**
 * The largest form here is a multiple-select answer (26 option ids), or a question a teacher edits;
 * 64 kB leaves room and stops uploads. Only the form that brings an own text takes more.
 */
export const MAX_BODY_BYTES = 64 * 1024;
const defaultLimit = bodyLimit({ maxSize: MAX_BODY_BYTES });
const ownTextLimit = bodyLimit({
  maxSize: OWN_TEXT_MAX_BODY_BYTES,
  onError: (c) =>
    messageResponse(
      c,
      413,
      "Text zu lang",
      "Dieser Text ist viel zu lang für ein Quiz. Bitte wählen Sie die Abschnitte aus, die Sie besprechen wollen, und fügen Sie nur diese ein.",
    ),
});
const NEW_OWN_TEXT_PATH = /^\/klassen\/lehrkraft\/[^/]+\/texte\/neu$/;
app.use((c, next) => (c.req.method === "POST" && NEW_OWN_TEXT_PATH.test(c.req.path) ? ownTextLimit : defaultLimit)(c, next));

app.route("/", assetRoutes);
app.route("/", learnerRoutes);
app.route("/", reviewRoutes);
app.route("/", recoveryRoutes);
app.route("/klassen", classroomRoutes);
app.route("/klassen/lehrkraft/:classId/live", liveTeacherRoutes);
app.route("/live", liveStudentRoutes);

app.notFound(handleNotFound);
app.onError(handleError);
