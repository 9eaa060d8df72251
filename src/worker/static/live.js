/**
 * The live mode's script, served by ./assets.ts: the thin client of the projector and the phones. It
 * holds the WebSocket (reconnecting after a lost connection or an app switch), puts each view the
 * session sends into the page, sends the forms over the socket instead of posting them, and counts down a
 * question's time. Without a working WebSocket (blocked by a school proxy, or a browser whose CSP does not
 * count ws: as 'self') the forms post as usual and the page reloads itself while there is nothing to type.
 *
 * What is sent over the socket waits for its reply: a view that shows the answer stored or the session
 * moved on, or an error. A socket that closes before the reply gets the message again once the next one
 * is open; a socket that stays open and silent (a dropped message, a connection that died unnoticed) makes
 * the form post after all. So an answer ends either in "Antwort gespeichert" or in a German message.
 *
 * A socket may look open and be dead (a phone that slept, a network switched under it): back on screen, and every
 * minute while on it, the page sends "ping"; without "pong" (the runtime answers it, see protocol.ts) within
 * a few seconds it opens a new socket, whose first view shows where the session is now.
 */
(() => {
  var main = document.querySelector("[data-live-socket]");
  if (!main) return;
  var view = main.querySelector("[data-live=view]");
  var status = main.querySelector("[data-live=status]");
  var socket = null,
    failures = 0,
    clockOffset = 0,
    lastHtml = null,
    fallbackTimer = null,
    // The sent form that has no reply yet: { form, submitter, text, phase, question, socket, timer }.
    pending = null;
  /** How long a sent answer or step may go without a reply on an open socket before its form posts instead. */
  var REPLY_TIMEOUT_MS = 5000;
  var HEARTBEAT_EVERY_MS = 60000,
    HEARTBEAT_REPLY_MS = 5000,
    // The wait for the "pong" of the last "ping".
    heartbeatTimer = null;
  // The view the page came with, as this browser writes it out (before the countdown changes it).
  var pageHtml = view.innerHTML;

  function say(text) {
    status.textContent = text;
  }

  function connect() {
    if (socket && socket.readyState <= 1) return;
    var url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + main.getAttribute("data-live-socket");
    try {
      socket = new WebSocket(url);
    } catch (_error) {
      failed();
      return;
    }
    socket.onopen = () => {
      failures = 0;
      clearTimeout(fallbackTimer);
      main.setAttribute("data-connected", "ja");
      say("");
    };
    socket.onmessage = (event) => {
      if (event.data === "pong") {
        clearTimeout(heartbeatTimer);
        heartbeatTimer = null;
        return;
      }
      var message;
      try {
        message = JSON.parse(event.data);
      } catch (_error) {
        return;
      }
      if (message.type === "view") {
        show(message);
        viewArrived(message);
      } else if (message.type === "progress") progress(message);
      else if (message.type === "error") {
        notice(message.message);
        settle();
      }
    };
    socket.onclose = (event) => {
      main.setAttribute("data-connected", "nein");
      if (event.code === 4000) {
        say(event.reason || "Das Live-Quiz ist beendet.");
        return;
      }
      failed();
    };
  }

  /** Whether the open socket still lives: a "ping" that gets no "pong" in time makes a new socket. */
  function checkAlive() {
    if (socket?.readyState !== 1 || heartbeatTimer) return;
    var checked = socket;
    checked.send("ping");
    heartbeatTimer = setTimeout(() => {
      heartbeatTimer = null;
      if (socket !== checked) return;
      // Closing a dead socket may take the browser a minute: it is left to that, without its handlers.
      checked.onopen = checked.onmessage = checked.onclose = null;
      checked.close();
      socket = null;
      main.setAttribute("data-connected", "nein");
      say("Verbindung unterbrochen, verbinde neu …");
      connect();
    }, HEARTBEAT_REPLY_MS);
  }
  setInterval(() => {
    if (document.visibilityState === "visible") checkAlive();
  }, HEARTBEAT_EVERY_MS);

  function failed() {
    failures++;
    say("Verbindung unterbrochen, verbinde neu …");
    setTimeout(connect, Math.min(10000, 500 * 2 ** failures));
    // Without a socket the page itself is the way: reload now and then, unless an answer is being typed.
    if (failures >= 3 && !fallbackTimer)
      fallbackTimer = setTimeout(
        function reload() {
          if (view.querySelector("form[data-live=answer]")) fallbackTimer = setTimeout(reload, 5000);
          else location.reload();
        },
        Number(main.getAttribute("data-live-refresh") || 5) * 1000,
      );
  }

  function show(message) {
    clockOffset = message.now - Date.now();
    // The same view again (after a reconnect): keep what is on the screen, including typed input.
    if (message.html === lastHtml) return;
    // The socket's first view is mostly the one the page came with: put in anew, it would take the tile from
    // under a finger that is pressing it (the tap is lost), typed text from its field, and the page's notice.
    if (lastHtml === null && sameAsPage(message)) {
      lastHtml = message.html;
      return;
    }
    var moved = view.getAttribute("data-phase") !== message.phase || view.getAttribute("data-question") !== String(message.question);
    lastHtml = message.html;
    view.innerHTML = message.html;
    view.setAttribute("data-phase", message.phase);
    view.setAttribute("data-question", String(message.question));
    var old = main.querySelector("[data-live=notice]");
    if (old) old.remove();
    var title = view.querySelector("#live-titel");
    if (moved && title) title.focus();
    if (message.phase === "lobby" || message.phase === "end")
      document.title = document.title.replace(/^[^–]*–/, `${message.phase === "end" ? "Live-Quiz: Ende" : "Live-Quiz"} –`);
    else document.title = document.title.replace(/^[^–]*–/, `Live-Quiz: Frage ${message.question} von ${message.total} –`);
    tick();
  }

  function sameAsPage(message) {
    if (view.getAttribute("data-phase") !== message.phase || view.getAttribute("data-question") !== String(message.question)) return false;
    var parsed = document.createElement("template");
    parsed.innerHTML = message.html;
    return parsed.innerHTML === pageHtml;
  }

  function send(form, submitter, text) {
    settle();
    socket.send(text);
    pending = {
      form: form,
      submitter: submitter,
      text: text,
      phase: view.getAttribute("data-phase"),
      question: view.getAttribute("data-question"),
      socket: socket,
      timer: setTimeout(noReply, REPLY_TIMEOUT_MS),
    };
  }

  function settle() {
    if (pending) clearTimeout(pending.timer);
    pending = null;
  }

  /**
   * A view of another phase or question, or with the answer stored, is the reply. The same unanswered view
   * as the first one of a new socket means the message was lost with the old socket: it goes again. (On the
   * socket it went on, that view may have left the server before the message came in.)
   */
  function viewArrived(message) {
    if (!pending) return;
    if (message.phase !== pending.phase || String(message.question) !== pending.question || message.answered) settle();
    else if (pending.socket !== socket && socket.readyState === 1) {
      clearTimeout(pending.timer);
      socket.send(pending.text);
      pending.socket = socket;
      pending.timer = setTimeout(noReply, REPLY_TIMEOUT_MS);
    }
  }

  /**
   * No reply: while the socket reconnects (the status line says so) the message waits for the next one; an open
   * socket that stays silent, or one that keeps failing while the device is online, and the form posts after all.
   */
  function noReply() {
    if (!pending) return;
    if (socket && socket.readyState !== 1 && (failures < 3 || !navigator.onLine)) {
      pending.timer = setTimeout(noReply, REPLY_TIMEOUT_MS);
      return;
    }
    var unanswered = pending;
    settle();
    // A view that moved on meanwhile has taken the form away, and shows what became of the message.
    if (!unanswered.form.isConnected) return;
    if (unanswered.submitter?.name) {
      const value = document.createElement("input");
      value.type = "hidden";
      value.name = unanswered.submitter.name;
      value.value = unanswered.submitter.value;
      unanswered.form.appendChild(value);
    }
    say("Die Live-Verbindung antwortet nicht, sende auf anderem Weg …");
    unanswered.form.submit();
  }

  function progress(message) {
    var answers = view.querySelector("[data-live=answers]"),
      players = view.querySelector("[data-live=players]");
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
    view.querySelectorAll("button[aria-busy]").forEach((button) => {
      button.disabled = false;
      button.removeAttribute("aria-busy");
    });
  }

  function tick() {
    var timer = view.querySelector(".live-timer[data-deadline]");
    if (!timer) return;
    var left = Math.ceil((Number(timer.getAttribute("data-deadline")) - (Date.now() + clockOffset)) / 1000);
    timer.textContent = left > 0 ? `Noch ${left} s` : "Die Zeit ist um";
    timer.classList.toggle("live-timer-low", left <= 5);
  }
  setInterval(tick, 500);

  document.addEventListener("submit", (event) => {
    var form = event.target,
      kind = form.getAttribute?.("data-live");
    if (!kind || !socket || socket.readyState !== 1) return;
    event.preventDefault();
    var data = new FormData(form);
    var question = Number(data.get("frage") || 0);
    var submitter = event.submitter || null;
    if (kind === "answer") {
      const values = data.getAll("antwort").map(String);
      if (submitter && submitter.name === "antwort") values.push(submitter.value);
      send(form, submitter, JSON.stringify({ type: "answer", question: question, antwort: values }));
    } else if (kind === "advance") {
      send(form, submitter, JSON.stringify({ type: "advance", phase: data.get("phase"), question: question }));
    } else if (kind === "finish") {
      const ask = form.getAttribute("data-confirm") || "Das Live-Quiz jetzt beenden? Die Antworten bis hierher werden gespeichert.";
      if (!window.confirm(ask)) return;
      send(form, submitter, JSON.stringify({ type: "finish" }));
    }
    form.querySelectorAll("button").forEach((button) => {
      button.disabled = true;
      button.setAttribute("aria-busy", "true");
    });
  });

  // A presenter's clicker sends "next page" or an arrow key.
  document.addEventListener("keydown", (event) => {
    if (main.getAttribute("data-live-role") !== "presenter" || (event.key !== "PageDown" && event.key !== "ArrowRight")) return;
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
    var form = view.querySelector("form[data-live=advance]");
    var button = form?.querySelector("button");
    if (!button || button.disabled) return;
    event.preventDefault();
    form.requestSubmit ? form.requestSubmit(button) : button.click();
  });

  // Back from another app or tab: connect at once instead of waiting for the next retry, or check the open socket.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState !== "visible") return;
    connect();
    checkAlive();
  });
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) connect();
  });
  lastHtml = null;
  connect();
})();
