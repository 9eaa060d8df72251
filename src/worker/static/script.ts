/**
 * The one script, served by ./assets.ts. Everything works without it; it only smooths things:
 * a form is sent once even when its button is pressed twice, and the button says that it is sending;
 * a worksheet's "Drucken" button (hidden without script) opens the print dialog; on a teacher's
 * question editor, a selection in the text becomes the evidence (without the script, the teacher
 * copies the quote into the field); the own-text form counts characters as they are typed.
 */
export const SCRIPT = `
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  if (form.dataset.sent === "ja") { event.preventDefault(); return; }
  form.dataset.sent = "ja";
  var button = form.querySelector("button[type=submit], button:not([type])");
  if (button) {
    // After this tick, so that the browser still sends the form with the button enabled.
    setTimeout(function () { button.disabled = true; button.setAttribute("aria-busy", "true"); }, 0);
  }
});
window.addEventListener("pageshow", function (event) {
  // Coming back through the back/forward cache: the forms are usable again.
  if (!event.persisted) return;
  document.querySelectorAll("form[data-sent]").forEach(function (form) {
    delete form.dataset.sent;
    form.querySelectorAll("button[disabled]").forEach(function (button) { button.disabled = false; button.removeAttribute("aria-busy"); });
  });
});
document.querySelectorAll("button[data-drucken]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
(function () {
  var text = document.querySelector("[data-evidence-text]");
  var row = document.querySelector("[data-evidence-button-row]");
  var quote = document.getElementById("beleg");
  var start = document.getElementById("belegStart");
  var status = document.querySelector("[data-evidence-status]");
  if (!text || !row || !quote || !start || !status) return;
  row.hidden = false;
  var passageOf = function (node) {
    var element = node.nodeType === 1 ? node : node.parentElement;
    return element ? element.closest("[data-start]") : null;
  };
  row.querySelector("[data-take-selection]").addEventListener("click", function () {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      status.textContent = "Bitte markieren Sie zuerst eine Stelle im Text.";
      return;
    }
    var range = selection.getRangeAt(0);
    var passage = passageOf(range.startContainer);
    if (!passage || passage !== passageOf(range.endContainer) || !text.contains(passage)) {
      status.textContent = "Bitte markieren Sie eine Stelle innerhalb eines Absatzes des Textes.";
      return;
    }
    var before = document.createRange();
    before.setStart(passage, 0);
    before.setEnd(range.startContainer, range.startOffset);
    var selected = range.toString();
    var leading = selected.length - selected.replace(/^\\s+/, "").length;
    selected = selected.trim();
    if (selected === "") {
      status.textContent = "Bitte markieren Sie eine Stelle im Text.";
      return;
    }
    var offset = before.toString().length + leading;
    quote.value = selected;
    start.value = String(Number(passage.dataset.start) + offset);
    // Show the new evidence: the passage's text again, with the selection marked.
    text.querySelectorAll("mark").forEach(function (mark) { mark.replaceWith(document.createTextNode(mark.textContent)); });
    passage.normalize();
    var node = passage.firstChild;
    if (node && node.nodeType === 3) {
      var marked = document.createRange();
      marked.setStart(node, offset);
      marked.setEnd(node, offset + selected.length);
      marked.surroundContents(document.createElement("mark"));
    }
    selection.removeAllRanges();
    status.textContent = "Beleg übernommen: „" + selected + "“. Speichern nicht vergessen.";
    quote.focus();
  });
})();
document.querySelectorAll("textarea[data-max-characters]").forEach(function (field) {
  var limit = Number(field.dataset.maxCharacters);
  var counter = document.createElement("p");
  counter.className = "muted counter";
  counter.setAttribute("aria-live", "polite");
  field.insertAdjacentElement("afterend", counter);
  var format = new Intl.NumberFormat("de-DE");
  var update = function () {
    // As the server counts: line ends as one character.
    var length = field.value.replace(/\\r\\n?/g, "\\n").length;
    counter.textContent = format.format(length) + " von " + format.format(limit) + " Zeichen" + (length > limit ? " – zu lang, bitte kürzen" : "");
    counter.classList.toggle("zu-lang", length > limit);
  };
  field.addEventListener("input", update);
  update();
});
`;
