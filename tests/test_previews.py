"""Every page's link-preview card: what it says comes from content/, its text fits its boxes (measured
with the font, and on the drawn pixels), even at the longest the schema allows, and the pages that are
not generated from content/ agree with what their card says."""

from __future__ import annotations

import io
import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from PIL import Image, ImageChops, ImageDraw

from conftest import FIXTURE_CONTENT, ROOT
from roleguide.load import load_guide
from roleguide.model import Guide
from roleguide.render import Drawing, render_pages
from roleguide.render.cards import layout
from roleguide.render.cards.layout import HEIGHT, MARGIN, TITLE_LINES, WIDTH, Card, card
from roleguide.render.cards.svg import render_card_svg
from roleguide.render.infographic import fonts
from roleguide.render.infographic.page import CARD_FILE
from roleguide.render.infographic.palette import contrast, palette
from roleguide.render.infographic.raster import render_png
from roleguide.render.previews import (
    CARD_DIR,
    HOME_CARD,
    NOT_FOUND_DESCRIPTION,
    NOT_FOUND_PAGE,
    NOT_FOUND_TITLE,
    PRINT_DESCRIPTION,
    PRINT_PAGE,
    PRINT_TITLE,
    Preview,
    alt_text,
    previews,
)

REAL = load_guide(ROOT / "content")
FIXTURE = load_guide(FIXTURE_CONTENT)
ROLE_IDS = [role.id for role in REAL.roles]
# The longest texts the schema allows (Label: 80 characters, Description: 160), in wide letters.
LONGEST = Preview(
    "stress",
    " ".join(["WMWMWMW"] * 10),  # 79 characters
    " ".join(["Wwmwmwm"] * 20),  # 159 characters
    (" ".join(["MWMWMWM"] * 10), "Short"),
    "assets/cards/stress.png",
)
UNBROKEN = replace(LONGEST, title="W" * 80, description="m" * 160, labels=("M" * 80, "M" * 80))


def _front_matter(text: str) -> dict[str, object]:
    head = text.split("---\n")[1]
    return yaml.safe_load(head)


@pytest.mark.parametrize("guide", [REAL, FIXTURE], ids=["real", "fixture"])
def test_every_generated_page_names_its_own_card_and_every_card_is_drawn(guide: Guide) -> None:
    files = render_pages(guide)
    pages = {
        path: _front_matter(text)
        for path, text in files.items()
        if path.endswith(".md") and not path.startswith("includes/") and path != "SUMMARY.md"
    }
    cards = {path for path, content in files.items() if isinstance(content, Drawing)}
    named = {}
    for path, meta in pages.items():
        preview = meta["preview"]
        assert preview["image"] not in named.values(), f"{path} shares its card"
        named[path] = preview["image"]
        assert preview["alt"].startswith(f"{guide.site.site_name}: "), path
    assert named.pop("index.md") == HOME_CARD == CARD_FILE, "the home page keeps the infographic's card"
    system = {f"{CARD_DIR}/{NOT_FOUND_PAGE}.png", f"{CARD_DIR}/{PRINT_PAGE}.png"}
    assert cards == set(named.values()) | system, "a card without a page, or a page without a card"


def test_a_section_card_shows_its_full_title_description_and_role_labels() -> None:
    decisions = previews(REAL)["decisions"]
    assert decisions.title == "Decision-Making Authority and Ownership"
    assert decisions.description == REAL.section("decisions").description
    assert decisions.labels == ("TPM: Strategic ownership", "TPjM: Operational control")
    drawn = render_pages(REAL)["assets/cards/decisions.png"]
    assert isinstance(drawn, Drawing)
    words = " ".join(re.findall(r"<text [^>]*>([^<]*)</text>", drawn.svg))
    for text in (decisions.title, decisions.description, REAL.site.site_name, *decisions.labels):
        assert text in words, f"{text!r} is not on the card"


