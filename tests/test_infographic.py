"""The infographic (/infographic/): every line fits its frame by the font's metrics and on pixels, no
text under 16 px, contrast in both schemes, the colour behind each line is the one it claims, icons
embedded with their licence, the article's limits (no phase order, parallel careers), and a picture
that follows content/. The poster and the social card: test_poster.py."""

from __future__ import annotations

import io
import math
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from PIL import Image, ImageChops, ImageDraw

from conftest import FIXTURE_CONTENT, ROOT
from roleguide.load import load_guide
from roleguide.model import Guide
from roleguide.render import render_pages
from roleguide.render.infographic import fonts, icons
from roleguide.render.infographic.data import display_address, picture
from roleguide.render.infographic.page import PICTURES, PNG_FILE, SVG_FILE
from roleguide.render.infographic.palette import SCHEMES, contrast, palette
from roleguide.render.infographic.picture import NARROW, WIDE, compose
from roleguide.render.infographic.raster import render_png
from roleguide.render.infographic.scene import MIN_TEXT, Circle, Line, Rect, Scene, Text, Use
from roleguide.render.infographic.svg import render_scene, scene_fonts

SVG_NS = "{http://www.w3.org/2000/svg}"
REAL = load_guide(ROOT / "content")
FIXTURE = load_guide(FIXTURE_CONTENT)
ADDRESS = "https://owner.github.io/role-guide/"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _scenes(guide: Guide, site_url: str | None = ADDRESS) -> list[Scene]:
    shown = picture(guide, site_url)
    return [compose(shown, WIDE), compose(shown, NARROW)]


@pytest.fixture
def stress(fixture_content: Path) -> Guide:
    """Fixture content with long, unbroken values full of XML syntax, and many entries per panel."""
    sections = fixture_content / "sections"
    for name in ("first.yml", "second.yml"):
        data = yaml.safe_load((sections / name).read_text(encoding="utf-8"))
        data["roles"]["alpha"]["facts"] += ["Pneumonoultramicroscopicsilicovolcanoconiosis", 'Costs < 5 & "quoted"']
        data["roles"]["beta"]["facts"] += [f"A much longer entry number {i} that has to wrap" for i in range(4)]
        (sections / name).write_text(yaml.safe_dump(data), encoding="utf-8")
    _edit(
        fixture_content / "guide.yml", "title: Alpha & Beta < compared >", "title: " + "Alpha & Beta < compared > " * 3
    )
    return load_guide(fixture_content)


def _frame_problems(scene: Scene) -> list[str]:
    """Every line inside its frame: its rectangle, the circles it must be in, those it must be out of."""
    found = []
    for t in scene.texts():
        f, where = t.frame, f"{scene.name}: {t.text!r}"
        left, right = t.x, t.x + t.width
        top, bottom = t.y - fonts.ascent(t.size, t.weight), t.y + fonts.descent(t.size, t.weight)
        if left < f.x - 0.01 or right > f.x + f.w + 0.01 or top < f.y - 0.01 or bottom > f.y + f.h + 0.01:
            found.append(f"{where} leaves its frame {f.x, f.y, f.w, f.h}: {left, top, right, bottom}")
        corners = [(left, top), (right, top), (left, bottom), (right, bottom)]
        for c in f.inside:
            if any(math.hypot(x - c.cx, y - c.cy) > c.r + 0.01 for x, y in corners):
                found.append(f"{where} reaches out of the circle at {c.cx, c.cy}")
        for c in f.outside:
            nearest = (min(max(c.cx, left), right), min(max(c.cy, top), bottom))
            if math.hypot(nearest[0] - c.cx, nearest[1] - c.cy) < c.r - 0.01:
                found.append(f"{where} reaches into the circle at {c.cx, c.cy}")
        if not (f.x >= 0 and f.x + f.w <= scene.width + 0.01 and f.y >= 0 and f.y + f.h <= scene.height + 0.01):
            found.append(f"{where}: its frame leaves the canvas")
    return found


