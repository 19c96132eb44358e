"""content/redirects.yml: old addresses that keep working after an id changes.

Two kinds: an old page address (/old/) sends the reader to a spot on a live page (the generator
writes a small page at the old address), and an old anchor of a live page (/page/#old) moves to a
live anchor of the same page (a script on the page does it). A target must be live, and a source
must not be, so a redirect can never lead to another redirect: there are no chains and no loops
(rules/redirects.py checks it).
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from ..text import STRICT, Id
from .links import Spot


class PageRedirect(BaseModel):
    model_config = STRICT
    old: Id = Field(alias="from", description="The old page id: the address /<from>/ that must keep working.")
    new: Spot = Field(alias="to", description="Where the old address leads now: a live page, and maybe an anchor.")


class AnchorRedirect(BaseModel):
    model_config = STRICT
    page: Id = Field(description="The live page the old anchor was on (a page id, as in a spot).")
    old: Id = Field(alias="from", description="The old anchor: /<page>/#<from> must keep working.")
    new: Id = Field(alias="to", description="The anchor of the same page it leads to now.")


class RedirectsFile(BaseModel):
    """content/redirects.yml: old page addresses and old anchors, and where each leads now."""

    model_config = STRICT
    pages: list[PageRedirect] = Field(default_factory=list, description="Old page addresses.")
    anchors: list[AnchorRedirect] = Field(default_factory=list, description="Old anchors of live pages.")
