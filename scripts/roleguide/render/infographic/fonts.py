"""The infographic's font: metrics for laying out text, and a subset to embed in the SVG.

The font files in fonts/ (Atkinson Hyperlegible, SIL Open Font License 1.1, see fonts/README.md) are
the only fonts the PNG renderer loads, and the SVG embeds a subset of the same files, so the widths
measured here are the widths that resvg and the browser draw. Reading these two files is the only
I/O in the whole rendering step.

fontTools reads the tables; it has no text shaper, so the width of a line is computed here by hand:
the glyph advances plus the pair kerning of the font's `kern` feature (GPOS lookup type 2), which is
what HarfBuzz (the browser) and rustybuzz (resvg) apply to plain Latin text. The font has no
ligatures in its default features, so one character is one glyph.
"""

from __future__ import annotations

import base64
import io
import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from fontTools import subset
from fontTools.ttLib import TTFont

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FAMILY = "Atkinson Hyperlegible"
REGULAR, BOLD = 400, 700
FONT_FILES = {REGULAR: FONT_DIR / "AtkinsonHyperlegible-Regular.ttf", BOLD: FONT_DIR / "AtkinsonHyperlegible-Bold.ttf"}


@dataclass(frozen=True)
class Metrics:
    """What layout needs from one font file, in font units."""

    units_per_em: int
    ascent: int
    descent: int  # positive: how far glyphs reach below the baseline
    glyph_of: Mapping[int, str]
    advance: Mapping[str, int]
    kerning: tuple[_PairTable, ...]  # the kern feature's pair tables, in lookup order

    def kern(self, left: str, right: str) -> int:
        """HarfBuzz's rule: the first table that covers the left glyph and knows the pair decides."""
        for table in self.kerning:
            value = table.value(left, right)
            if value is not None:
                return value
        return 0


@dataclass(frozen=True)
class _PairTable:
    """One GPOS PairPos subtable, indexed for lookups: format 1 lists glyph pairs, format 2 classes."""

    pairs: Mapping[str, Mapping[str, int]] | None
    covered: frozenset[str]
    first_class: Mapping[str, int]
    second_class: Mapping[str, int]
    class_values: tuple[tuple[int, ...], ...]

    @classmethod
    def of(cls, table: Any) -> _PairTable:
        if table.Format == 1:
            pairs = {
                first: {p.SecondGlyph: getattr(p.Value1, "XAdvance", 0) or 0 for p in pair_set.PairValueRecord}
                for first, pair_set in zip(table.Coverage.glyphs, table.PairSet, strict=True)
            }
            return cls(pairs, frozenset(pairs), {}, {}, ())
        values = tuple(
            tuple(getattr(c2.Value1, "XAdvance", 0) or 0 for c2 in c1.Class2Record) for c1 in table.Class1Record
        )
        return cls(None, frozenset(table.Coverage.glyphs), table.ClassDef1.classDefs, table.ClassDef2.classDefs, values)

    def value(self, left: str, right: str) -> int | None:
        if left not in self.covered:
            return None
        if self.pairs is not None:
            return self.pairs[left].get(right)
        return self.class_values[self.first_class.get(left, 0)][self.second_class.get(right, 0)]


def _kern_tables(font: TTFont) -> tuple[_PairTable, ...]:
    if "GPOS" not in font:
        return ()
    gpos = font["GPOS"].table
    indexes = sorted(
        {i for rec in gpos.FeatureList.FeatureRecord if rec.FeatureTag == "kern" for i in rec.Feature.LookupListIndex}
    )
    tables = []
    for index in indexes:
        for table in gpos.LookupList.Lookup[index].SubTable:
            table = getattr(table, "ExtSubTable", None) or table  # unwrap extension lookups (type 9)
            if table.LookupType == 2:
                tables.append(_PairTable.of(table))
    return tuple(tables)


@cache
def metrics(weight: int) -> Metrics:
    font = TTFont(FONT_FILES[weight], lazy=False)
    return Metrics(
        units_per_em=font["head"].unitsPerEm,
        ascent=font["hhea"].ascent,
        descent=-font["hhea"].descent,
        glyph_of=dict(font.getBestCmap()),
        advance={name: width for name, (width, _) in font["hmtx"].metrics.items()},
        kerning=_kern_tables(font),
    )


@cache
def _glyph_run_units(weight: int, text: str) -> int:
    m = metrics(weight)
    glyphs = [m.glyph_of.get(ord(ch), ".notdef") for ch in text]
    units = sum(m.advance[g] for g in glyphs)
    return units + sum(m.kern(a, b) for a, b in itertools.pairwise(glyphs))


def text_width(text: str, size: float, weight: int = REGULAR) -> float:
    """Width in px of one line of text at font-size `size`, as the renderer lays it out."""
    return _glyph_run_units(weight, text) * size / metrics(weight).units_per_em


def ascent(size: float, weight: int = REGULAR) -> float:
    m = metrics(weight)
    return m.ascent * size / m.units_per_em


def descent(size: float, weight: int = REGULAR) -> float:
    m = metrics(weight)
    return m.descent * size / m.units_per_em


def _split_word(word: str, size: float, weight: int, width: float) -> list[str]:
    """A word wider than the box is cut where it must be (rare: a long name in a narrow column)."""
    pieces, current = [], ""
    for ch in word:
        if current and text_width(current + ch, size, weight) > width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    return [*pieces, current]


def wrap(text: str, size: float, width: float, weight: int = REGULAR) -> list[str]:
    """Greedy word wrap: the fewest lines, each no wider than `width` px (measured, never guessed)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, size, weight) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if text_width(word, size, weight) <= width:
            current = word
        else:
            *full, current = _split_word(word, size, weight, width)
            lines.extend(full)
    if current:
        lines.append(current)
    return lines


@lru_cache(maxsize=8)
def _subset_woff(weight: int, text: str) -> bytes:
    """Only the glyphs the infographic uses, as WOFF. The head table keeps its dates, so the
    bytes depend on the font and the text alone. Kept for the next build of a `mkdocs serve`
    session: subsetting takes about a second, and most edits do not change the letters used."""
    options = subset.Options()
    options.flavor = "woff"
    options.layout_features = ["kern"]
    options.hinting = False
    options.name_IDs = ["*"]  # keep the copyright and licence notices inside the font
    font = TTFont(FONT_FILES[weight], recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = "woff"
    font.save(out, reorderTables=True)
    return out.getvalue()


def font_face_css(text_by_weight: Mapping[int, Iterable[str]]) -> str:
    """@font-face rules that carry the subset fonts inline (data: URLs), so the SVG is one
    self-contained file and the page that shows it makes no request for a font."""
    rules = []
    for weight in sorted(text_by_weight):
        chars = "".join(sorted(set("".join(text_by_weight[weight])) | {" "}))
        data = base64.b64encode(_subset_woff(weight, chars)).decode("ascii")
        rules.append(
            f'@font-face{{font-family:"{FAMILY}";font-weight:{weight};font-style:normal;'
            f'src:url("data:font/woff;base64,{data}") format("woff")}}'
        )
    return "\n".join(rules)
