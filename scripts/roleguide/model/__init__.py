"""The schema of content/: pydantic models per file, the assembled Guide and cross-file rules."""

from .files import Aspect, Category, ComparisonFile, GuideFile, Part, Role, RoleBlock, SectionFile, SharedBlock, Source
from .guide import SECTION_ANCHORS, SHARED_ANCHOR, Guide, Problem, check_references

# Which model validates which file: the loader and the JSON Schema export both read this table.
FILE_MODELS = {"guide": GuideFile, "comparison": ComparisonFile, "section": SectionFile}

__all__ = [
    "FILE_MODELS",
    "SECTION_ANCHORS",
    "SHARED_ANCHOR",
    "Aspect",
    "Category",
    "ComparisonFile",
    "Guide",
    "GuideFile",
    "Part",
    "Problem",
    "Role",
    "RoleBlock",
    "SectionFile",
    "SharedBlock",
    "Source",
    "check_references",
]