@pytest.mark.parametrize("which", ["real", "fixture", "stress"])
def test_every_line_fits_its_frame_by_the_fonts_metrics(which: str, request: pytest.FixtureRequest) -> None:
    guide = {"real": REAL, "fixture": FIXTURE}.get(which) or request.getfixturevalue("stress")
    for scene in _scenes(guide):
        assert _frame_problems(scene) == []


def test_the_fit_check_finds_a_line_out_of_its_frame_or_circle() -> None:
    """The check above on a planted defect: a line moved past its box, and one into the other circle."""
    scene = _scenes(REAL)[0]
    texts = scene.texts()
    boxed = next(t for t in texts if not t.frame.inside)
    circled = next(t for t in texts if t.frame.outside)
    other = circled.frame.outside[0]
    moved = {
        id(boxed): replace(boxed, x=boxed.frame.x + boxed.frame.w - 2),
        id(circled): replace(circled, x=other.cx - circled.width / 2, y=other.cy),
    }
    planted = replace(scene, shapes=tuple(moved.get(id(s), s) for s in scene.shapes))
    problems = _frame_problems(planted)
    assert any("leaves its frame" in p and repr(boxed.text) in p for p in problems), problems
    assert any("into the circle" in p and repr(circled.text) in p for p in problems), problems


def test_the_canvas_is_1080_by_1350_and_the_phone_drawing_one_column_360_wide() -> None:
    wide, narrow = _scenes(REAL)
    assert (wide.width, wide.height) == (1080, 1350), "the real content no longer fits the portrait canvas"
    assert narrow.width == 360
    panels = [s for s in narrow.shapes if isinstance(s, Rect) and s.fill == "panel"]
    assert len(panels) == 5 and all(p.x == panels[0].x and p.w == panels[0].w for p in panels), "not one column"


def test_long_content_makes_the_canvas_taller_and_keeps_every_word(stress: Guide) -> None:
    for scene in _scenes(stress):
        drawn = " ".join(t.text for t in scene.texts())
        for fact in ('Costs < 5 & "quoted"', "A much longer entry number 3 that has to wrap"):
            assert fact.split()[-1] in drawn
        assert "Pneumonoultramicroscopicsilicovolcanoconiosis" in drawn.replace(" ", "")
    assert _scenes(stress)[0].height > 1350


def _small(scene: Scene) -> list[str]:
    return [f"{scene.name}: {t.text!r} is {t.size} px" for t in scene.texts() if t.size < MIN_TEXT]


def test_no_text_is_smaller_than_16_px() -> None:
    assert MIN_TEXT == 16
    for guide in (REAL, FIXTURE):
        for scene in _scenes(guide):
            assert _small(scene) == []


def test_shapes_do_not_overlap_across_panels() -> None:
    for scene in _scenes(REAL):
        boxes = [s for s in scene.shapes if isinstance(s, Rect) and s.rx == 12]  # the panels and the role cards
        assert len(boxes) == 7
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                apart = a.x + a.w <= b.x or b.x + b.w <= a.x or a.y + a.h <= b.y or b.y + b.h <= a.y
                assert apart, f"{scene.name}: {a} overlaps {b}"


def _low_contrast(scene: Scene, colours: dict[str, str]) -> list[str]:
    """Text under 4.5:1 against what is behind it; pictograms (graphics) under 3:1."""
    found = []
    for s in scene.shapes:
        if isinstance(s, Text | Use):
            ratio, least = contrast(colours[s.ink], colours[s.bg]), 4.5 if isinstance(s, Text) else 3
            if ratio < least:
                found.append(
                    f"{scene.name}: {getattr(s, 'text', getattr(s, 'icon', ''))!r} {s.ink} on {s.bg}: {ratio:.2f}"
                )
    return found


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_text_reaches_4_5_to_1_and_every_icon_3_to_1(scheme: str) -> None:
    for guide in (REAL, FIXTURE):
        colours = palette(guide.roles, scheme)
        for scene in _scenes(guide):
            assert _low_contrast(scene, colours) == [], scheme


def _image(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data)).convert("RGB")


def _rgb(colour: str) -> tuple[int, int, int]:
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return red, green, blue


