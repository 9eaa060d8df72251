/** The Worker's Hono app: security headers, CSRF checks and a body size limit for everything, then the routers. */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { secureHeaders } from "hono/secure-headers";
import { database } from "../db";
import { classroomRoutes } from "./classroom/routes";
import { handleError, handleNotFound, messageResponse } from "./errors";
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
  }),
);

// CSRF: hono's check refuses posts of the content types a cross-site form can send unless Origin or
// Sec-Fetch-Site say same-origin. Other content types need a CORS preflight, which this app never grants.
app.use(csrf());

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

app.notFound(handleNotFound);
app.onError(handleError);
