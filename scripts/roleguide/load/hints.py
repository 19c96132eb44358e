"""Turning a pydantic error into a sentence a content writer can act on."""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails

_HINTS = {
    "string_type": "expected text; put quotes around it (YAML reads yes, no, 1.0 and dates as other types)",
    "list_type": "expected a list; write one item per line, each starting with '- '",
    "dict_type": "expected a mapping; write 'name: value' lines indented under this key",
    "model_type": "expected a mapping of fields; write 'name: value' lines indented under this key",
    "date_type": "expected a date; write it as YYYY-MM-DD without quotes",
    "date_from_datetime_parsing": "expected a date; write it as YYYY-MM-DD without quotes",
    "float_type": "expected a number, for example 1.5",
    "string_pattern_mismatch": "use lowercase letters, digits and single hyphens, for example 'success-metrics'",
}


def _unwrap(annotation: Any) -> Any:
    """X | None -> X."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return next(a for a in typing.get_args(annotation) if a is not type(None))
    return annotation


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model class that validates the mapping at loc, found by walking the field annotations."""
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if _is_model(current):
            field = current.model_fields.get(part) if isinstance(part, str) else None
            if field is None:
                return None
            current = field.annotation
        else:
            args = typing.get_args(current)  # list[X] -> (X,); dict[K, V] -> (K, V)
            if not args:
                return None
            current = args[-1]
    current = _unwrap(current)
    return current if _is_model(current) else None


def hint_for(err: ErrorDetails, model: type[BaseModel]) -> str:
    kind, loc, ctx = err["type"], err["loc"], err.get("ctx") or {}
    if kind == "missing":
        return f"required field '{loc[-1]}' is missing; add it"
    if kind == "extra_forbidden":
        owner = _model_at(model, loc[:-1])
        allowed = f"; allowed here: {', '.join(owner.model_fields)}" if owner else ""
        return f"unknown field '{loc[-1]}'; remove it or fix its spelling{allowed}"
    if kind == "string_too_short":
        return (
            "is empty; write some text"
            if ctx.get("min_length") == 1
            else (f"is too short ({len(err['input'])} characters); write at least {ctx['min_length']}")
        )
    if kind == "string_too_long":
        return f"is too long ({len(err['input'])} characters); shorten it to {ctx['max_length']} at most"
    if kind == "too_short":
        return f"has {ctx.get('actual_length', 0)} item(s); add at least {ctx['min_length']}"
    if kind == "too_long":
        return f"has {ctx.get('actual_length')} items; keep at most {ctx['max_length']}"
    if kind == "value_error":
        return str(ctx.get("error", err["msg"]))
    got = f" (got {type(err['input']).__name__} {err['input']!r:.40})" if "type" in kind else ""
    return _HINTS.get(kind, err["msg"][0].lower() + err["msg"][1:]) + got