def _wrong_background(scene: Scene, colours: dict[str, str]) -> list[str]:
    """Drawn without its text, the picture shows, inside each line's box, mostly the colour the line
    names as its background (within 2 levels per channel)."""
    bare = replace(scene, shapes=tuple(s for s in scene.shapes if not isinstance(s, Text | Use)))
    image = _image(render_png(render_scene(bare, colours, "t", "d", "")))
    found = []
    for t in scene.texts():
        box = (round(t.x), round(t.y - t.size * 0.7), round(t.x + t.width), round(t.y))
        common, _ = Counter(image.crop(box).get_flattened_data()).most_common(1)[0]
        if max(abs(a - b) for a, b in zip(common, _rgb(colours[t.bg]), strict=True)) > 2:
            found.append(f"{scene.name}: {t.text!r} claims {t.bg} but sits on {common}")
    return found


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_colour_behind_each_line_is_the_one_its_contrast_was_checked_on(scheme: str) -> None:
    colours = palette(REAL.roles, scheme)
    for scene in _scenes(REAL):
        assert _wrong_background(scene, colours) == []


def _ink_outside(scene: Scene, drawn_as: Scene | None = None) -> tuple[int, int, int, int] | None:
    """resvg draws only the text (of `drawn_as`, by default the scene itself): the box of the inked
    pixels outside every line's measured box."""
    colours = palette(REAL.roles, "light") | {"bg": "#ffffff"}
    texts = [replace(t, ink="ink") for t in scene.texts()]
    drawn_texts = [replace(t, ink="ink") for t in (drawn_as or scene).texts()]
    bare = replace(scene, shapes=(Rect(0, 0, scene.width, scene.height, "bg"), *drawn_texts))
    drawn = _image(render_png(render_scene(bare, colours, "t", "d", scene_fonts([scene])))).convert("L")
    ink = drawn.point(lambda v: 255 if v < 250 else 0)
    assert ink.getbbox() is not None, "nothing was drawn"
    allowed = Image.new("L", drawn.size, 0)
    pen = ImageDraw.Draw(allowed)
    for t in texts:
        top, bottom = t.y - fonts.ascent(t.size, t.weight), t.y + fonts.descent(t.size, t.weight)
        pen.rectangle([t.x - 1, top - 1, t.x + t.width + 1, bottom + 1], fill=255)
    return ImageChops.subtract(ink, allowed).getbbox()


def test_rendered_text_stays_inside_its_measured_box() -> None:
    """Catches any gap between our metrics and the renderer's."""
    for scene in _scenes(REAL):
        assert _ink_outside(scene) is None, scene.name


def test_the_checks_fail_on_planted_defects() -> None:
    """A line a size too small, a pale colour, a line that claims the wrong background, and a line whose
    text is longer than the width it was measured for: each check above reports its defect."""
    scene = _scenes(REAL)[0]
    first = scene.texts()[0]
    on_card = next(t for t in scene.texts() if t.bg == REAL.roles[0].id)

    def planted(old: Text, new: Text) -> Scene:
        return replace(scene, shapes=tuple(new if s is old else s for s in scene.shapes))

    assert _small(planted(first, replace(first, size=15))) != []
    light = palette(REAL.roles, "light")
    assert _low_contrast(scene, light | {"muted": "#9aa0a8"}) != []
    assert _wrong_background(planted(on_card, replace(on_card, bg="panel")), light) != []
    # The renderer drawing a line larger than it was measured: its ink leaves the measured box.
    assert _ink_outside(scene, planted(first, replace(first, size=first.size * 1.05))) is not None


def _svg(guide: Guide = REAL, site_url: str | None = ADDRESS) -> str:
    svg = render_pages(guide, site_url)[SVG_FILE]
    assert isinstance(svg, str)
    return svg


def test_the_svg_is_an_accessible_image_that_names_its_font_and_icons() -> None:
    root = ET.fromstring(_svg())
    assert root.tag == f"{SVG_NS}svg" and root.get("role") == "img"
    assert (root.get("width"), root.get("height")) == ("1080", "1350")
    ids = root.get("aria-labelledby", "").split()
    assert [root.find(f".//*[@id='{i}']").tag for i in ids] == [f"{SVG_NS}title", f"{SVG_NS}desc"]
    desc = root.find(f"{SVG_NS}desc").text
    assert "names the role it belongs to" in desc and "teal" in desc and "TPjM" in desc
    metadata = root.find(f"{SVG_NS}metadata").text
    for name in ("Material Design Icons", "Apache License 2.0", "Atkinson Hyperlegible", "SIL Open Font License"):
        assert name in metadata


