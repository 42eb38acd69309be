"""The Article contract: to_dict keys, JSON round trip, the shipped JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsparse
from newsparse.schema import SCHEMA_PATH, article_schema

FIXTURES = Path(__file__).parent / "fixtures"
SOURCES = sorted(p for p in FIXTURES.glob("*/source.*"))

REQUIRED_KEYS = {
    "headline",
    "standfirst",
    "site_name",
    "section_path",
    "language",
    "url",
    "canonical_url",
    "image",
    "published",
    "updated",
    "byline",
    "dateline",
    "captions",
    "pull_quotes",
    "related_links",
    "paragraphs",
    "removed",
    "provenance",
}


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.parent.name)
def test_round_trip_and_keys(source: Path) -> None:
    article = newsparse.parse_file(source)
    data = article.to_dict()
    assert data.keys() >= REQUIRED_KEYS
    assert newsparse.Article.from_json(article.to_json()) == article


def test_shipped_schema_is_the_generated_one() -> None:
    assert json.loads(SCHEMA_PATH.read_text(encoding="utf-8")) == article_schema()


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.parent.name)
def test_output_validates_against_schema(source: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(newsparse.parse_file(source).to_dict(), article_schema())


def test_absent_is_none_or_empty_never_blank() -> None:
    article = newsparse.parse("")
    data = article.to_dict()
    assert data["headline"] is None and data["paragraphs"] == [] and data["published"] is None
