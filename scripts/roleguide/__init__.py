"""The role guide generator: content/*.yml -> validated model -> Markdown pages -> MkDocs site."""
