/**
 * The live mode's script and stylesheet, served under /live with content hashes in their names (cached
 * for a year, replaced at once by a new version), like the app's own in ../static/assets.ts.
 *
 * The script is the thin client of the projector and the phones: it holds the WebSocket (reconnecting
 * after a lost connection or an app switch), puts each view the session sends into the page, sends the
 * forms over the socket instead of posting them, and counts down a question's time. Without a working
 * WebSocket (blocked by a school proxy, or a browser whose CSP does not count ws: as 'self') the forms
 * post as usual and the page reloads itself while there is nothing to type.
 */
import { hashHex } from "../../shared/hash";

export const LIVE_SCRIPT = `
(function () {
  "use strict";
  var main = document.querySelector("[data-live-socket]");
  if (!main) return;
  var view = main.querySelector("[data-live=view]");
  var status = main.querySelector("[data-live=status]");
  var socket = null, failures = 0, clockOffset = 0, lastHtml = null, fallbackTimer = null;

  function say(text) { status.textContent = text; }

  function connect() {
    if (socket && socket.readyState <= 1) return;
    var url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + main.getAttribute("data-live-socket");
    try { socket = new WebSocket(url); } catch (error) { failed(); return; }
    socket.onopen = function () {
      failures = 0;
      clearTimeout(fallbackTimer);
      main.setAttribute("data-connected", "ja");
      say("");
    };
    socket.onmessage = function (event) {
      var message;
      try { message = JSON.parse(event.data); } catch (error) { return; }
      if (message.type === "view") show(message);
      else if (message.type === "progress") progress(message);
      else if (message.type === "error") notice(message.message);
    };
    socket.onclose = function (event) {
      main.setAttribute("data-connected", "nein");
      if (event.code === 4000) { say(event.reason || "Das Live-Quiz ist beendet."); return; }
      failed();
    };
  }

  function failed() {
    failures++;
    say("Verbindung unterbrochen, verbinde neu …");
    setTimeout(connect, Math.min(10000, 500 * Math.pow(2, failures)));
    // Without a socket the page itself is the way: reload now and then, unless an answer is being typed.
    if (failures >= 3 && !fallbackTimer) fallbackTimer = setTimeout(function reload() {
      if (view.querySelector("form[data-live=answer]")) fallbackTimer = setTimeout(reload, 5000);
      else location.reload();
    }, Number(main.getAttribute("data-live-refresh") || 5) * 1000);
  }

  function show(message) {
    clockOffset = message.now - Date.now();
    // The same view again (after a reconnect): keep what is on the screen, including typed input.
    if (message.html === lastHtml) return;
    var moved = view.getAttribute("data-phase") !== message.phase || view.getAttribute("data-question") !== String(message.question);
    lastHtml = message.html;
    view.innerHTML = message.html;
    view.setAttribute("data-phase", message.phase);
    view.setAttribute("data-question", String(message.question));
    var old = main.querySelector("[data-live=notice]");
    if (old) old.remove();
    var title = view.querySelector("#live-titel");
    if (moved && title) title.focus();
    if (message.phase === "lobby" || message.phase === "end") document.title = document.title.replace(/^[^–]*–/, (message.phase === "end" ? "Live-Quiz: Ende" : "Live-Quiz") + " –");
    else document.title = document.title.replace(/^[^–]*–/, "Live-Quiz: Frage " + message.question + " von " + message.total + " –");
    tick();
  }

  function progress(message) {
    var answers = view.querySelector("[data-live=answers]"), players = view.querySelector("[data-live=players]");
    if (answers) answers.textContent = String(message.answers);
    if (players) players.textContent = String(message.players);
  }

  function notice(text) {
    var box = main.querySelector("[data-live=notice]");
    if (!box) {
      box = document.createElement("p");
      box.className = "fehler";
      box.setAttribute("role", "alert");
      box.setAttribute("data-live", "notice");
      view.parentNode.insertBefore(box, view);
    }
    box.textContent = text;
    view.querySelectorAll("button[aria-busy]").forEach(function (button) { button.disabled = false; button.removeAttribute("aria-busy"); });
  }

  function tick() {
    var timer = view.querySelector(".live-timer[data-deadline]");
    if (!timer) return;
    var left = Math.ceil((Number(timer.getAttribute("data-deadline")) - (Date.now() + clockOffset)) / 1000);
    timer.textContent = left > 0 ? "Noch " + left + " s" : "Die Zeit ist um";
    timer.classList.toggle("live-timer-low", left <= 5);
  }
  setInterval(tick, 500);

  document.addEventListener("submit", function (event) {
    var form = event.target, kind = form.getAttribute && form.getAttribute("data-live");
    if (!kind || !socket || socket.readyState !== 1) return;
    event.preventDefault();
    var data = new FormData(form);
    var question = Number(data.get("frage") || 0);
    if (kind === "answer") {
      var values = data.getAll("antwort").map(String);
      if (event.submitter && event.submitter.name === "antwort") values.push(event.submitter.value);
      socket.send(JSON.stringify({ type: "answer", question: question, antwort: values }));
    } else if (kind === "advance") {
      socket.send(JSON.stringify({ type: "advance", phase: data.get("phase"), question: question }));
    } else if (kind === "finish") {
      if (!window.confirm("Das Live-Quiz jetzt beenden? Die Antworten bis hierher werden gespeichert.")) return;
      socket.send(JSON.stringify({ type: "finish" }));
    }
    form.querySelectorAll("button").forEach(function (button) { button.disabled = true; button.setAttribute("aria-busy", "true"); });
  });

  // A presenter's clicker sends "next page" or an arrow key.
  document.addEventListener("keydown", function (event) {
    if (main.getAttribute("data-live-role") !== "presenter" || (event.key !== "PageDown" && event.key !== "ArrowRight")) return;
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
    var form = view.querySelector("form[data-live=advance]");
    var button = form && form.querySelector("button");
    if (!button || button.disabled) return;
    event.preventDefault();
    form.requestSubmit ? form.requestSubmit(button) : button.click();
  });

  // Back from another app or tab: connect at once instead of waiting for the next retry.
  document.addEventListener("visibilitychange", function () { if (document.visibilityState === "visible") connect(); });
  window.addEventListener("pageshow", function (event) { if (event.persisted) connect(); });
  lastHtml = null;
  connect();
})();
`;

