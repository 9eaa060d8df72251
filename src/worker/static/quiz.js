// @ts-check
/**
 * The one script, served by ./assets.ts. Everything works without it; it only smooths things:
 * a form is sent once even when its button is pressed twice, and the button says that it is sending;
 * a worksheet's "Drucken" button (hidden without script) opens the print dialog; on a teacher's
 * question editor, a selection in the text becomes the evidence (without the script, the teacher
 * copies the quote into the field); the own-text form counts characters as they are typed; links get a
 * copy button; the live start form offers no more questions than the quiz has; an
 * assignment's results page asks for news every few seconds (without the script, the
 * teacher reloads); an answer given while the device is offline, or while the server is busy, stays in
 * the page and is sent again by itself (without the script, the browser shows its own error page or
 * the server's page saying to send again, and the back button returns to the filled-in form).
 */
document.addEventListener("submit", (event) => {
  const form = event.target;
  // Held back (offline, below): not sent, so not marked as sent.
  if (!(form instanceof HTMLFormElement) || event.defaultPrevented) return;
  if (form.dataset.sent === "ja") {
    event.preventDefault();
    return;
  }
  form.dataset.sent = "ja";
  const button = form.querySelector("button[type=submit], button:not([type])");
  if (button instanceof HTMLButtonElement) {
    // After this tick, so that the browser still sends the form with the button enabled.
    setTimeout(() => {
      button.disabled = true;
      button.setAttribute("aria-busy", "true");
    }, 0);
  }
});

window.addEventListener("pageshow", (event) => {
  // Coming back through the back/forward cache: the forms are usable again.
  if (!event.persisted) return;
  for (const form of document.querySelectorAll("form[data-sent]")) {
    if (form instanceof HTMLFormElement) delete form.dataset.sent;
    for (const button of form.querySelectorAll("button[disabled]")) {
      if (!(button instanceof HTMLButtonElement)) continue;
      button.disabled = false;
      button.removeAttribute("aria-busy");
    }
  }
});

/** At most this many sends of one answer while the server says its database is busy (about 1.5 minutes). */
const BUSY_TRIES = 7;

/**
 * How long to wait before sending an answer again, or undefined when the server's answer is not "busy,
 * try again in a moment": a 503 whose Retry-After is a few seconds (a spent daily quota says hours). The
 * pause grows with each try (1, 2, 4 … 30 s, never shorter than Retry-After), with a random part so that
 * a whole class does not send again at the same moment.
 * @param {Response} response
 * @param {number} tries sends so far
 */
function busyPause(response, tries) {
  if (response.status !== 503 || tries >= BUSY_TRIES) return undefined;
  const retryAfter = Number(response.headers.get("Retry-After") ?? "1");
  if (!(retryAfter <= 60)) return undefined;
  return Math.min(30_000, Math.max(retryAfter * 1000, 1000 * 2 ** (tries - 1))) + Math.random() * 1000;
}

/**
 * A question's answer form, sent by the script so that an answer the server cannot take right now stays
 * in the page (the form keeps what was chosen) and the learner reads what happens: while the device is
 * offline it waits and is sent as soon as the browser is online again; while the server's database is busy
 * (503) it is sent again after a growing pause. Sending again records nothing twice: the first answer to a
 * question of an attempt stands, and a repeat gets the same redirect to its feedback. Any other answer
 * of the server is shown as is, never sent again (a refusal would count twice).
 */
function sendAnswersWhenPossible() {
  const form = document.querySelector("form.question");
  if (!(form instanceof HTMLFormElement)) return;
  const status = document.createElement("p");
  status.className = "offline-status";
  status.setAttribute("role", "status");
  status.setAttribute("data-offline-status", "");
  form.querySelector(".actions")?.insertAdjacentElement("afterend", status);
  const button = form.querySelector("button[type=submit], button:not([type])");
  let sending = false;
  let waitingForNetwork = false;

  const holdUntilOnline = () => {
    sending = false;
    waitingForNetwork = true;
    if (button instanceof HTMLButtonElement) {
      button.disabled = false;
      button.removeAttribute("aria-busy");
    }
    status.textContent = "Keine Verbindung. Deine Antwort ist hier aufgehoben und wird gesendet, sobald du wieder online bist.";
  };

  /** @param {number} tries sends so far */
  const send = async (tries) => {
    /** @type {Response} */
    let response;
    try {
      response = await fetch(form.action, {
        method: "POST",
        body: new URLSearchParams(/** @type {any} */ (new FormData(form))),
        headers: { Accept: "text/html" },
        credentials: "same-origin",
        redirect: "manual",
      });
    } catch {
      holdUntilOnline();
      return;
    }
    // Stored (now or by an earlier send): the feedback is at the question's own address.
    if (response.type === "opaqueredirect") {
      window.location.assign(form.action);
      return;
    }
    const pause = busyPause(response, tries + 1);
    if (pause === undefined) {
      let page;
      try {
        page = await response.text();
      } catch {
        holdUntilOnline();
        return;
      }
      document.open();
      document.write(page);
      document.close();
      return;
    }
    const seconds = Math.max(1, Math.round(pause / 1000));
    status.textContent = `Der Server ist gerade überlastet, deine Antwort wurde noch nicht gespeichert. Sie ist hier aufgehoben und wird in ${seconds} Sekunden von selbst noch einmal gesendet (Versuch ${tries + 2} von ${BUSY_TRIES}).`;
    setTimeout(() => send(tries + 1), pause);
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (sending) return;
    if (!navigator.onLine) {
      holdUntilOnline();
      return;
    }
    sending = true;
    if (button instanceof HTMLButtonElement) {
      button.disabled = true;
      button.setAttribute("aria-busy", "true");
    }
    send(0);
  });
  window.addEventListener("online", () => {
    if (!waitingForNetwork) return;
    waitingForNetwork = false;
    status.textContent = "Wieder online: Deine Antwort wird jetzt gesendet …";
    form.requestSubmit();
  });
}
sendAnswersWhenPossible();

