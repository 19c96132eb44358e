"""The MkDocs hooks (mkdocs.yml, `hooks:`): generate.py regenerates the pages before each build, and
publish.py publishes the downloads and fixes the one-page print copy. MkDocs loads each by its file
path, so they use absolute imports. Nothing a page needs depends on them: Zensical ignores hooks."""
