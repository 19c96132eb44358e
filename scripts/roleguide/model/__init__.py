"""The schema of content/: pydantic models per file, the assembled Guide and cross-file rules."""

from .assessment import AssessmentFile
from .files import Aspect, Category, ComparisonFile, GuideFile, Part, Role, RoleBlock, SectionFile, SharedBlock, Source
from .glossary import GlossaryFile
from .guide import (
    COMPARISON_ANCHOR,
    COMPARISON_HEADING,
    SECTION_ANCHORS,
    SHARED_ANCHOR,
    Guide,
    Problem,
    check_references,
)
from .ownership import OwnershipFile
from .questions import QuestionsFile
from .redirects import RedirectsFile
from .topics import TopicsFile

# Which model validates which file: content/<kind>.yml for each single file, and every
# content/sections/*.yml for SectionFile. The loader and the JSON Schema export both read these.
SINGLE_FILES = {
    "guide": GuideFile,
    "comparison": ComparisonFile,
    "assessment": AssessmentFile,
    "ownership": OwnershipFile,
    "glossary": GlossaryFile,
    "topics": TopicsFile,
    "questions": QuestionsFile,
    "redirects": RedirectsFile,
}
FILE_MODELS = {**SINGLE_FILES, "section": SectionFile}

__all__ = [
    "COMPARISON_ANCHOR",
    "COMPARISON_HEADING",
    "FILE_MODELS",
    "SECTION_ANCHORS",
    "SHARED_ANCHOR",
    "Aspect",
    "AssessmentFile",
    "Category",
    "ComparisonFile",
    "GlossaryFile",
    "Guide",
    "GuideFile",
    "OwnershipFile",
    "Part",
    "Problem",
    "QuestionsFile",
    "RedirectsFile",
    "Role",
    "RoleBlock",
    "SectionFile",
    "SharedBlock",
    "Source",
    "TopicsFile",
    "check_references",
]
