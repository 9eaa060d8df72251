/**
 * The stylesheet and the script, files of their own here (./stil.css, ./quiz.js) that wrangler bundles
 * as text ([[rules]] in wrangler.toml). The Worker serves them under names that carry a hash of their
 * content, so browsers may cache them for a year and still get a new version at once, and the pages'
 * Content-Security-Policy allows nothing but them ('self', no inline styles or scripts).
 */
import { Hono } from "hono";
import { hashHex } from "../../shared/hash";
import type { AppEnv } from "../types";
import SCRIPT from "./quiz.js";
import READABLE_STYLESHEET from "./stil.css";

/** Written readably in ./stil.css, sent without comments and spare whitespace (every page loads it). */
const compactCss = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,])\s*/g, "$1")
    .trim();

const STYLESHEET = compactCss(READABLE_STYLESHEET);

export const STYLESHEET_URL = `/static/stil.${hashHex(STYLESHEET)}.css`;
export const SCRIPT_URL = `/static/quiz.${hashHex(SCRIPT)}.js`;

const IMMUTABLE = "public, max-age=31536000, immutable";

export const assetRoutes = new Hono<AppEnv>();
assetRoutes.get(STYLESHEET_URL, (c) => c.body(STYLESHEET, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": IMMUTABLE }));
assetRoutes.get(SCRIPT_URL, (c) => c.body(SCRIPT, 200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": IMMUTABLE }));
