// Firefox ESR (Debian's firefox-esr), driven by puppeteer-core over WebDriver BiDi: open each page of
// a served site and report what the reader's console would show. Called by
// tests/browser/test_firefox.py, which says what the gate is for. Reads on stdin:
//   {"firefox": path, "base": "http://127.0.0.1:PORT", "paths": ["/", "/overview/", ...]}
// and writes on stdout a JSON list of problems, one string each ("PATH: what"); an empty list passes.
// Each page is loaded until the network is idle; a policy violation, a console error or warning, an
// uncaught error, a failed request, an HTTP error or a request to another host is a problem.
import puppeteer from "puppeteer-core";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { firefox, base, paths } = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const origin = new URL(base).origin;

const browser = await puppeteer.launch({ browser: "firefox", executablePath: firefox, headless: true });
const problems = [];
try {
  const page = await browser.newPage();
  let path = "";
  const report = (what) => problems.push(`${path}: ${what}`);
  page.on("console", (message) => {
    if (["error", "warn"].includes(message.type())) report(`console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => report(`error: ${error.message}`));
  // A request that the browser itself cancels (an image it no longer needs, a page left before a
  // prefetch ends) is not a failure of the site, as in the Chromium gate (tests/browser/gates.py).
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText || "failed";
    if (reason !== "NS_BINDING_ABORTED") report(`request failed (${reason}): ${request.url()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) report(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && url.origin !== origin) report(`request to another host: ${url.href}`);
  });
  // Violations of the policy, as the page itself is told of them.
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__violations.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
    });
  });
  for (path of paths) {
    const response = await page.goto(base + path, { waitUntil: "networkidle0" });
    if (!response || !response.ok()) report(`answered ${response ? response.status() : "nothing"}`);
    for (const violation of await page.evaluate(() => window.__violations || [])) report(`policy: ${violation}`);
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(problems));
