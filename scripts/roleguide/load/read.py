"""Reading content/: bytes -> text -> YAML nodes -> validated models -> Guide.

Every failure becomes a Located problem (file, line, field path, what to do) and all of them are raised
together as one ContentError; no raw dict travels past this module.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from ..model import (
    SINGLE_FILES,
    AssessmentFile,
    CharterFile,
    ComparisonFile,
    GlossaryFile,
    Guide,
    GuideFile,
    HiringFile,
    InfographicFile,
    OwnershipFile,
    QuestionsFile,
    RedirectsFile,
    SectionFile,
    TopicsFile,
    check_references,
)
from .hints import hint_for

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True, order=True)
class Located:
    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class ContentError(Exception):
    """One or more content mistakes. str() lists each on its own line, ready for a terminal."""

    def __init__(self, problems: list[Located]) -> None:
        self.problems = sorted(problems)
        super().__init__(str(self))

    def __str__(self) -> str:
        count = len(self.problems)
        head = f"content error: {count} problem{'s' if count != 1 else ''} to fix"
        return "\n".join([head, *(f"  {p}" for p in self.problems)])


def display(path: Path) -> str:
    """The path as a writer would type it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def field_path(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part != "[key]":
            out += f".{part}" if out else str(part)
    return out


def _node_at(root: yaml.Node, loc: tuple[Any, ...]) -> yaml.Node:
    """The YAML node a pydantic loc points at: the key of a field, the item of a list, or, for a
    field that is missing, the key (or list item) of the mapping that lacks it."""
    node = where = root
    for part in loc:
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            pair = next(((k, v) for k, v in node.value if k.value == part), None)
            if pair is None:
                return where
            where, node = pair
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            where = node = node.value[part]
        else:
            return where
    return where


def _line(root: yaml.Node, loc: tuple[Any, ...]) -> int:
    return _node_at(root, loc).start_mark.line + 1


def _duplicate_keys(node: yaml.Node, path: tuple[Any, ...] = ()) -> Iterator[tuple[int, str, str]]:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            if key.value in seen:
                yield (
                    key.start_mark.line + 1,
                    field_path((*path, key.value)),
                    "this key appears twice in the same mapping; keep one",
                )
            seen.add(key.value)
            yield from _duplicate_keys(value, (*path, key.value))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            yield from _duplicate_keys(item, (*path, i))


def read_yaml(path: Path) -> tuple[Any, yaml.Node]:
    """Parse one file, or raise ContentError saying why it is not a usable YAML mapping."""
    name = display(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ContentError([Located(name, 0, "", f"cannot be read ({exc.strerror}); check the path")]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError(
            [Located(name, line, "", f"is not UTF-8 text (byte 0x{raw[exc.start]:02x}); save the file as UTF-8")]
        ) from None
    try:
        node = yaml.compose(text, Loader=Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        what = getattr(exc, "problem", None) or str(exc)
        raise ContentError(
            [
                Located(
                    name,
                    mark.line + 1 if mark else 0,
                    "",
                    f"is not valid YAML ({what}); check indentation, colons and quotes around that line",
                )
            ]
        ) from None
    if node is None:
        raise ContentError(
            [Located(name, 1, "", "is empty; it must hold the fields described in content/schema/")]
        ) from None
    if not isinstance(node, yaml.MappingNode):
        raise ContentError(
            [
                Located(
                    name,
                    node.start_mark.line + 1,
                    "",
                    "must be a mapping of fields ('name: value' lines), not a list or a single value",
                )
            ]
        )
    duplicates = [Located(name, line, field, msg) for line, field, msg in _duplicate_keys(node)]
    if duplicates:
        raise ContentError(duplicates)
    return yaml.load(text, Loader=Loader), node


def load_file(path: Path, model: type[M]) -> tuple[M, yaml.Node]:
    data, node = read_yaml(path)
    try:
        return model.model_validate(data), node
    except ValidationError as exc:
        name = display(path)
        raise ContentError(
            [
                Located(name, _line(node, err["loc"]), field_path(err["loc"]), hint_for(err, model))
                for err in exc.errors(include_url=False)
            ]
        ) from None


def load_guide(content: Path) -> Guide:
    """Load and check the whole of content/. Raises ContentError with every problem found."""
    problems: list[Located] = []
    nodes: dict[str, yaml.Node] = {}

    def attempt(path: Path, model: type[M]) -> M | None:
        if not path.is_file():
            problems.append(Located(display(path), 0, "", "is missing; see content/README.md for the content layout"))
            return None
        try:
            parsed, nodes[display(path)] = load_file(path, model)
            return parsed
        except ContentError as exc:
            problems.extend(exc.problems)
            return None

    files = {
        kind: (display(content / f"{kind}.yml"), attempt(content / f"{kind}.yml", model))
        for kind, model in SINGLE_FILES.items()
    }
    sections: dict[str, SectionFile] = {}
    section_files = sorted((content / "sections").glob("*.yml"))
    if not section_files:
        problems.append(Located(display(content / "sections"), 0, "", "holds no section files (*.yml)"))
    for path in section_files:
        section = attempt(path, SectionFile)
        if section is None:
            continue
        if section.id != path.stem:
            problems.append(
                Located(
                    display(path),
                    _line(nodes[display(path)], ("id",)),
                    "id",
                    f"is '{section.id}' but the file is {path.name}: rename one so they match",
                )
            )
        sections[display(path)] = section
    if problems:
        raise ContentError(problems)

    cross = check_references(files, sections)
    if cross:
        raise ContentError([Located(p.key, _line(nodes[p.key], p.loc), field_path(p.loc), p.message) for p in cross])

    def parsed(kind: str, model: type[M]) -> M:
        value = files[kind][1]
        assert isinstance(value, model), kind  # `problems` is empty: every file was parsed
        return value

    by_id = {s.id: s for s in sections.values()}
    site = parsed("guide", GuideFile)
    ordered = tuple(by_id[sid] for part in site.parts for sid in part.section_ids())
    return Guide(
        site=site,
        sections=ordered,
        comparison=parsed("comparison", ComparisonFile),
        assessment=parsed("assessment", AssessmentFile),
        ownership=parsed("ownership", OwnershipFile),
        hiring=parsed("hiring", HiringFile),
        charter=parsed("charter", CharterFile),
        infographic=parsed("infographic", InfographicFile),
        glossary=parsed("glossary", GlossaryFile),
        topics=parsed("topics", TopicsFile),
        questions=parsed("questions", QuestionsFile),
        redirects=parsed("redirects", RedirectsFile),
    )
