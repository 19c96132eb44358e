"""The quality gates, each a function that returns the problems it found (an empty list passes).

The same functions run against every page of the real build (test_gates.py) and against small pages
with a planted defect (test_gates_fail.py), which proves that each gate can fail. A gate never
navigates by itself unless its job is to (keyboard, scheme); the caller loads the page first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

from axe_playwright_python.base import AxeResults
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import BrowserContext, ConsoleMessage, Page, Request, Response
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

PHONE = {"width": 375, "height": 812}
AXE = Axe()
Gate = Callable[[Page], list[str]]
WaitUntil = Literal["commit", "domcontentloaded", "load", "networkidle"]


def on_every_page(page: Page, base_url: str, paths: Iterable[str], *gates: Gate, wait: WaitUntil = "load") -> list[str]:
    """Load each path in `page` and run the gates on it; every problem is prefixed with its path."""
    problems = []
    for path in paths:
        response = page.goto(base_url + path, wait_until=wait)
        if response is None or not response.ok:
            problems.append(f"{path}: does not load (HTTP {response.status if response else 'none'})")
            continue
        problems += [f"{path}: {problem}" for gate in gates for problem in gate(page)]
    return problems


@dataclass
class Traffic:
    """What a page did on the network and in the console while it was being watched."""

    origin: str
    requests: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def clear(self) -> None:
        self.requests.clear()
        self.failures.clear()
        self.errors.clear()


def watch(page: Page, origin: str) -> Traffic:
    """Record every request, failed request, HTTP error and console error of `page` from now on.

    Requests to any other origin are recorded and then aborted, so a test never reaches the Internet.
    """
    traffic = Traffic(origin.rstrip("/"))

    def on_request(request: Request) -> None:
        traffic.requests.append(request.url)

    def on_failed(request: Request) -> None:
        # A request still under way when the test moves on to the next page is cancelled by the
        # browser (net::ERR_ABORTED): that is the test leaving, not the site failing.
        if request.failure != "net::ERR_ABORTED":
            traffic.failures.append(f"{request.url} failed: {request.failure}")

    def on_response(response: Response) -> None:
        if response.status >= 400:
            traffic.failures.append(f"{response.url} answered HTTP {response.status}")

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            traffic.errors.append(f"console error: {message.text}")

    page.on("request", on_request)
    page.on("requestfailed", on_failed)
    page.on("response", on_response)
    page.on("console", on_console)
    page.on("pageerror", lambda error: traffic.errors.append(f"uncaught exception: {error}"))
    page.context.route(lambda url: not _same_origin(url, traffic.origin), lambda route: route.abort())
    return traffic


def _same_origin(url: str, origin: str) -> bool:
    parts, own = urlsplit(url), urlsplit(origin)
    if parts.scheme in ("data", "blob", "about"):
        return True
    return (parts.scheme, parts.netloc) == (own.scheme, own.netloc)


def third_party_requests(traffic: Traffic) -> list[str]:
    """Gate 2: every request goes to the site's own origin (no fonts, scripts, images or analytics)."""
    return [f"request to another host: {url}" for url in traffic.requests if not _same_origin(url, traffic.origin)]


def errors_and_failed_requests(traffic: Traffic) -> list[str]:
    """Gate 3: no console error, no uncaught exception, no failed request and no HTTP error."""
    return [*traffic.errors, *traffic.failures]


# Waits for every transition and finite animation running now (a tooltip fading in, a copy-link
# button appearing on hover, the deep-link highlight) to end, at most 5 s.
_SETTLE_JS = """async () => {
  const running = document.getAnimations().filter((a) => a.effect && a.effect.getComputedTiming().endTime !== Infinity);
  const limit = new Promise((done) => setTimeout(done, 5000));
  await Promise.race([Promise.allSettled(running.map((a) => a.finished)), limit]);
}"""


def axe(page: Page, include: str | None = None) -> AxeResults:
    """axe-core on the page, or on the part that `include` selects, once what is fading in has finished.

    Mid-fade, axe blends the text into the background and reports a contrast that no reader sees once
    it is shown (seen in CI on Material's tooltip, #748787 on #19292c, 3.98:1, in the dark scheme).
    Every axe run of the tests goes through here.
    """
    page.evaluate(_SETTLE_JS)
    return AXE.run(page, context={"include": [[include]]} if include else None)


def axe_violations(page: Page) -> list[str]:
    """Gate 1: axe-core (bundled by axe-playwright-python, no network) with its default rule set.

    Every violation counts, whatever its impact; each is reported with the elements it concerns.
    """
    results = axe(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']}: " + "; ".join(", ".join(n["target"]) for n in v["nodes"][:5])
        for v in results.response["violations"]
    ]


