// Module hooks for ./text-modules.mjs: src/worker/static/*.css, quiz.js and live.js as a default export of
// their text, and a stand-in for workerd's own `cloudflare:workers`.
import { readFile } from "node:fs/promises";

const TEXT_MODULE = /\/src\/worker\/static\/(?:[^/]+\.css|quiz\.js|live\.js)$/;

/**
 * `cloudflare:workers` exists only inside workerd. In Node (the benches run the app there) the live mode's
 * Durable Object class needs its base class to be defined, never to work: an empty one stands in.
 */
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "cloudflare:workers") return { url: "data:text/javascript,export class DurableObject {}", shortCircuit: true };
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (url.startsWith("file:") && TEXT_MODULE.test(new URL(url).pathname)) {
    const text = await readFile(new URL(url), "utf8");
    return { format: "module", source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
  }
  return nextLoad(url, context);
}
