"""The model of content/: value types and page addresses, one pydantic schema per file (schema/), the
cross-file rules (rules/), and the assembled Guide (guide.py). It never reads a file.

Inside the model, imports go one way: guide -> rules -> schema -> text and pages. Its modules import
each other directly, never through this package; the rest of roleguide may import from here.
"""

from .guide import Guide, check_references
from .pages import COMPARISON_ANCHOR, COMPARISON_HEADING, SECTION_ANCHORS, SHARED_ANCHOR
from .schema import FILE_MODELS, SINGLE_FILES
from .schema.assessment import AssessmentFile
from .schema.charter import CharterFile
from .schema.files import (
    Aspect,
    Category,
    ComparisonFile,
    GuideFile,
    Part,
    Role,
    RoleBlock,
    SectionFile,
    SharedBlock,
    Source,
)
from .schema.glossary import GlossaryFile
from .schema.hiring import HiringFile
from .schema.infographic import InfographicFile
from .schema.ownership import OwnershipFile
from .schema.questions import QuestionsFile
from .schema.redirects import RedirectsFile
from .schema.topics import TopicsFile

__all__ = [
    "COMPARISON_ANCHOR",
    "COMPARISON_HEADING",
    "FILE_MODELS",
    "SECTION_ANCHORS",
    "SHARED_ANCHOR",
    "SINGLE_FILES",
    "Aspect",
    "AssessmentFile",
    "Category",
    "CharterFile",
    "ComparisonFile",
    "GlossaryFile",
    "Guide",
    "GuideFile",
    "HiringFile",
    "InfographicFile",
    "OwnershipFile",
    "Part",
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