# Elements that stick out of the viewport on the right, unless they sit inside a box that scrolls
# sideways (a wide table in its scroll wrapper) or are hidden (the closed drawer, visibility:hidden).
_OVERFLOW_JS = """() => {
  const doc = document.documentElement, width = doc.clientWidth;
  const scrollsInside = (el) => {
    for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (["auto", "scroll"].includes(style.overflowX) && node.getBoundingClientRect().right <= width + 1) return true;
    }
    return false;
  };
  const describe = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
    (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\\s+/).join(".") : "");
  const offenders = [];
  for (const el of document.body.querySelectorAll("*")) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0 || rect.right <= width + 1) continue;
    if (getComputedStyle(el).visibility === "hidden" || el.closest("[hidden], .md-sidebar, .md-search")) continue;
    if (scrollsInside(el)) continue;
    offenders.push(`${describe(el)} reaches ${Math.round(rect.right)} px`);
  }
  return {scrollWidth: doc.scrollWidth, clientWidth: width, offenders: offenders.slice(0, 5)};
}"""


def sideways_scroll(page: Page) -> list[str]:
    """Gate 4: the page (at the caller's viewport, 375 px for a phone) never scrolls sideways, and
    nothing sticks out of the screen: wide content must scroll inside its own box."""
    found = page.evaluate(_OVERFLOW_JS)
    problems = []
    if found["scrollWidth"] > found["clientWidth"]:
        problems.append(f"the page scrolls sideways: {found['scrollWidth']} px wide in {found['clientWidth']} px")
    return problems + [f"sticks out of the screen: {o}" for o in found["offenders"]]


# Tab from the top of the page, noting each link of the main content that takes the focus and
# whether it shows a focus ring (an outline or a box shadow that is not transparent).
_MARK_LINKS_JS = """() => {
  const links = [...document.querySelectorAll(".md-content a[href]")].filter((a) => a.getClientRects().length > 0);
  links.forEach((a, i) => a.setAttribute("data-gate-link", String(i)));
  return links.map((a) => a.getAttribute("href"));
}"""
# Other stops of the content that come between its links (abbreviations that take the focus, so
# that their explanation opens from the keyboard): each costs a Tab, so each adds one to the budget.
_OTHER_STOPS_JS = """() => document.querySelectorAll(".md-content [tabindex='0']:not(a, button, input)").length"""
_FOCUSED_JS = """() => {
  const el = document.activeElement;
  if (!el || !el.hasAttribute("data-gate-link")) return null;
  const style = getComputedStyle(el);
  const visible = (color) => color && color !== "transparent" && !/rgba\\(.*,\\s*0\\)$/.test(color);
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 1 && visible(style.outlineColor);
  const shadow = style.boxShadow !== "none" && visible(style.boxShadow.split(")")[0] + ")");
  return {index: Number(el.getAttribute("data-gate-link")), ring: outline || shadow};
}"""


def keyboard_links(page: Page, extra_tabs: int = 80) -> list[str]:
    """Gate 6b: Tab reaches every visible link of the main content, and each shows a focus ring."""
    hrefs = page.evaluate(_MARK_LINKS_JS)
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }")
    reached: dict[int, bool] = {}
    for _ in range(len(hrefs) + page.evaluate(_OTHER_STOPS_JS) + extra_tabs):
        page.keyboard.press("Tab")
        focused = page.evaluate(_FOCUSED_JS)
        if focused is not None:
            reached[focused["index"]] = focused["ring"]
        if len(reached) == len(hrefs):
            break
    problems = [f"Tab never reaches the link to {href}" for i, href in enumerate(hrefs) if i not in reached]
    return problems + [f"no visible focus ring on the link to {hrefs[i]}" for i, ring in reached.items() if not ring]


def search_shortcut(page: Page) -> list[str]:
    """Gate 6a: the search keyboard shortcut ("/", as in Material) opens the search with the focus in
    its box, and Escape closes it."""
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    page.keyboard.press("/")
    try:
        page.wait_for_function(
            """() => {
              const input = document.querySelector("dialog.rg-search[open] input");
              return Boolean(input && document.activeElement === input);
            }""",
            timeout=5000,  # the search loads on demand: ample, and only a page without one waits it out
        )
    except PlaywrightTimeoutError:
        return ["pressing / does not open the search with the focus in the search box"]
    page.keyboard.press("Escape")
    try:
        page.wait_for_function("() => !document.querySelector('dialog.rg-search[open]')")
    except PlaywrightTimeoutError:
        return ["Escape does not close the search"]
    return []


