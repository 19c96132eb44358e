"""One pydantic model per kind of content file, and the value types they share. Field descriptions end
up in the JSON Schema (`make schema`), so an editor shows them as tooltips while a writer edits the YAML.
"""

from pydantic import BaseModel

from .assessment import AssessmentFile
from .charter import CharterFile
from .files import ComparisonFile, GuideFile, SectionFile
from .glossary import GlossaryFile
from .hiring import HiringFile
from .infographic import InfographicFile
from .ownership import OwnershipFile
from .questions import QuestionsFile
from .redirects import RedirectsFile
from .topics import TopicsFile

# Which model validates which file: content/<kind>.yml for each single file, and every
# content/sections/*.yml for SectionFile. The loader and the JSON Schema export both read these.
SINGLE_FILES: dict[str, type[BaseModel]] = {
    "guide": GuideFile,
    "comparison": ComparisonFile,
    "assessment": AssessmentFile,
    "ownership": OwnershipFile,
    "hiring": HiringFile,
    "charter": CharterFile,
    "infographic": InfographicFile,
    "glossary": GlossaryFile,
    "topics": TopicsFile,
    "questions": QuestionsFile,
    "redirects": RedirectsFile,
}
FILE_MODELS: dict[str, type[BaseModel]] = {**SINGLE_FILES, "section": SectionFile}
