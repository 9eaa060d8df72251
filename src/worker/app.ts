/** The Worker's Hono app: security headers and CSRF checks for everything, then the routers. */
import { Hono } from "hono";
import { csrf } from "hono/csrf";
import { secureHeaders } from "hono/secure-headers";
import { classroomRoutes } from "./classroom/routes";
import { handleError, handleNotFound } from "./errors";
import { learnerRoutes } from "./quiz/routes";
import { assetRoutes } from "./static/assets";
import type { AppEnv } from "./types";

export const app = new Hono<AppEnv>();

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
app.use(csrf());

app.route("/", assetRoutes);
app.route("/", learnerRoutes);
app.route("/klassen", classroomRoutes);

app.notFound(handleNotFound);
app.onError(handleError);
