/* "Which role fits you?": connects the form on /which-role-fits-you/ to the scoring functions of
 * assessment-score.js and keeps the answers in the page address, so that a copied link shows the
 * same answers and the same result.
 *
 * Hand-written: plain DOM code, no framework. All text comes from the page (rendered from content/);
 * the only strings here are the short status messages. It starts on every page Material shows,
 * including pages reached through instant navigation (document$), and does nothing elsewhere.
 */
import * as Score from "./assessment-score.js";
import { onEveryPage } from "./page.js";

function start() {
  const root = document.querySelector("[data-rg-assessment]");
  const form = root && root.querySelector("[data-rg-form]");
  // On the one-page guide (/print/) the statements stay a checklist: paper has no form to fill.
  if (!form || root.closest("#print-site-page") || form.dataset.rgReady) return;
  form.dataset.rgReady = "true";
  const data = JSON.parse(form.dataset.rgScoring); // rendered from content/assessment.yml
  const status = root.querySelector("[data-rg-status]");
  const result = root.querySelector("[data-rg-result]");
  const heading = result.querySelector("h2");
  const stale = result.querySelector("[data-rg-stale]");
  const shareLink = result.querySelector("[data-rg-share-link]");
  let shown = null; // the leaning on screen, so a repeat is not announced again

  const group = (id) => form.elements.namedItem(id);

  function readForm() {
    const answers = {};
    for (const statement of data.statements) {
      const value = group(statement.id).value;
      if (value) answers[statement.id] = Number(value);
    }
    return answers;
  }

  function fillForm(answers) {
    for (const statement of data.statements) {
      for (const input of group(statement.id)) input.checked = input.value === String(answers[statement.id]);
    }
  }

  function answerLabel(id) {
    const checked = form.querySelector(`input[name="${CSS.escape(id)}"]:checked`);
    return checked ? checked.parentElement.textContent.trim() : "";
  }

  function outcomeHeading(leaning) {
    const block = result.querySelector(`[data-rg-outcome="${CSS.escape(leaning)}"] [data-rg-outcome-heading]`);
    return block.textContent.trim();
  }

  /** Show the result for these answers, or hide it while some are missing. Returns the score. */
  function render(answers, announce) {
    const scored = Score.score(data, answers);
    if (!scored.complete) {
      result.hidden = true;
      shown = null;
      return scored;
    }
    result.querySelectorAll("[data-rg-outcome]").forEach((el) => {
      el.hidden = el.dataset.rgOutcome !== scored.leaning;
    });
    result.querySelectorAll("[data-rg-average]").forEach((el) => {
      const mean = scored.averages[el.dataset.rgAverage];
      el.textContent = mean === null ? "none" : mean.toFixed(1);
    });
    const list = result.querySelector("[data-rg-why]");
    list.querySelectorAll("[data-rg-why-item]").forEach((el) => (el.hidden = true));
    for (const id of scored.top) {
      const item = list.querySelector(`[data-rg-why-item="${CSS.escape(id)}"]`);
      item.querySelector("[data-rg-answer]").textContent = `(your answer: ${answerLabel(id)})`;
      item.hidden = false;
      list.append(item); // in the order of the ranking
    }
    result.querySelector("[data-rg-why-some]").hidden = scored.top.length === 0;
    result.querySelector("[data-rg-why-none]").hidden = scored.top.length > 0;
    shareLink.href = location.href;
    result.hidden = false;
    if (announce && scored.leaning !== shown) status.textContent = `Your result: ${outcomeHeading(scored.leaning)}.`;
    shown = scored.leaning;
    return scored;
  }

  function saveToAddress(answers) {
    const query = Score.writeQuery(data, location.search, answers);
    // replaceState keeps Material's own history state (scroll positions for instant navigation).
    history.replaceState(history.state, "", location.pathname + query + location.hash);
  }

  form.addEventListener("change", () => {
    const answers = readForm();
    saveToAddress(answers);
    stale.hidden = true;
    render(answers, true);
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const answers = readForm();
    const scored = render(answers, false);
    if (scored.complete) {
      status.textContent = `Your result: ${outcomeHeading(scored.leaning)}.`;
      heading.focus({ preventScroll: true });
      result.scrollIntoView({ block: "start" });
      return;
    }
    const missing = data.statements.findIndex((s) => !answers[s.id]);
    const left = scored.total - scored.answered;
    status.textContent =
      `${left} ${left === 1 ? "statement still needs" : "statements still need"} an answer, ` +
      `starting with number ${missing + 1}.`;
    group(data.statements[missing].id)[0].focus();
  });

  form.addEventListener("reset", (event) => {
    event.preventDefault();
    fillForm({});
    saveToAddress({});
    stale.hidden = true;
    render({}, false);
    status.textContent = "Your answers are cleared.";
    group(data.statements[0].id)[0].focus();
  });

  // Material binds single keys (n, p, s, f...) to page-wide shortcuts; inside the form a stray
  // key press should not leave the page, so only the arrow keys reach Material from here.
  form.addEventListener("keydown", (event) => {
    if (event.target.type === "radio" && event.key.length === 1) event.stopPropagation();
  });

  result.querySelector("[data-rg-copy]").addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = "The link to your result is copied.";
    } catch {
      status.textContent = "The link could not be copied here; copy the page address instead.";
    }
  });

  // A shared link: put its answers in the form and show the result they give today.
  const shared = Score.readQuery(data, location.search);
  fillForm(shared.answers);
  const scored = render(shared.answers, false);
  stale.hidden = !(scored.complete && shared.result && shared.result !== scored.leaning);
  if (scored.complete) status.textContent = `Your result: ${outcomeHeading(scored.leaning)}.`;
}

onEveryPage(start);
