"""The JSON Schema of ``Article.to_dict()``, generated from the attrs types.

``python -m newsparse.schema`` prints it; the package ships the same text as
``newsparse/schema/article.schema.json`` (a test keeps the two equal).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import types
import typing
from pathlib import Path
from typing import Any

import attrs

from newsparse.model import Article, Provenance, Source

__all__ = ["SCHEMA_PATH", "article_schema", "schema_for"]

SCHEMA_PATH = Path(__file__).parent / "schema" / "article.schema.json"


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def schema_for(annotation: Any) -> dict[str, Any]:
    """The JSON Schema of one annotated type, as ``to_dict`` writes it."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        schema = schema_for(inner[0])
        return _nullable(schema) if len(inner) < len(args) else schema
    if origin is tuple:
        return {"type": "array", "items": schema_for(args[0])}
    if annotation is str:
        return {"type": "string"}
    if annotation is int:
        return {"type": "integer"}
    if annotation is float:
        return {"type": "number"}
    if annotation is bool:
        return {"type": "boolean"}
    if annotation is dt.datetime:
        return {"type": "string", "format": "date-time"}
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return {"type": "string", "enum": [member.value for member in annotation]}
    if attrs.has(annotation):
        return _object_schema(annotation)
    raise TypeError(f"no JSON Schema for {annotation!r}")


def _object_schema(cls: type, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties = {
        field.name: schema_for(hints[field.name])
        for field in attrs.fields(cls)
        if field.name not in skip
    }
    return {
        "type": "object",
        "properties": properties,
        "required": sorted(properties),
        "additionalProperties": False,
    }


def article_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``Article.to_dict()``."""
    schema = _object_schema(Article)
    provenance = _object_schema(Provenance, skip=frozenset({"field"}))
    provenance["properties"]["source"] = schema_for(Source)
    schema["properties"]["provenance"] = {
        "type": "object",
        "description": "For each metadata field: where its value came from and the raw text.",
        "additionalProperties": provenance,
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://newsparse.invalid/article.schema.json",
        "title": "newsparse Article",
        **schema,
    }


def main() -> None:
    print(json.dumps(article_schema(), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
