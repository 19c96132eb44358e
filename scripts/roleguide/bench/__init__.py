"""`make bench`: numbers about the site's cost (build times, page weights, search index, Lighthouse,
growth with synthetic guides). Run it as `python -m roleguide.bench`; see run.py."""
