/**
 * The live mode's script, served by ./assets.ts: the thin client of the projector and the phones. It
 * holds the WebSocket (reconnecting after a lost connection or an app switch), puts each view the
 * session sends into the page, sends the forms over the socket instead of posting them, and counts down a
 * question's time. Without a working WebSocket (blocked by a school proxy, or a browser whose CSP does not
 * count ws: as 'self') the forms post as usual and the page reloads itself while there is nothing to type.
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
    fallbackTimer = null;

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
      var message;
      try {
        message = JSON.parse(event.data);
      } catch (_error) {
        return;
      }
      if (message.type === "view") show(message);
      else if (message.type === "progress") progress(message);
      else if (message.type === "error") notice(message.message);
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
    if (kind === "answer") {
      const values = data.getAll("antwort").map(String);
      if (event.submitter && event.submitter.name === "antwort") values.push(event.submitter.value);
      socket.send(JSON.stringify({ type: "answer", question: question, antwort: values }));
    } else if (kind === "advance") {
      socket.send(JSON.stringify({ type: "advance", phase: data.get("phase"), question: question }));
    } else if (kind === "finish") {
      if (!window.confirm("Das Live-Quiz jetzt beenden? Die Antworten bis hierher werden gespeichert.")) return;
      socket.send(JSON.stringify({ type: "finish" }));
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

  // Back from another app or tab: connect at once instead of waiting for the next retry.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") connect();
  });
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) connect();
  });
  lastHtml = null;
  connect();
})();