def test_each_drawing_embeds_its_font_subset_and_icons_and_stays_small() -> None:
    files = render_pages(REAL, ADDRESS)
    for path in PICTURES.values():
        svg = files[path]
        assert svg.count("@font-face") == 2 and "data:font/woff;base64," in svg, path
        used = set(re.findall(r'href="#i-([a-z0-9-]+)"', svg))
        defined = re.findall(r'<path id="i-([a-z0-9-]+)"', svg)
        assert used == set(defined) and len(defined) == len(set(defined)), path
        assert all((icons.icon_folder() / f"{name}.svg").is_file() for name in used)
        assert "http" not in re.sub(r'xmlns="http://www.w3.org/2000/svg"|https://www.apache.org/\S+', "", svg)
        assert len(svg.encode()) < 50_000, f"{path} is {len(svg.encode())} bytes"


def test_values_are_escaped_for_xml() -> None:
    root = ET.fromstring(_svg(FIXTURE))
    drawn = " ".join(t.text for t in root.iter(f"{SVG_NS}text"))
    for value in ("Alpha & Beta < compared >", "Who does what & when < phases >", 'Skills & "quotes"', "Check < 3"):
        assert value in drawn


def test_every_metric_and_phase_has_a_pictogram_of_its_own() -> None:
    shown = picture(REAL)
    metrics = [m for role in shown.metrics.roles for m in role.items]
    chosen = [icons.metric_icon(m) for m in metrics]
    assert icons.METRIC_DEFAULT not in chosen and len(set(chosen)) == len(chosen), dict(
        zip(metrics, chosen, strict=True)
    )
    phases = [icons.phase_icon(p) for p in shown.lifecycle.phases]
    assert icons.PHASE_DEFAULT not in phases and len(set(phases)) == len(phases)
    assert icons.metric_icon("Net promoter trend") == icons.METRIC_DEFAULT, "an unknown metric gets the neutral icon"
    wide = _scenes(REAL)[0]
    assert sum(1 for s in wide.shapes if isinstance(s, Use) and s.icon in chosen) == len(metrics)


def test_colour_is_never_the_only_cue() -> None:
    """Each bar of the swimlane says its level in words; each part of the circles and each lane names
    its role; each level has its own fill style (solid, tinted, dashed)."""
    legend = {level: getattr(REAL.ownership.legend, level).label for level in ("decides", "contributes", "informed")}
    for scene in _scenes(REAL):
        texts = [t.text for t in scene.texts()]
        for label in legend.values():
            assert texts.count(f"{label}:") == 2, (scene.name, label)
        for role in REAL.roles:
            assert texts.count(role.short) >= 5, (scene.name, role.short)  # card, lane, circle, career, captions
        assert "Both" in texts
        dashed = [s for s in scene.shapes if isinstance(s, Rect) and s.dashed]
        assert len(dashed) >= 2


def test_phases_are_drawn_in_the_articles_listing_with_no_arrow_between_them() -> None:
    """The article lists design, development, testing and launch; it gives them no order. The picture
    draws them in the listing's order and joins them with no line or arrow."""
    wide = _scenes(REAL)[0]
    phases = list(REAL.section("lifecycle").shared.facts)
    heads = [t for t in wide.texts() if t.text in phases and t.weight == fonts.BOLD]
    assert [t.text for t in sorted(heads, key=lambda t: t.x)] == phases
    panel_bottom = max(t.y for t in wide.texts() if t.text.startswith(tuple(f"{v}:" for v in ("Decides", "Kept"))))
    assert not [s for s in wide.shapes if isinstance(s, Line) and s.y1 < panel_bottom], "a line in the swimlane"


