// @ts-check
/**
 * The one script, served by ./assets.ts. Everything works without it; it only smooths things:
 * a form is sent once even when its button is pressed twice, and the button says that it is sending;
 * a worksheet's "Drucken" button (hidden without script) opens the print dialog.
 */
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
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

for (const button of document.querySelectorAll("button[data-drucken]")) {
  if (!(button instanceof HTMLButtonElement)) continue;
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
