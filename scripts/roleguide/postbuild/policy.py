"""The site's Content-Security-Policy written into every page (roleguide/csp.py says what it holds).

Last among the steps that change pages: the policy hashes every inline script and style of every
page as the pages will be served.
"""

from __future__ import annotations

from ..csp import site_policy, with_policy
from .site import BuiltSite


def secure(site: BuiltSite) -> list[str]:
    """Step: the site's policy first in every page's <head>. Raises ValueError naming a page that has
    no <head> to hold it."""
    text = site_policy(site.root, site.pages)
    changed = []
    for name, html in site.pages.items():
        try:
            secured = with_policy(html, text)
        except ValueError as error:
            raise ValueError(f"{site.root / name}: {error}; it cannot carry the Content-Security-Policy") from None
        if site.set_page(name, secured):
            changed.append(name)
    return changed
