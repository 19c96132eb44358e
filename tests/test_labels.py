"""The labels step (roleguide/postbuild/labels.py): the labels of the navigation and of the table of
contents leave Material's ellipsis watch (class `rg-nav-label` instead of `md-ellipsis`) in every page
that either engine builds, while the titles that can be cut (header, footer, breadcrumb) keep it."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from conftest import page_files
from roleguide.postbuild import BuiltSite
from roleguide.postbuild.labels import CLASS, plain_labels, plain_nav_labels

NAV = """<nav class="md-nav md-nav--primary">
  <label class="md-nav__link md-nav__link--active" for="__toc">
    <span class="md-ellipsis">
      Overview
    </span>
    <span class="md-nav__icon md-icon"></span>
  </label>
  <a href="../skills/" class="md-nav__link">
        <span class="md-ellipsis">
    Skills
  </span>
  </a>
  <label class="md-nav__link" for="__nav_2" id="__nav_2_label" tabindex="">
    <span class="md-ellipsis">Hiring</span>
  </label>
  <a href="#goal" class="md-nav__link"><span class="md-ellipsis"><span class="md-typeset">Goal</span></span></a>
</nav>"""
KEPT = """<div class="md-header__topic"><span class="md-ellipsis">The Role Guide</span></div>
<a href="../" class="md-footer__link"><div class="md-footer__title"><div class="md-ellipsis">Home</div></div></a>
<a href="../" class="md-path__link"><span class="md-ellipsis">The Role Guide</span></a>
<a class="md-nav__linkish" href="#"><span class="md-ellipsis">Not a navigation link</span></a>"""


class _Labels(HTMLParser):
    """For each span that opens (first child element of) a navigation link: its classes; and the
    classes of every other span or div with md-ellipsis."""

    def __init__(self) -> None:
        super().__init__()
        self.opening: list[str] = []
        self.others: list[str] = []
        self._after_link = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag in ("a", "label") and "md-nav__link" in classes:
            self._after_link = True
            return
        if self._after_link and tag == "span":
            self.opening.append(" ".join(classes))
        elif "md-ellipsis" in classes:
            self.others.append(tag)
        self._after_link = False

    def handle_data(self, data: str) -> None:
        if data.strip():
            self._after_link = False


def _labels(html: str) -> _Labels:
    parser = _Labels()
    parser.feed(html)
    return parser


def test_every_navigation_label_changes_class_and_nothing_else_changes() -> None:
    fixed = plain_labels(NAV + KEPT)
    found = _labels(fixed)
    assert found.opening == [CLASS] * 4
    assert found.others == ["span", "div", "span", "span"], "header, footer, breadcrumb and a non-link keep theirs"
    assert fixed.replace(CLASS, "md-ellipsis") == NAV + KEPT, "only the class names change"


def test_a_second_run_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "overview").mkdir()
    (tmp_path / "overview" / "index.html").write_text(NAV, encoding="utf-8")
    (tmp_path / "404.html").write_text(KEPT, encoding="utf-8")
    built = BuiltSite(tmp_path, "mkdocs")
    assert plain_nav_labels(built) == ["overview/index.html"]
    built.save()
    once = (tmp_path / "overview" / "index.html").read_text(encoding="utf-8")
    assert plain_nav_labels(BuiltSite(tmp_path, "mkdocs")) == []
    assert (tmp_path / "overview" / "index.html").read_text(encoding="utf-8") == once
    assert (tmp_path / "404.html").read_text(encoding="utf-8") == KEPT


def _check_built(site: Path) -> None:
    pages = [*page_files(site), site / "404.html"]
    assert len(pages) > 20
    for page in pages:
        found = _labels(page.read_text(encoding="utf-8"))
        assert found.opening, f"{page}: no navigation label found"
        assert set(found.opening) == {CLASS}, f"{page}: a navigation label that Material would watch"
        # Kept: the header's site name and page title, and at most the footer's two and the breadcrumb.
        assert 2 <= len(found.others) <= 8, f"{page}: {found.others}"


def test_the_built_site_has_no_navigation_label_for_the_ellipsis_watch(site: Path) -> None:
    _check_built(site)
    print_page = (site / "print" / "index.html").read_text(encoding="utf-8")
    assert f'<span class="{CLASS}">' in print_page


def test_the_zensical_build_too(zensical_site: Path) -> None:
    _check_built(zensical_site)
