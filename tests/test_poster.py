"""The poster (the comparison table drawn as one tall picture, a download of /infographic/) and the
social card: valid and escaped SVG, text that fits its boxes (measured and rendered), PNGs with real
content, colours with enough contrast. The infographic itself: test_infographic.py."""

from __future__ import annotations

import io
import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from PIL import Image, ImageChops, ImageDraw

from conftest import FIXTURE_CONTENT, ROOT
from roleguide.load import ContentError, load_guide
from roleguide.model import Guide
from roleguide.render import render_pages
from roleguide.render.infographic import fonts
from roleguide.render.infographic.layout import CARD_HEIGHT, CARD_WIDTH, NARROW, WIDE, Layout, card, infographic
from roleguide.render.infographic.page import CARD_FILE, POSTER_PNG, POSTER_SVG, describe_poster
from roleguide.render.infographic.palette import SCHEMES, SITE_VARIABLES, contrast, palette
from roleguide.render.infographic.raster import render_png
from roleguide.render.infographic.svg import render_svg

SVG_NS = "{http://www.w3.org/2000/svg}"
REAL = load_guide(ROOT / "content")
FIXTURE = load_guide(FIXTURE_CONTENT)
TRICKY = "Costs < 5 & \"quoted\" 'single' > 4"


def _edit(content: Path, name: str, old: str, new: str) -> None:
    path = content / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def stress(fixture_content: Path) -> Guide:
    """Fixture content with values that are long, unbroken, and full of XML syntax."""
    path = fixture_content / "comparison.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    cells = data["aspects"][0]["cells"]
    cells["beta"].append(TRICKY)
    cells["alpha"].insert(0, "Pneumonoultramicroscopicsilicovolcanoconiosis and then several ordinary words")
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    _edit(
        fixture_content, "guide.yml", "title: Alpha & Beta < compared >", "title: " + "Alpha & Beta < compared > " * 3
    )
    return load_guide(fixture_content)


def _layouts(guide: Guide) -> list[Layout]:
    return [infographic(guide, WIDE), infographic(guide, NARROW), card(guide)]


@pytest.mark.parametrize("which", ["real", "fixture", "stress"])
def test_every_line_fits_inside_its_box(which: str, request: pytest.FixtureRequest) -> None:
    """Measured with the vendored font, the one resvg draws with: no line is wider than its box,
    and no line reaches above or below it; boxes stay on the canvas and never overlap."""
    guide = {"real": REAL, "fixture": FIXTURE}.get(which) or request.getfixturevalue("stress")
    for layout in _layouts(guide):
        for box in layout.boxes:
            assert box.x >= 0 and box.x + box.w <= layout.width + 0.01, (layout.name, box)
            assert box.y >= 0 and box.y + box.h <= layout.height + 0.01, (layout.name, box)
            for line in box.texts:
                width = fonts.text_width(line.text, line.size, line.weight)
                where = f"{layout.name}: {line.text!r}"
                assert line.x >= box.x + box.pad - 0.01, where
                assert line.x + width <= box.x + box.w - box.pad + 0.01, f"{where} is {width:.1f} px wide"
                assert line.y - fonts.ascent(line.size, line.weight) >= box.y - 0.01, where
                assert line.y + fonts.descent(line.size, line.weight) <= box.y + box.h + 0.01, where
        filled = [b for b in layout.boxes if b.fill or b.texts]
        for i, a in enumerate(filled):
            for b in filled[i + 1 :]:
                apart = a.x + a.w <= b.x or b.x + b.w <= a.x or a.y + a.h <= b.y or b.y + b.h <= a.y
                assert apart, f"{layout.name}: boxes overlap: {a} and {b}"


def test_text_is_wrapped_not_cut_and_every_word_is_kept(stress: Guide) -> None:
    for layout in _layouts(stress)[:2]:
        drawn = " ".join(t.text for b in layout.boxes for t in b.texts)
        assert TRICKY in drawn
        assert "Pneumonoultramicroscopicsilicovolcanoconiosis" in drawn.replace(" ", "")


def test_a_long_entry_makes_its_row_taller(fixture_content: Path) -> None:
    def row_height(guide: Guide) -> float:
        layout = infographic(guide, WIDE)
        return next(b.h for b in layout.boxes if b.fill == "aspect" and b.texts[0].text.startswith("Focus"))

    before = row_height(load_guide(fixture_content))
    _edit(fixture_content, "comparison.yml", "beta: [Delivery]", "beta: [" + ", ".join(["Delivery on time"] * 8) + "]")
    assert row_height(load_guide(fixture_content)) > before + 8 * 18


def test_the_svg_is_xml_with_an_accessible_name_and_escaped_text(stress: Guide) -> None:
    title, desc = describe_poster(stress)
    for layout in _layouts(stress):
        root = ET.fromstring(render_svg(stress, layout, title, desc, "@font-face{}"))
        assert root.tag == f"{SVG_NS}svg" and root.get("role") == "img"
        ids = root.get("aria-labelledby", "").split()
        assert [root.find(f".//*[@id='{i}']").tag for i in ids] == [f"{SVG_NS}title", f"{SVG_NS}desc"]
        assert root.find(f"{SVG_NS}title").text == title
        texts = [t.text for t in root.iter(f"{SVG_NS}text")]
        if layout.name != "card":
            assert TRICKY in " ".join(texts), "a value with <, & and quotes did not come out as it was"
        assert "Alpha & Beta < compared >" in " ".join(texts)


