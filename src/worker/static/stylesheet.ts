/** The one stylesheet, served by ./assets.ts. Calm, readable, responsive; no framework. */

/** Written readably below, sent without comments and spare whitespace (every page loads it). */
const compact = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,])\s*/g, "$1")
    .trim();

export const STYLESHEET = compact(`
:root {
  --text: #1d232a; --muted: #55606b; --bg: #fbfaf7; --surface: #ffffff; --line: #d5d2ca;
  --accent: #1f5f8b; --accent-dark: #154766; --focus: #c2410c;
  --right: #1a6b45; --right-bg: #e6f4ec; --wrong: #a4262c; --wrong-bg: #fbeaea; --mark: #ffe58a;
  color-scheme: light;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--text);
  font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
}
a { color: var(--accent); text-underline-offset: 0.15em; }
a:hover { color: var(--accent-dark); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
/* Focus moved there by the page (autofocus on the question or the feedback), not by the learner. */
[tabindex="-1"]:focus { outline: none; }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; background: var(--surface); padding: 0.5rem 1rem; z-index: 10; }
.skip-link:focus { top: 0.5rem; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.site-header { border-bottom: 1px solid var(--line); background: var(--surface); }
.site-header .inner, main, .site-footer {
  max-width: 46rem; margin: 0 auto; padding-left: 1rem; padding-right: 1rem;
}
.site-header .inner { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 1.5rem; padding-top: 0.6rem; padding-bottom: 0.6rem; }
.brand { font-weight: 700; font-size: 1.2rem; color: var(--text); text-decoration: none; }
.site-header nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0; padding: 0; }
.site-header nav a { display: inline-block; padding: 0.35rem 0; }
.site-header nav a[aria-current="page"] { font-weight: 700; color: var(--text); }
main { padding-top: 1.5rem; padding-bottom: 3rem; }
.site-footer { color: var(--muted); font-size: 0.9rem; padding-bottom: 2rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.25rem; line-height: 1.3; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
.muted, .meta { color: var(--muted); }
.meta { font-size: 0.95rem; margin: 0.25rem 0 0.5rem; }
.card { background: var(--surface); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.1rem; margin: 0 0 1rem; }
.card h2, .card h3 { margin-top: 0; }
ul.cards { list-style: none; padding: 0; margin: 0; }
.actions { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; margin: 1rem 0 0; }
.actions form { margin: 0; }
button, .button {
  display: inline-block; font: inherit; font-weight: 600; line-height: 1.3; padding: 0.65rem 1.2rem; min-height: 44px;
  border-radius: 6px; border: 2px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; text-decoration: none;
}
button:hover, .button:hover { background: var(--accent-dark); border-color: var(--accent-dark); color: #fff; }
button.secondary, .button.secondary { background: var(--surface); color: var(--accent); }
button.secondary:hover, .button.secondary:hover { background: #eef4f8; color: var(--accent-dark); }
button[disabled] { opacity: 0.7; cursor: progress; }
form { margin: 1rem 0; }
label { display: block; font-weight: 600; margin: 0.75rem 0 0.25rem; }
input[type="text"], input[type="number"], input:not([type]), select, textarea {
  font: inherit; padding: 0.55rem 0.7rem; border: 2px solid #8a8f96; border-radius: 6px; background: #fff; color: var(--text);
  width: 100%; max-width: 24rem; min-height: 44px;
}
textarea{max-width:none!important;display:block}
input[type="file"]{font:inherit;max-width:100%}
fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
legend { padding: 0; font-weight: 600; font-size: 1.15rem; margin-bottom: 0.75rem; }
.choices { display: grid; gap: 0.5rem; margin: 0 0 1rem; }
.choice {
  display: flex; gap: 0.75rem; align-items: flex-start; font-weight: 400; margin: 0; padding: 0.7rem 0.85rem;
  background: var(--surface); border: 2px solid var(--line); border-radius: 8px; cursor: pointer;
}
.choice:hover { border-color: var(--accent); }
.choice:has(input:checked) { border-color: var(--accent); background: #eef4f8; }
.choice input { margin-top: 0.3rem; width: 1.15rem; height: 1.15rem; flex: none; accent-color: var(--accent); }
input.gap-input { display: inline-block; width: 12rem; max-width: 100%; }
.sentence { font-size: 1.1rem; background: var(--surface); border-left: 4px solid var(--line); padding: 0.6rem 0.9rem; margin: 0 0 1rem; }
.gap { display: inline-block; min-width: 4em; border-bottom: 2px solid var(--text); }
.unit { margin-left: 0.5rem; }
.field-row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0; margin-bottom: 0.5rem; }
form.question h2 { margin-top: 0.5rem; }
.progress { margin: 0 0 1.25rem; }
.progress-label { font-size: 0.95rem; color: var(--muted); margin: 0 0 0.25rem; }
progress { width: 100%; height: 0.6rem; accent-color: var(--accent); }
.fehler { border: 2px solid var(--wrong); background: var(--wrong-bg); border-radius: 8px; padding: 0.5rem 1rem; margin: 1rem 0; }
.fehler p { margin: 0.25rem 0; font-weight: 600; }
.feedback { border-radius: 8px; padding: 0.9rem 1.1rem; margin: 0 0 1.25rem; border: 2px solid; }
.feedback h2 { margin: 0 0 0.4rem; font-size: 1.3rem; }
.feedback.right { border-color: var(--right); background: var(--right-bg); }
.feedback.wrong { border-color: var(--wrong); background: var(--wrong-bg); }
.feedback.partly { border-color: #8a6d00; background: #fff7d6; }
.feedback dl { margin: 0.5rem 0 0; }
.feedback dt { font-weight: 600; }
.feedback dd { margin: 0 0 0.5rem; }
blockquote.evidence { margin: 0.5rem 0 1rem; padding: 0.75rem 1rem; background: var(--surface); border-left: 4px solid var(--accent); }
blockquote.evidence footer { font-size: 0.95rem; color: var(--muted); margin-top: 0.5rem; }
mark { background: var(--mark); color: inherit; padding: 0 0.1em; border-radius: 2px; }
.document .passage { margin: 0 0 1rem; padding: 0.25rem 0.5rem; margin-left: -0.5rem; border-left: 4px solid transparent; scroll-margin-top: 1rem; }
.document .passage.title, .document .passage.heading { font-weight: 700; }
.document .passage.byline, .document .passage.boilerplate { color: var(--muted); font-size: 0.95rem; }
.document .passage:target, .document .passage.highlighted { border-left-color: var(--accent); background: #eef4f8; }
.results { list-style: none; padding: 0; }
.results li { padding: 0.5rem 0; border-bottom: 1px solid var(--line); }
.badge { display: inline-block; font-size: 0.85rem; font-weight: 700; padding: 0.05rem 0.5rem; border-radius: 999px; margin-right: 0.5rem; }
.badge.right { background: var(--right-bg); color: var(--right); }
.badge.wrong { background: var(--wrong-bg); color: var(--wrong); }
.badge.partly { background: #fff7d6; color: #6b5500; }
.score { font-size: 1.4rem; font-weight: 700; }
table, .tabelle { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; background: var(--surface); }
th, td { text-align: left; padding: 0.45rem 0.6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; }
.table-wrap { overflow-x: auto; }
.code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; letter-spacing: 0.05em; }
.bar { vertical-align: middle; margin-left: 0.5rem; }
@media (max-width: 30rem) {
  body { font-size: 1rem; }
  h1 { font-size: 1.4rem; }
  .actions { flex-direction: column; align-items: stretch; }
  .actions .button, .actions button { width: 100%; text-align: center; }
}
/* Worksheets (pages/worksheet.tsx), printed without the site's frame; the dashboard's links to them. */
.material-links { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; padding: 0.2rem 0 0.5rem; }
button[data-drucken][hidden] { display: none; }
.ws-tools { background: var(--surface); border: 1px solid var(--line); border-radius: 8px; padding: 0.5rem 1.1rem 1rem; margin: 0 0 1.5rem; }
.ws-question, .ws-key li { margin: 0 0 1.2rem; }
.ws-stem { font-weight: 600; margin: 0 0 0.3rem; }
.ws-hint { color: var(--muted); margin: 0 0 0.4rem; }
.ws-choices { list-style: none; padding: 0; }
.ws-choices li { display: flex; gap: 0.6rem; align-items: baseline; margin: 0 0 0.35rem; }
.tick { flex: none; width: 1em; height: 1em; border: 2px solid; border-radius: 2px; transform: translateY(0.12em); }
.tick.round { border-radius: 50%; }
.write-line { display: inline-block; min-width: 8em; height: 1.4em; border-bottom: 1.5px solid; margin: 0 0.3em; }
.write-line.wide { min-width: 14em; }
@media print {
  @page { margin: 16mm 15mm; }
  body { background: #fff; color: #000; font-size: 11pt; }
  .site-header, .site-footer, .skip-link, .ws-tools { display: none !important; }
  main { max-width: none; padding: 0; }
  .ws-questions, .ws-key { break-before: page; }
  .ws-question, .ws-key li { break-inside: avoid; }
  .sentence, blockquote.evidence { font-size: inherit; background: none; }
  .ws-key li { margin-bottom: 0.6rem; }
  .ws-key blockquote.evidence { margin: 0.15rem 0; padding: 0.1rem 0.7rem; }
  .ws-key blockquote.evidence p { margin: 0; }
}
/* Own texts (teacher pages). */
.back{margin:0 0 .5rem}
.status{display:inline-block;font-size:.85rem;font-weight:700;padding:0 .5rem;border-radius:999px;background:#fff7d6;color:#6b5500}
.status.published{background:var(--right-bg);color:var(--right)}
fieldset.details,.question-editor fieldset{margin:1.25rem 0 0}
.zu-lang{color:var(--wrong);font-weight:600}
.review-options .right{color:var(--right)}
.review-questions{list-style:none;padding:0}
.review-questions .stem{font-weight:600}
.actions.compact{flex-direction:row;gap:.5rem}
.actions.compact>*{width:auto}
.small{display:inline-flex;align-items:center;padding:.35rem .8rem;font-size:.95rem}
.option-row{display:grid;grid-template-columns:1fr auto;gap:0 .75rem;align-items:end}
.option-row input{max-width:none}
.option-row label:first-child{grid-column:1/-1}
.choice.inline{margin:0;padding:.45rem .7rem}
.selectable .passage{white-space:pre-line}
.take-selection{position:sticky;bottom:0;background:var(--bg);padding:.5rem 0;border-top:1px solid var(--line)}
`);
