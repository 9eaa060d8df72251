/**
 * The stylesheets and scripts, files of their own here that wrangler bundles
 * as text ([[rules]] in wrangler.toml). The Worker serves them under names that carry a hash of their
 * content, so browsers may cache them for a year and still get a new version at once, and the pages'
 * Content-Security-Policy allows nothing but them ('self', no inline styles or scripts).
 */
import { Hono } from "hono";
import { hashHex } from "../../shared/hash";
import type { AppEnv } from "../types";
import READABLE_LIVE_STYLESHEET from "./live.css";
import LIVE_SCRIPT from "./live.js";
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
const LIVE_STYLESHEET = compactCss(READABLE_LIVE_STYLESHEET);

export const STYLESHEET_URL = `/static/stil.${hashHex(STYLESHEET)}.css`;
export const SCRIPT_URL = `/static/quiz.${hashHex(SCRIPT)}.js`;
/** The live mode's pages load these after the site's own (../live/pages.tsx). */
export const LIVE_STYLESHEET_URL = `/static/live.${hashHex(LIVE_STYLESHEET)}.css`;
export const LIVE_SCRIPT_URL = `/static/live.${hashHex(LIVE_SCRIPT)}.js`;

export const IMMUTABLE = "public, max-age=31536000, immutable";

export const assetRoutes = new Hono<AppEnv>();
const css = (text: string) => ({ text, type: "text/css; charset=utf-8" });
const js = (text: string) => ({ text, type: "text/javascript; charset=utf-8" });
/**
 * /favicon.ico, which browsers ask for on every site: a 32 x 32 "Q" in the site's blue, a PNG inside an
 * ICO (221 bytes), so that the request is no 404.
 */
const FAVICON = Uint8Array.from(
  atob(
    "AAABAAEAICAAAAEAIADHAAAAFgAAAIlQTkcNChoKAAAADUlIRFIAAAAgAAAAIAgGAAAAc3p69AAAAI5JREFUeNrt10EOgCAMBMD+xKf5IB+NNw8YiNt2u8SwiTehEyFIzboc59WYj43CLjyFVBd/IaQAVfEHgQ6YhQpAkg7wJA0QSRiATupBQADPcrkBkY2FjN2ADfgHoH8vBYBMFDkNU05CGkD+L6hAUO4DaZvQu94IgnYnlAO+IsoAki+wfG+wTmsmb06V7fkN1GaBgL99NV0AAAAASUVORK5CYII=",
  ),
  (character) => character.charCodeAt(0),
);
assetRoutes.get("/favicon.ico", (c) => c.body(FAVICON, 200, { "Content-Type": "image/x-icon", "Cache-Control": "public, max-age=604800" }));

for (const [url, { text, type }] of [
  [STYLESHEET_URL, css(STYLESHEET)],
  [SCRIPT_URL, js(SCRIPT)],
  [LIVE_STYLESHEET_URL, css(LIVE_STYLESHEET)],
  [LIVE_SCRIPT_URL, js(LIVE_SCRIPT)],
] as const) {
  assetRoutes.get(url, (c) => c.body(text, 200, { "Content-Type": type, "Cache-Control": IMMUTABLE }));
}
