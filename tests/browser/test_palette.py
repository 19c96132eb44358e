"""The light/dark toggle (assets/javascripts/palette.js, in place of Material's palette component)
switches every colour at once, with the rg-palette-switching rule of assets/stylesheets/extra.css, now
that the build drops Material's own `[data-md-color-switching]` rule (roleguide/postbuild/purge.py), which cost
every page load two restyles of the whole page. A first visit follows the system's scheme, the page's
own colour scheme and theme colour follow the toggle, Enter switches, and without JavaScript no toggle
shows. The choice surviving a reload is gate 7 (gates.py)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from . import waits

# After the toggle and one frame: the colour transitions that the browser started, if any; after one
# more, whether rg-palette-switching has been taken away again.
TOGGLE = """async (plant) => {
  if (plant) {
    for (const sheet of document.styleSheets) {
      const rules = [...sheet.cssRules];
      for (let i = rules.length - 1; i >= 0; i--) {
        if ((rules[i].selectorText || "").includes("rg-palette-switching")) sheet.deleteRule(i);
      }
    }
  }
  const before = document.body.getAttribute("data-md-color-scheme");
  document.querySelector("[data-rg-palette] label:not([hidden])").click();
  getComputedStyle(document.body).color;
  const during = document.body.classList.contains("rg-palette-switching");
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  await frame();
  const colours = document.getAnimations()
    .filter((a) => a instanceof CSSTransition && /color|fill|stroke/.test(a.transitionProperty))
    .map((a) => `${a.transitionProperty} of ${a.effect.target.tagName.toLowerCase()}.${a.effect.target.className}`);
  await frame();  // palette.js takes the class away in the frame after the next: its callback runs first
  return {before, after: document.body.getAttribute("data-md-color-scheme"), during,
          left: document.body.classList.contains("rg-palette-switching"), colours};
}"""


def test_the_toggle_changes_every_colour_at_once(page: Page, site_url: str) -> None:
    for path in ("/", "/comparison/"):
        page.goto(site_url + path, wait_until="networkidle")
        for _ in range(2):  # to dark and back
            result = page.evaluate(TOGGLE, False)
            assert result["after"] != result["before"], "the toggle did nothing"
            assert result["during"], "no rg-palette-switching on <body> while the colours change"
            assert not result["left"], "rg-palette-switching stayed on <body>"
            assert result["colours"] == [], f"colours fade instead of switching: {result['colours'][:5]}"


def test_without_the_rule_colours_would_fade(page: Page, site_url: str) -> None:
    """The test above can fail: with the rule taken out, links and navigation fade to the new colours."""
    page.goto(site_url + "/", wait_until="networkidle")
    result = page.evaluate(TOGGLE, True)
    assert result["after"] != result["before"]
    assert result["colours"], "no colour transition even without the rule: the test proves nothing"


# The toggle is run by assets/javascripts/palette.js, not by Material's palette component
# (overrides/partials/palette.html), which added a <meta name="color-scheme"> and set it again on
# every page load, each time a restyle of the whole page.
STATE = """() => ({
  scheme: document.body.getAttribute("data-md-color-scheme"),
  rootScheme: getComputedStyle(document.documentElement).colorScheme,
  metas: document.querySelectorAll('meta[name="color-scheme"]').length,
  themeColour: (document.querySelector('meta[name="theme-color"]') || {}).content || null,
  header: getComputedStyle(document.querySelector("[data-md-component=header]")).backgroundColor,
  toggle: [...document.querySelectorAll("[data-rg-palette] label")].filter((l) => !l.hidden).map((l) => l.title),
})"""


def hex_of(rgb: str) -> str:
    return "#" + "".join(f"{int(v):02x}" for v in re.findall(r"\d+", rgb)[:3])


@pytest.mark.parametrize("system", ["light", "dark"])
def test_the_first_visit_follows_the_system_and_the_page_scheme_follows_the_toggle(
    browser: Browser, site_url: str, system: str
) -> None:
    context = browser.new_context(color_scheme=system)
    try:
        page = context.new_page()
        page.goto(site_url + "/", wait_until="load")
        waits.started(page)  # palette.js sets the theme colour in a task of its own after `load`
        first = page.evaluate(STATE)
        assert first["scheme"] == ("slate" if system == "dark" else "default"), first
        assert first["toggle"] == ["Switch to light mode" if system == "dark" else "Switch to dark mode"], first
        page.locator("[data-rg-palette] label:not([hidden])").click()
        expect(page.locator("body")).not_to_have_attribute("data-md-color-scheme", first["scheme"])
        after = page.evaluate(STATE)
        for state in (first, after):
            dark = state["scheme"] == "slate"
            assert state["metas"] == 0, "a <meta name=color-scheme> is back: Material's palette component runs"
            assert ("dark" in state["rootScheme"]) == dark, f"the page's own colour scheme is off: {state}"
            assert state["themeColour"] == hex_of(state["header"]), state
        assert after["scheme"] != first["scheme"]
    finally:
        context.close()


def test_enter_on_the_focused_toggle_switches(page: Page, site_url: str) -> None:
    page.goto(site_url + "/", wait_until="load")
    before = page.evaluate(STATE)["scheme"]
    page.locator("[data-rg-palette] input:checked").focus()
    page.keyboard.press("Enter")
    assert page.evaluate(STATE)["scheme"] != before
    assert page.evaluate("document.activeElement.matches('[data-rg-palette] input:checked')")


def test_without_javascript_no_toggle_shows(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + "/")
        assert page.locator("[data-rg-palette] label").count() == 2
        assert page.locator("[data-rg-palette] label:visible").count() == 0
    finally:
        context.close()