export const LIVE_STYLESHEET = `
body.live { background: #fff; }
.live main { max-width: none; padding: 1rem 1.25rem 2rem; }
.live-status:empty { display: none; }
.live-status { background: #fff7d6; border: 2px solid #8a6d00; border-radius: 8px; padding: 0.4rem 0.8rem; font-weight: 600; }
.live-me { margin: 0 0 0.5rem; color: var(--muted); font-weight: 600; }
.live-bar { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; align-items: baseline; font-weight: 600; color: var(--muted); }
.live-bar p { margin: 0 0 0.5rem; }
.live-timer { color: var(--text); font-variant-numeric: tabular-nums; }
.live-timer-low { color: var(--wrong); }
.live-stem { font-size: 1.5rem; line-height: 1.3; margin: 0.5rem 0 1rem; }
.live-stem-small { color: var(--muted); }
.live-hint { margin: 0 0 0.5rem; }
.tiles { list-style: none; margin: 0 0 1rem; padding: 0; display: grid; gap: 0.6rem; grid-template-columns: 1fr; }
.tile {
  display: flex; align-items: center; gap: 0.6rem; width: 100%; min-height: 64px; margin: 0; padding: 0.7rem 0.9rem;
  border: 3px solid transparent; border-radius: 10px; color: #fff; font: inherit; font-size: 1.15rem; font-weight: 600; text-align: left;
  line-height: 1.3; cursor: pointer;
}
.tile-1 { --tile: #b3261e; } .tile-2 { --tile: #1f5f8b; } .tile-3 { --tile: #795900; } .tile-4 { --tile: #1a6b45; }
.tile-5 { --tile: #6a3d9a; } .tile-6 { --tile: #00636b; } .tile-7 { --tile: #8b4513; } .tile-8 { --tile: #37474f; }
/* A tile keeps its colour under the pointer (the buttons' hover colour would make every tile the same blue),
   and only a real pointer highlights it: a phone keeps :hover on the spot last tapped, where the next
   question's tile would look chosen. */
.tile, .live-chip { background: var(--tile); color: #fff; }
button.tile:hover { background: var(--tile); border-color: transparent; color: #fff; }
@media (hover: hover) { button.tile:hover, label.tile:hover { border-color: #1d232a; filter: brightness(1.08); } }
.tile-shape { font-size: 1.4em; line-height: 1; width: 1.2em; text-align: center; flex: none; }
.tile-letter { flex: none; font-weight: 800; }
.tile-text { flex: 1; }
label.tile input { width: 1.4rem; height: 1.4rem; flex: none; accent-color: #fff; }
label.tile:has(input:checked) { border-color: #1d232a; box-shadow: inset 0 0 0 3px #fff; }
.live-send { width: 100%; font-size: 1.15rem; min-height: 56px; margin-top: 0.5rem; }
.live-answer-form .gap-input { font-size: 1.25rem; }
.live-standing { font-size: 1.25rem; font-weight: 700; }
.live-wait { text-align: center; padding-top: 2rem; }
.live-wait h1 { font-size: 2rem; }
.live-histogram { list-style: none; padding: 0; margin: 0 0 1rem; display: grid; gap: 0.5rem; }
.live-histogram li { display: grid; grid-template-columns: minmax(10rem, 2fr) 3fr 3rem; gap: 0.75rem; align-items: center; }
.live-histogram-label { display: flex; align-items: center; gap: 0.5rem; font-weight: 600; }
.live-histogram li.right .live-right-mark { color: var(--right); }
.live-right-mark { white-space: nowrap; }
.live-histogram-count { font-size: 1.4rem; font-weight: 800; text-align: right; font-variant-numeric: tabular-nums; }
.live-bar-svg { width: 100%; height: 1.6rem; }
.live-bar-track { fill: #eceae4; } .live-bar-right { fill: #1a6b45; } .live-bar-other { fill: #55606b; }
.fill-1 { fill: #b3261e; } .fill-2 { fill: #1f5f8b; } .fill-3 { fill: #795900; } .fill-4 { fill: #1a6b45; }
.fill-5 { fill: #6a3d9a; } .fill-6 { fill: #00636b; } .fill-7 { fill: #8b4513; } .fill-8 { fill: #37474f; }
.live-chip { display: inline-flex; align-items: center; gap: 0.5rem; color: #fff; border-radius: 8px; padding: 0.2rem 0.7rem; }
.live-histogram li.right .live-chip { outline: 4px solid #1d232a; outline-offset: 2px; }
.live-summary { font-size: 1.2rem; font-weight: 700; }
.live-answer { font-size: 1.3rem; }
.live-controls { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; margin-top: 1.5rem; }
.live-controls form { margin: 0; }
.live-evidence blockquote p { margin: 0; }

/* The projector: large type, high contrast, readable from the back of the room. */
.live-presenter { font-size: 1.35rem; }
.live-presenter main { max-width: 80rem; margin: 0 auto; padding: 1.5rem 2.5rem; }
.live-presenter h1 { font-size: 2.4rem; }
.live-presenter .live-stem { font-size: 2.4rem; }
.live-presenter .sentence { font-size: 1.8rem; }
.live-presenter .tiles { grid-template-columns: 1fr 1fr; gap: 1rem; }
.live-presenter .tile { font-size: 1.6rem; min-height: 5rem; cursor: default; }
.live-presenter .live-histogram-label .tile-shape { font-size: 1.4em; }
.live-presenter button { font-size: 1.3rem; padding: 0.8rem 1.6rem; }
.live-presenter .evidence { font-size: 1.7rem; line-height: 1.5; }
.live-presenter .evidence mark { background: #ffd84d; font-weight: 700; }
.live-lobby { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 2.5rem; align-items: start; }
.live-join { text-align: center; }
.live-join h1 { font-size: 1.8rem; }
.live-join-how { font-size: 1.5rem; margin: 0; }
.live-code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 6rem; font-weight: 800; letter-spacing: 0.08em; margin: 0.25rem 0; line-height: 1.1; }
.live-qr { width: 16rem; height: 16rem; }
.live-players h2 { font-size: 2rem; margin-top: 0; }
.live-names { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
.live-names li { background: #eef4f8; border: 2px solid var(--accent); border-radius: 999px; padding: 0.2rem 0.9rem; font-weight: 700; }
.live-typed { font-size: 1.6rem; font-weight: 600; }
.live-podium { list-style: none; padding: 0; margin: 1.5rem 0; display: flex; justify-content: center; gap: 1rem; align-items: flex-end; }
.live-step { flex: 0 1 22rem; display: flex; flex-direction: column; align-items: center; gap: 0.3rem; border-radius: 12px 12px 0 0; padding: 1rem; color: #fff; text-align: center; }
.live-step-1 { order: 2; background: #1f5f8b; min-height: 16rem; }
.live-step-2 { order: 1; background: #37474f; min-height: 12rem; }
.live-step-3 { order: 3; background: #795900; min-height: 9rem; }
.live-place { font-size: 1.4rem; font-weight: 700; }
.live-winners { font-size: 2rem; font-weight: 800; overflow-wrap: anywhere; }
@media (max-width: 50rem) {
  .live-lobby { grid-template-columns: 1fr; }
  .live-histogram li { grid-template-columns: 1fr 4rem 2.5rem; }
  .live-presenter .tiles { grid-template-columns: 1fr; }
}
`;

export const LIVE_STYLESHEET_PATH = `/stil.${hashHex(LIVE_STYLESHEET)}.css`;
export const LIVE_SCRIPT_PATH = `/live.${hashHex(LIVE_SCRIPT)}.js`;
/** Under the student router's mount point (/live). */
export const LIVE_STYLESHEET_URL = `/live${LIVE_STYLESHEET_PATH}`;
export const LIVE_SCRIPT_URL = `/live${LIVE_SCRIPT_PATH}`;