for (const button of document.querySelectorAll("button[data-drucken]")) {
  if (!(button instanceof HTMLButtonElement)) continue;
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}

/** On a teacher's question editor: the selected words of one passage become the evidence (quote and start). */
function takeSelectionAsEvidence() {
  const text = document.querySelector("[data-evidence-text]");
  const row = document.querySelector("[data-evidence-button-row]");
  const quote = document.getElementById("beleg");
  const start = document.getElementById("belegStart");
  const status = document.querySelector("[data-evidence-status]");
  const button = row?.querySelector("[data-take-selection]");
  if (!text || !(row instanceof HTMLElement) || !(quote instanceof HTMLInputElement || quote instanceof HTMLTextAreaElement)) return;
  if (!(start instanceof HTMLInputElement) || !status || !button) return;
  row.hidden = false;
  document.addEventListener("selectionchange", () => {
    const selection = getSelection();
    row.classList.toggle("selecting", !selection?.isCollapsed && text.contains(selection?.anchorNode ?? null));
  });
  /** @param {Node} node */
  const passageOf = (node) => {
    const element = node instanceof Element ? node : node.parentElement;
    const passage = element?.closest("[data-start]");
    return passage instanceof HTMLElement ? passage : null;
  };
  button.addEventListener("click", () => {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      status.textContent = "Bitte markieren Sie zuerst eine Stelle im Text.";
      return;
    }
    const range = selection.getRangeAt(0);
    const passage = passageOf(range.startContainer);
    if (!passage || passage !== passageOf(range.endContainer) || !text.contains(passage)) {
      status.textContent = "Bitte markieren Sie eine Stelle innerhalb eines Absatzes des Textes.";
      return;
    }
    const before = document.createRange();
    before.setStart(passage, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const raw = range.toString();
    const leading = raw.length - raw.replace(/^\s+/, "").length;
    const selected = raw.trim();
    if (selected === "") {
      status.textContent = "Bitte markieren Sie eine Stelle im Text.";
      return;
    }
    const offset = before.toString().length + leading;
    quote.value = selected;
    start.value = String(Number(passage.dataset.start) + offset);
    // Show the new evidence: the passage's text again, with the selection marked.
    for (const mark of text.querySelectorAll("mark")) mark.replaceWith(document.createTextNode(mark.textContent ?? ""));
    passage.normalize();
    const node = passage.firstChild;
    if (node && node.nodeType === Node.TEXT_NODE) {
      const marked = document.createRange();
      marked.setStart(node, offset);
      marked.setEnd(node, offset + selected.length);
      marked.surroundContents(document.createElement("mark"));
    }
    selection.removeAllRanges();
    status.textContent = `Beleg übernommen: „${selected}“. Speichern nicht vergessen.`;
    quote.focus();
  });
}
takeSelectionAsEvidence();

for (const field of document.querySelectorAll("textarea[data-max-characters]")) {
  if (!(field instanceof HTMLTextAreaElement)) continue;
  const limit = Number(field.dataset.maxCharacters);
  const counter = document.createElement("p");
  counter.className = "muted counter";
  counter.setAttribute("aria-live", "polite");
  field.insertAdjacentElement("afterend", counter);
  const format = new Intl.NumberFormat("de-DE");
  const update = () => {
    // As the server counts: line ends as one character.
    const length = field.value.replace(/\r\n?/g, "\n").length;
    counter.textContent = `${format.format(length)} von ${format.format(limit)} Zeichen${length > limit ? " – zu lang, bitte kürzen" : ""}`;
    counter.classList.toggle("zu-lang", length > limit);
  };
  field.addEventListener("input", update);
  update();
}

