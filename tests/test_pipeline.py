"""The pipeline: contracts checked when built, stages added, replaced and removed."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import Document, Pipeline, PipelineError, default_pipeline, stage
from newsparse.document import Evidence, Role
from newsparse.model import Source

PAGE = (
    "Example Times\n\nCity council approves new bike lanes\nBy Jane Doe\n\n"
    "The city council voted on Tuesday to build twelve kilometres of protected bike lanes "
    "across the centre, after a debate that lasted most of the evening.\n\n"
    "Work is expected to begin in the spring and to finish before the end of next year, "
    "the mayor's office said in a statement.\n"
)


def test_default_pipeline_names_every_stage_in_order() -> None:
    names = default_pipeline().names
    assert names[0] == "metadata"
    assert names.index("byline") < names.index("headline") < names.index("body")
    assert names[-1] == "dateline"


def test_missing_requirement_fails_when_built_and_lists_the_stages() -> None:
    with pytest.raises(PipelineError, match="requires") as error:
        default_pipeline().without("dates")
    assert "script_dates" in str(error.value)  # the first stage after it that needs it


def test_unknown_stage_name_lists_valid_names() -> None:
    with pytest.raises(PipelineError, match="stages are: metadata"):
        default_pipeline().without("no-such-stage")


def test_duplicate_stage_name_is_refused() -> None:
    pipeline = default_pipeline()
    with pytest.raises(PipelineError, match="unique"):
        Pipeline((*pipeline.stages, pipeline.get("body")))


def test_a_site_rule_stage_can_be_inserted_before_the_body() -> None:
    @stage("drop-promo-lines", requires={"boilerplate"}, provides={"site-rules"})
    def drop_promo(doc: Document) -> None:
        for segment in doc.segments:
            if segment.label is None and segment.text.startswith("Work is expected"):
                doc.label(segment, Role.BOILERPLATE, "drop-promo-lines", "promo")

    pipeline = default_pipeline().with_stage(drop_promo, before="body")
    assert pipeline.names.index("drop-promo-lines") == pipeline.names.index("body") - 1
    article = newsparse.parse(PAGE, pipeline=pipeline)
    assert [p.text[:8] for p in article.paragraphs] == ["The city"]
    assert any(r.stage == "drop-promo-lines" for r in article.removed)


def test_the_date_stage_can_be_replaced() -> None:
    import datetime as dt

    @stage("dates", requires={"language", "section"}, provides={"dates"})
    def fixed_dates(doc: Document) -> None:
        doc.published = Evidence(dt.datetime(2020, 1, 2), Source.CALLER, "fixed", "dates")

    article = newsparse.parse(PAGE, pipeline=default_pipeline().replace("dates", fixed_dates))
    assert article.published == dt.datetime(2020, 1, 2)


def test_pipeline_is_immutable() -> None:
    pipeline = default_pipeline()
    smaller = pipeline.without("dateline")
    assert "dateline" in pipeline.names and "dateline" not in smaller.names


def test_a_failing_stage_becomes_a_warning_unless_strict() -> None:
    @stage("explodes")
    def explodes(doc: Document) -> None:
        raise RuntimeError("boom")

    article = newsparse.parse(PAGE, pipeline=default_pipeline().with_stage(explodes))
    assert article.warnings and "boom" in article.warnings[0]
    assert article.paragraphs
    with pytest.raises(RuntimeError):
        newsparse.parse(PAGE, pipeline=default_pipeline(strict=True).with_stage(explodes))