def test_career_destinations_branch_in_parallel_from_the_role() -> None:
    """Parallel options, not a ladder: for each role, every line starts at the same point (the role)
    and ends at a different destination."""
    for scene in _scenes(REAL):
        lines = [s for s in scene.shapes if isinstance(s, Line)]
        for role in REAL.roles:
            own = [line for line in lines if line.ink == f"{role.id}-tag"]
            titles = REAL.section("career").roles[role.id].facts
            assert len(own) == len(titles)
            assert len({(line.x1, line.y1) for line in own}) == 1
            assert len({(line.x2, line.y2) for line in own}) == len(titles)


def test_the_footer_names_the_source_and_the_published_address() -> None:
    assert display_address("https://owner.github.io/role-guide/") == "owner.github.io/role-guide"
    assert display_address("https://example.org") == "example.org"
    for local in (None, "", "http://127.0.0.1:8000/", "http://localhost:8000/"):
        assert display_address(local) is None
    texts = [t.text for t in _scenes(REAL)[0].texts()]
    assert any("M Clark" in t and "5 March 2025" in t for t in texts)
    assert "The Role Guide \u00b7 owner.github.io/role-guide" in texts
    assert "The Role Guide" in [t.text for t in _scenes(REAL, "http://127.0.0.1:8000/")[0].texts()]


def test_the_png_is_the_canvas_with_real_content() -> None:
    png = render_pages(REAL, ADDRESS)[PNG_FILE]
    assert isinstance(png, bytes)
    image = _image(png)
    assert image.size == (1080, 1350)
    found = {colour for _, colour in image.getcolors(maxcolors=1 << 20)}
    light = palette(REAL.roles, "light")
    assert all(_rgb(light[name]) in found for name in ("product", "project", "ink", "panel"))
    dark = sum(count for count, colour in image.getcolors(maxcolors=1 << 20) if sum(colour) < 200)
    assert dark > 5000, "no text was drawn"


def test_a_change_in_content_changes_the_picture_with_no_other_edit(tmp_path: Path) -> None:
    """A new tool, a renamed job title and a changed level in the ownership matrix reach the picture
    (every drawing and the PNG) and its text version."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    before = render_pages(load_guide(content), ADDRESS)
    _edit(content / "sections" / "tools.yml", "      - Roadmunk\n", "      - Roadmunk\n      - Miro\n")
    _edit(content / "sections" / "career.yml", "      - PMO Director\n", "      - Head of the PMO\n")
    timeline = "roles: {product: contributes, project: decides}\n        why: >-\n          The project manager manages"
    _edit(content / "ownership.yml", timeline, timeline.replace("product: contributes", "product: informed"))
    after = render_pages(load_guide(content), ADDRESS)
    for path in [*PICTURES.values(), PNG_FILE, "infographic.md"]:
        assert before[path] != after[path], f"{path} did not follow the change"
    for path in [*PICTURES.values(), "infographic.md"]:
        text = str(after[path])
        assert "Miro" in text and "Head of the PMO" in text and "PMO Director" not in text, path
    drawn = [t.text for t in _scenes(load_guide(content))[0].texts()]
    timeline = next(a.title for g in REAL.ownership.groups for a in g.activities if a.id == "timeline")
    execution = next(a.title for g in REAL.ownership.groups for a in g.activities if a.id == "execution")
    # The product lane (drawn first, up to its short name) now keeps the timeline informed, next to the
    # execution, and no longer contributes to it.
    start = drawn.index(REAL.infographic.lifecycle.heading)
    lane = drawn[start : drawn.index(REAL.roles[0].short, start)]
    assert lane[lane.index("Kept informed:") + 1] == f"{execution} · {timeline}"
    assert timeline not in lane[lane.index("Contributes:") + 1]


def test_the_skills_that_do_not_fit_the_circles_are_listed_under_them(fixture_content: Path) -> None:
    path = fixture_content / "sections" / "first.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["roles"]["alpha"]["facts"] = [f"A long skill name, number {i}" for i in range(14)]
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    guide = load_guide(fixture_content)
    for scene in _scenes(guide):
        assert _frame_problems(scene) == []
        drawn = " ".join(t.text for t in scene.texts())
        assert all(f"number {i}" in drawn for i in range(14))
        circles = [s for s in scene.shapes if isinstance(s, Circle) and s.fill]
        assert len(circles) >= 2, "the circles are still drawn, with their labels"
