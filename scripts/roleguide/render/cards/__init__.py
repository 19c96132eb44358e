"""The link-preview card of every page: what it says comes from previews.py, where each line goes from
layout.py (measured with the infographic's font), the SVG from svg.py, and the files from page.py.
Imports go one way: page -> svg -> layout."""
