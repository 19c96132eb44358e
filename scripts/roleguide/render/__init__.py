"""Rendering: Guide -> {path inside docs/: file content}, as pure functions of the model.

Inside render/, imports go one way: registry -> cards/ (every page's link-preview card) -> one module
per kind of page (infographic/ is the picture's own folder; alert, the panel of content errors under
`mkdocs serve`) -> base (environments, escaping, context)
-> links, previews (what each card says), drawing. This package re-exports what the entry points call.
"""

from .alert import ProblemPanel, content_panel, message_panel, with_panel
from .drawing import Drawing
from .redirects import anchor_map
from .registry import RENDERERS, render_pages

__all__ = [
    "RENDERERS",
    "Drawing",
    "ProblemPanel",
    "anchor_map",
    "content_panel",
    "message_panel",
    "render_pages",
    "with_panel",
]
