"""The light/dark toggle switches every colour at once (assets/javascripts/palette.js with the
rg-palette-switching rule of assets/stylesheets/extra.css), now that the build drops Material's own
`[data-md-color-switching]` rule (roleguide/purge.py), which cost every page load two restyles of the
whole page."""

from __future__ import annotations

from playwright.sync_api import Page

# After the toggle and one frame: the colour transitions that the browser started, if any.
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
  document.querySelector("[data-md-component=palette] label:not([hidden])").click();
  getComputedStyle(document.body).color;
  const during = document.body.classList.contains("rg-palette-switching");
  await new Promise((done) => requestAnimationFrame(() => done()));
  const colours = document.getAnimations()
    .filter((a) => a instanceof CSSTransition && /color|fill|stroke/.test(a.transitionProperty))
    .map((a) => `${a.transitionProperty} of ${a.effect.target.tagName.toLowerCase()}.${a.effect.target.className}`);
  await new Promise((done) => setTimeout(done, 300));
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
