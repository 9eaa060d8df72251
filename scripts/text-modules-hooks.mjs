// Module hooks for ./text-modules.mjs: src/worker/static/*.css, quiz.js and live.js as a default export of their text.
import { readFile } from "node:fs/promises";

const TEXT_MODULE = /\/src\/worker\/static\/(?:[^/]+\.css|quiz\.js|live\.js)$/;

export async function load(url, context, nextLoad) {
  if (url.startsWith("file:") && TEXT_MODULE.test(new URL(url).pathname)) {
    const text = await readFile(new URL(url), "utf8");
    return { format: "module", source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
  }
  return nextLoad(url, context);
}