def test_the_pages_not_generated_from_content_say_what_their_cards_say() -> None:
    not_found = (ROOT / "overrides" / "404.html").read_text(encoding="utf-8")
    assert f'{{% set rg_page = "{NOT_FOUND_PAGE}" %}}' in not_found
    assert f'{{% set rg_title = "{NOT_FOUND_TITLE}" %}}' in not_found
    assert f'{{% set rg_description = "{NOT_FOUND_DESCRIPTION}" %}}' in not_found
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_MkDocsLoader)
    assert config["plugins"]["print-site"]["print_page_title"] == PRINT_TITLE
    assert config["plugins"]["print-site"]["print_page_basename"] == PRINT_PAGE
    assert config["site_description"] == PRINT_DESCRIPTION


class _MkDocsLoader(yaml.SafeLoader):
    """mkdocs.yml with its !ENV tags read as their default values."""


_MkDocsLoader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])


def test_main_html_makes_alt_text_by_the_same_rule() -> None:
    main = (ROOT / "overrides" / "main.html").read_text(encoding="utf-8")
    rule = alt_text("{site}", "{title}", "{description}")
    template = 'config.site_name ~ ": " ~ (rg_title if rg_title is defined else page.title) ~ " \u2013 " ~ '
    assert rule == "{site}: {title} \u2013 {description}" and template in main


def _inside(card: Card) -> list[str]:
    """Every line within its box and the box within the card's margins; no two boxes overlap."""
    problems = []
    for box in card.boxes:
        if box.y == 0:  # the band along the top edge
            continue
        if box.x < MARGIN - 0.01 or box.x + box.w > WIDTH - MARGIN + 0.01:
            problems.append(f"box at x {box.x} w {box.w} leaves the side margins")
        if box.y < MARGIN - 0.01 or box.y + box.h > HEIGHT - MARGIN + 0.01:
            problems.append(f"box at y {box.y} h {box.h} leaves the top or bottom margin")
        for line in box.lines:
            width = fonts.text_width(line.text, line.size, line.weight)
            right = box.x + box.w - (line.x - box.x)  # chips keep the same padding on both sides
            if line.x + width > right + 0.01:
                problems.append(f"{line.text!r} is {width:.1f} px wide, past {right:.1f}")
            top, bottom = line.y - fonts.ascent(line.size, line.weight), line.y + fonts.descent(line.size, line.weight)
            if top < box.y - 0.01 or bottom > box.y + box.h + 0.01:
                problems.append(f"{line.text!r} sticks out of its box vertically")
    boxes = [b for b in card.boxes if b.y > 0]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            if a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h:
                problems.append(f"boxes at ({a.x}, {a.y}) and ({b.x}, {b.y}) overlap")
    return problems


def _texts(card: Card) -> list[str]:
    return [" ".join(line.text for line in box.lines) for box in card.boxes if box.lines]


@pytest.mark.parametrize("page", sorted(previews(REAL)))
def test_every_real_card_fits_in_full_at_a_readable_size(page: str) -> None:
    preview = previews(REAL)[page]
    drawn = card(preview, REAL.site.site_name, ROLE_IDS)
    assert not _inside(drawn)
    assert _texts(drawn) == [REAL.site.site_name, preview.title, preview.description, *preview.labels]
    assert drawn.scale >= 0.85, f"{page}: the type had to shrink to {drawn.scale}"


@pytest.mark.parametrize("preview", [LONGEST, UNBROKEN], ids=["longest-words", "unbroken"])
def test_the_longest_text_the_schema_allows_still_fits(preview: Preview) -> None:
    drawn = card(preview, "W" * 80, ROLE_IDS)
    assert not _inside(drawn), _inside(drawn)
    texts = _texts(drawn)
    title_box = [b for b in drawn.boxes if b.lines][1]
    assert texts[1].replace(" ", "") == preview.title.replace(" ", ""), "the title must show in full"
    assert len(title_box.lines) <= TITLE_LINES
    assert [t.replace(" ", "") for t in texts[3:]] == [label.replace(" ", "") for label in preview.labels]
    assert drawn.scale == layout.MIN_SCALE
    if texts[2].replace(" ", "") != preview.description.replace(" ", ""):
        assert texts[2].endswith(layout.ELLIPSIS), "a shortened description ends with an ellipsis"


