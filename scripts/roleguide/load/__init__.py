"""Reading content/: YAML files -> validated models -> one Guide, or a ContentError that lists every
mistake as file:line: field: what to do. The only layer that reads content/."""

from .read import ContentError, Located, display, load_guide

__all__ = ["ContentError", "Located", "display", "load_guide"]
