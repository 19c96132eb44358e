"""The schema of content/: pydantic models per file, the assembled Guide and cross-file rules."""

from .files import Aspect, Category, ComparisonFile, GuideFile, Part, Role, RoleBlock, SectionFile, SharedBlock, Source
from .guide import SECTION_ANCHORS, SHARED_ANCHOR, Guide, Problem, check_references

# Which model validates which file: content/<kind>.yml for each single file, and every
# content/sections/*.yml for SectionFile. The loader and the JSON Schema export both read these.
SINGLE_FILES = {"guide": GuideFile, "comparison": ComparisonFile}
FILE_MODELS = {**SINGLE_FILES, "section": SectionFile}

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