def test_the_svg_names_the_font_and_embeds_it() -> None:
    svg = render_pages(REAL)[POSTER_SVG]
    assert 'font-family="&#39;Atkinson Hyperlegible&#39;, sans-serif"' in svg
    assert svg.count("@font-face") == 2 and "data:font/woff;base64," in svg
    assert len(svg.encode()) < 80_000, "the SVG should stay small: the font is a subset"


def _image(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data)).convert("RGB")


def test_pngs_have_the_expected_size_and_real_content() -> None:
    files = render_pages(REAL)
    picture, preview = _image(files[POSTER_PNG]), _image(files[CARD_FILE])
    assert picture.size == (1200, infographic(REAL, WIDE).height)
    assert preview.size == (CARD_WIDTH, CARD_HEIGHT)
    light = palette(REAL.roles, "light")
    for image in (picture, preview):
        colours = {colour for _, colour in image.getcolors(maxcolors=1 << 20)}
        assert len(colours) > 50, "blank or flat image"
        wanted = [light["product"], light["project"], light["ink"]]
        assert all(tuple(int(c[i : i + 2], 16) for i in (1, 3, 5)) in colours for c in wanted)
        # Text was drawn with glyphs: many dark pixels, with anti-aliased edges between them.
        dark = sum(count for count, colour in image.getcolors(maxcolors=1 << 20) if sum(colour) < 200)
        assert dark > 2000


def test_rendered_text_stays_inside_its_boxes() -> None:
    """The same check as above, on pixels: resvg draws only the text, and every inked pixel must
    fall inside a box. Catches any gap between our metrics and the renderer's."""
    for layout in _layouts(REAL):
        bare = Layout(
            layout.name,
            layout.width,
            layout.height,
            tuple(replace(b, fill=None, accent=None, marks=()) for b in layout.boxes),
        )
        drawn = _image(render_png(render_svg(REAL, bare, "t", "d"))).convert("L")
        ink = drawn.point(lambda v: 255 if v < 250 else 0)
        allowed = Image.new("L", drawn.size, 0)
        pen = ImageDraw.Draw(allowed)
        for b in layout.boxes:
            pen.rectangle([b.x + b.pad - 1, b.y - 1, b.x + b.w - b.pad + 1, b.y + b.h + 1], fill=255)
        outside = ImageChops.subtract(ink, allowed)
        assert outside.getbbox() is None, f"{layout.name}: ink outside the boxes at {outside.getbbox()}"
        assert ink.getbbox() is not None, "nothing was drawn"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_text_has_at_least_4_5_to_1_contrast(scheme: str) -> None:
    colours = palette(REAL.roles, scheme)
    for layout in _layouts(REAL):
        for box in layout.boxes:
            behind = colours[box.fill or "bg"]
            for line in box.texts:
                ratio = contrast(colours[line.ink], behind)
                assert ratio >= 4.5, f"{scheme} {layout.name}: {line.ink} on {box.fill}: {ratio:.2f}"
            for mark in box.marks:  # bullets are graphics: 3:1
                assert contrast(colours[mark.ink], behind) >= 3, (scheme, mark)


def test_role_colours_are_the_sites() -> None:
    css = (ROOT / "assets" / "stylesheets" / "extra.css").read_text(encoding="utf-8")
    root_block = re.search(r":root\s*\{(.*?)\}", css, re.S).group(1)
    variables = dict(re.findall(r"(--rg-[a-z-]+):\s*(#[0-9a-fA-F]{6})", root_block))
    light = palette(REAL.roles, "light")
    for role, (strong, soft) in zip(REAL.roles, SITE_VARIABLES, strict=True):
        assert light[role.id].lower() == variables[strong].lower()
        assert light[f"{role.id}-soft"].lower() == variables[soft].lower()


def test_one_content_change_changes_the_table_and_the_poster(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    before = render_pages(load_guide(content))
    _edit(content, "sections/metrics.yml", "- Budget adherence\n", "- Spend kept within the agreed budget\n")
    after = render_pages(load_guide(content))
    for path in ["comparison.md", "infographic.md", POSTER_SVG, POSTER_PNG, "metrics.md"]:
        assert before[path] != after[path], f"{path} did not follow the change"
    assert "Spend kept within the agreed budget" in after["comparison.md"]
    assert "Spend kept within the agreed budget" in after[POSTER_SVG]
    assert "Budget adherence" not in after["comparison.md"] + after[POSTER_SVG]


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        ("comparison.yml", "  - id: focus", "  - id: top", "aspect id 'top' is reserved on the comparison page"),
        ("sections/second.yml", "id: second", "id: comparison", "section id 'comparison' is the address of"),
    ],
)
def test_ids_that_would_collide_with_the_pages_are_refused(
    fixture_content: Path, name: str, old: str, new: str, message: str
) -> None:
    _edit(fixture_content, name, old, new)
    if name.startswith("sections/"):
        guide = yaml.safe_load((fixture_content / "guide.yml").read_text(encoding="utf-8"))
        guide["parts"][0]["sections"] = ["first", "comparison"]
        (fixture_content / "guide.yml").write_text(yaml.safe_dump(guide), encoding="utf-8")
        (fixture_content / name).rename(fixture_content / "sections" / "comparison.yml")
        _edit(fixture_content, "comparison.yml", "section: second", "section: comparison")
    with pytest.raises(ContentError) as caught:
        load_guide(fixture_content)
    assert message in str(caught.value)
