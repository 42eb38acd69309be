"""The exceptions newsparse raises: one base type, so callers can catch everything we raise."""

from __future__ import annotations

__all__ = ["InputError", "NewsparseError", "PipelineError"]


class NewsparseError(Exception):
    """Base of every error newsparse raises on purpose."""


class InputError(NewsparseError, ValueError):
    """The input cannot be read as a page (unknown kind, unreadable file...)."""


class PipelineError(NewsparseError, ValueError):
    """A pipeline was put together wrongly: a missing requirement, a duplicate or unknown stage."""