def test_a_description_too_long_even_for_the_smallest_type_is_cut_with_an_ellipsis() -> None:
    """Beyond what the schema allows: the card still fits, the title and the chips still show in full."""
    overlong = replace(LONGEST, description=" ".join([LONGEST.description] * 4))
    drawn = card(overlong, REAL.site.site_name, ROLE_IDS)
    assert not _inside(drawn), _inside(drawn)
    texts = _texts(drawn)
    assert texts[1] == overlong.title and texts[3:] == list(overlong.labels)
    assert texts[2].endswith(layout.ELLIPSIS) and overlong.description.startswith(texts[2][:-1])


def test_longer_text_shrinks_the_type_and_short_text_keeps_it() -> None:
    short = previews(REAL)["glossary"]
    assert card(short, REAL.site.site_name, ROLE_IDS).scale == 1
    long = replace(short, title=LONGEST.title, description=LONGEST.description)
    assert card(long, REAL.site.site_name, ROLE_IDS).scale < 1


def _image(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data)).convert("RGB")


@pytest.mark.parametrize("preview", [previews(REAL)["overview"], LONGEST], ids=["overview", "longest"])
def test_drawn_text_stays_inside_its_boxes(preview: Preview) -> None:
    """On pixels: resvg draws only the text (no fills), and every inked pixel lies in a box."""
    drawn = card(preview, REAL.site.site_name, ROLE_IDS)
    bare = replace(drawn, boxes=tuple(replace(b, fill=None) for b in drawn.boxes))
    pixels = _image(render_png(render_card_svg(bare, REAL.roles, "t"))).convert("L")
    assert pixels.size == (WIDTH, HEIGHT)
    ink = pixels.point(lambda v: 255 if v < 250 else 0)
    allowed = Image.new("L", pixels.size, 0)
    pen = ImageDraw.Draw(allowed)
    for b in drawn.boxes:
        pen.rectangle([b.x - 1, b.y - 1, b.x + b.w + 1, b.y + b.h + 1], fill=255)
    outside = ImageChops.subtract(ink, allowed)
    assert outside.getbbox() is None, f"ink outside the boxes at {outside.getbbox()}"
    assert ink.getbbox() is not None, "nothing was drawn"


def test_the_card_is_a_1200_by_630_png_in_the_role_colours() -> None:
    drawn = render_pages(REAL)["assets/cards/decisions.png"]
    image = _image(render_png(drawn.svg))
    assert image.size == (1200, 630)
    colours = {colour for _, colour in image.getcolors(maxcolors=1 << 20)}
    light = palette(REAL.roles, "light")
    for name in ("product", "project", "ink", "bg"):
        assert tuple(int(light[name][i : i + 2], 16) for i in (1, 3, 5)) in colours, name


def test_every_text_on_a_card_has_at_least_4_5_to_1_contrast() -> None:
    colours = palette(REAL.roles, "light")
    for preview in previews(REAL).values():
        for box in card(preview, REAL.site.site_name, ROLE_IDS).boxes:
            for line in box.lines:
                ratio = contrast(colours[line.ink], colours[box.fill or "bg"])
                assert ratio >= 4.5, f"{preview.page}: {line.ink} on {box.fill}: {ratio:.2f}"


def test_a_content_change_changes_only_the_cards_that_show_it(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    before = render_pages(load_guide(content))
    path = content / "sections" / "decisions.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: Decision-Making Authority and Ownership", "title: Who Decides What"), "utf-8")
    after = render_pages(load_guide(content))
    changed = sorted(p for p in before if p.startswith(CARD_DIR) and before[p] != after[p])
    assert changed == ["assets/cards/decisions.png"]
    assert "Who Decides What" in json.dumps(after["assets/cards/decisions.png"].svg)
