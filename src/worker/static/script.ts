/**
 * The one script, served by ./assets.ts. Everything works without it; it only smooths things:
 * a form is sent once even when its button is pressed twice, and the button says that it is sending;
 * a worksheet's "Drucken" button (hidden without script) opens the print dialog.
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
`;
