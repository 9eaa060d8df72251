/**
 * The stylesheet and the script, served by the Worker itself under names that carry a hash of their
 * content, so browsers may cache them for a year and still get a new version at once.
 */
import { Hono } from "hono";
import type { AppEnv } from "../types";
import { SCRIPT } from "./script";
import { STYLESHEET } from "./stylesheet";

/** FNV-1a, 32 bit: enough to tell versions apart, and synchronous (runs once per isolate). */
function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

export const STYLESHEET_URL = `/static/stil.${contentHash(STYLESHEET)}.css`;
export const SCRIPT_URL = `/static/quiz.${contentHash(SCRIPT)}.js`;

const IMMUTABLE = "public, max-age=31536000, immutable";

export const assetRoutes = new Hono<AppEnv>();
assetRoutes.get(STYLESHEET_URL, (c) => c.body(STYLESHEET, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": IMMUTABLE }));
assetRoutes.get(SCRIPT_URL, (c) => c.body(SCRIPT, 200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": IMMUTABLE }));