def scheme_survives_reload(page: Page) -> list[str]:
    """Gate 7: switching the colour scheme with the header toggle survives a reload."""
    scheme = "() => document.body.getAttribute('data-md-color-scheme')"
    toggle = page.locator("[data-rg-palette] label:not([hidden])")
    if toggle.count() != 1:
        return [f"expected one visible colour scheme toggle, found {toggle.count()}"]
    before = page.evaluate(scheme)
    toggle.click()
    chosen = page.evaluate(scheme)
    if chosen == before:
        return [f"the toggle does not change the scheme (still {before})"]
    page.reload()
    after = page.evaluate(scheme)
    return [] if after == chosen else [f"chose {chosen}, but after a reload the page shows {after}"]


# Every layout shift of the page so far that no input caused (what CLS adds up), with the elements
# that moved and by how much. A buffered observer sees the shifts from the start of the load. A shift
# in which nothing moves by a whole pixel (a sub-pixel rounding as fonts settle) is not counted.
_SHIFTS_JS = """() => new Promise((resolve) => {
  const describe = (node) => !node || node.nodeType !== 1 ? "(text)" : node.tagName.toLowerCase() +
    (node.id ? "#" + node.id : "") + (typeof node.className === "string" && node.className.trim()
      ? "." + node.className.trim().split(/\\s+/).join(".") : "");
  const shifts = [];
  const observer = new PerformanceObserver((list) => shifts.push(...list.getEntries()));
  observer.observe({type: "layout-shift", buffered: true});
  setTimeout(() => {
    observer.disconnect();
    const move = (a, b) => `${Math.round(b.x - a.x)},${Math.round(b.y - a.y)} px`;
    const far = (s) => (s.sources || []).some((src) => Math.max(Math.abs(src.currentRect.x - src.previousRect.x),
      Math.abs(src.currentRect.y - src.previousRect.y)) >= 1);
    resolve(shifts.filter((s) => !s.hadRecentInput && far(s)).map((s) => ({
      value: s.value,
      moved: (s.sources || []).map((src) => `${describe(src.node)} (${move(src.previousRect, src.currentRect)})`),
    })));
  }, 200);
})"""


# The smallest layout shift the gate reports: what Lighthouse would still print as a CLS of 0.000.
# Below it, Chromium now and then reports a few pixels of one line of text on a busy machine (a
# score of 0.0000 at four decimals, 1 run in 3 of the whole suite), which no reader would notice and
# which we could not tie to any feature.
SHIFT_FLOOR = 0.0005


def layout_shifts(page: Page) -> list[str]:
    """Gate 8: nothing moves on the page once it is painted (CLS 0 as Lighthouse rounds it): no
    layout shift without input."""
    return [
        f"layout shift of {shift['value']:.4f}: {', '.join(shift['moved']) or 'unknown elements'} moved"
        for shift in page.evaluate(_SHIFTS_JS)
        if shift["value"] >= SHIFT_FLOOR
    ]


# Every Content-Security-Policy violation of every page and frame of a context, reported through a
# binding the moment it happens, so that a page that leaves at once (a redirect stub) is heard too.
_POLICY_JS = """(() => {
  if (window.__rgPolicyWatched) return;
  window.__rgPolicyWatched = true;
  document.addEventListener("securitypolicyviolation", (e) => window.rgPolicyViolation(
    `${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile || document.URL}:` +
    `${e.lineNumber} ${(e.sample || "").slice(0, 60)}`.trim()));
})();"""
# Chromium's console says so too (also about a policy it cannot read, or a directive a <meta> ignores).
_POLICY_CONSOLE = re.compile(r"Content[ -]Security[ -]Policy", re.I)


def watch_policy(context: BrowserContext, found: list[str] | None = None) -> list[str]:
    """Record in `found` (returned) every CSP violation and every console message about the policy in
    `context` from now on. Gate 9 (`policy_violations`) reads it."""
    found = [] if found is None else found
    context.expose_binding("rgPolicyViolation", lambda source, text: found.append(f"{source['frame'].url}: {text}"))
    context.add_init_script(_POLICY_JS)

    def on_console(message: ConsoleMessage) -> None:
        if _POLICY_CONSOLE.search(message.text):
            found.append(f"console {message.type}: {message.text}")

    context.on("console", on_console)
    return found


def policy_violations(found: list[str]) -> list[str]:
    """Gate 9: nothing on the page broke the Content-Security-Policy (what `watch_policy` heard since
    the last call, which it forgets)."""
    problems = list(found)
    found.clear()
    return problems