/** Live-Quiz starten: no size above the chosen quiz's ("10 Fragen" of 8); "alle" is no number, never disabled. */
const liveQuiz = document.getElementById("live-quiz");
const liveCount = document.getElementById("live-anzahl");
if (liveQuiz instanceof HTMLSelectElement && liveCount instanceof HTMLSelectElement) {
  const limit = () => {
    for (const option of liveCount.options) option.disabled = +option.value > +(liveQuiz.selectedOptions[0]?.dataset.fragen ?? 1e9);
    if (liveCount.selectedOptions[0]?.disabled) liveCount.value = "alle";
  };
  liveQuiz.addEventListener("change", limit);
  limit();
}

/** Copy buttons (hidden without script): the link's whole text to the clipboard. */
for (const button of document.querySelectorAll("button[data-kopieren]")) {
  if (!(button instanceof HTMLButtonElement) || !navigator.clipboard) continue;
  const source = document.getElementById(button.dataset.kopieren ?? "");
  const status = document.querySelector(`[data-kopiert="${button.dataset.kopieren}"]`);
  if (!source || !status) continue;
  button.hidden = false;
  button.addEventListener("click", () => {
    navigator.clipboard.writeText((source.textContent ?? "").trim()).then(
      () => {
        status.textContent = "Kopiert.";
      },
      () => {
        status.textContent = "Kopieren ging nicht. Bitte markieren und kopieren Sie den Link.";
      },
    );
  });
}

/**
 * Makes `current`'s children those of `wanted` by changing only what differs, so that the nodes that
 * stay stay in the page: keyboard focus, a screen reader's reading position and a box's scroll position
 * survive an update. Children are matched by id where they have one, else by place and tag. A
 * <details> keeps whether it is open: that is the reader's choice, not the server's.
 * @param {Node} current
 * @param {Node} wanted
 */
function morphChildren(current, wanted) {
  /** @type {Map<string, Element>} */
  const byId = new Map();
  for (const child of current.childNodes) if (child instanceof Element && child.id) byId.set(child.id, child);
  let cursor = current.firstChild;
  for (const next of [...wanted.childNodes]) {
    const nextId = next instanceof Element ? next.id : "";
    const byIdMatch = nextId ? byId.get(nextId) : undefined;
    /** @type {ChildNode | null | undefined} */
    let match = byIdMatch && next instanceof Element && byIdMatch.tagName === next.tagName ? byIdMatch : undefined;
    const sameKind =
      cursor &&
      cursor.nodeType === next.nodeType &&
      (!(cursor instanceof Element) || (next instanceof Element && cursor.tagName === next.tagName && !cursor.id));
    if (!match && !nextId && sameKind) match = cursor;
    if (!match) {
      current.insertBefore(next, cursor);
      continue;
    }
    if (match === cursor) cursor = cursor.nextSibling;
    else current.insertBefore(match, cursor);
    if (match instanceof Element && next instanceof Element) {
      for (const { name } of [...match.attributes]) {
        if (!next.hasAttribute(name) && !(name === "open" && match instanceof HTMLDetailsElement)) match.removeAttribute(name);
      }
      for (const { name, value } of [...next.attributes]) if (match.getAttribute(name) !== value) match.setAttribute(name, value);
      morphChildren(match, next);
    } else if (match.nodeValue !== next.nodeValue) {
      match.nodeValue = next.nodeValue;
    }
  }
  while (cursor) {
    const after = cursor.nextSibling;
    cursor.remove();
    cursor = after;
  }
}

/**
 * An assignment's results: asks every few seconds whether something changed (304 when not) and changes
 * only what is new in the page (morphChildren), so keyboard focus and reading position stay. Should the
 * focused element itself be gone, focus goes to the region, not to the start of the page.
 */
function pollResults() {
  const live = document.querySelector("[data-poll]");
  if (!(live instanceof HTMLElement)) return;
  const url = live.dataset.poll ?? "";
  let etag = live.dataset.etag ?? "";
  let busy = false;
  const poll = async () => {
    if (busy || document.hidden) return;
    busy = true;
    try {
      const response = await fetch(url, { headers: etag ? { "If-None-Match": etag } : {}, cache: "no-store", credentials: "same-origin" });
      if (response.status !== 200) return;
      etag = response.headers.get("ETag") ?? etag;
      const template = document.createElement("template");
      template.innerHTML = await response.text();
      const hadFocus = live.contains(document.activeElement);
      morphChildren(live, template.content);
      if (hadFocus && !live.contains(document.activeElement)) {
        live.tabIndex = -1;
        live.focus({ preventScroll: true });
      }
    } catch {
      // Offline for a moment: the next poll tries again.
    } finally {
      busy = false;
    }
  };
  setInterval(poll, 5000);
  document.addEventListener("visibilitychange", poll);
}
pollResults();
