"""The rules that span files: ids that must exist, ids that must be unique, links that must land.
Each rule yields Problems (file key, field path, what to do); model/guide.py runs them all."""
