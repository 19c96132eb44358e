"""The infographic, in one place: its layout (layout.py, measured with the vendored font of fonts.py
and fonts/), its colours (palette.py), the SVG (svg.py) and PNG (raster.py) drawings, and the page
and downloads that show them (page.py). Imports go one way: page -> svg, raster -> layout -> fonts,
palette."""
