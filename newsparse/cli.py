"""The ``newsparse`` command: parse a page, explain its blocks, or batch-parse archives."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from newsparse import parse, parse_document
from newsparse.assemble import assemble
from newsparse.batch_cli import add_batch_command, run_batch
from newsparse.document import Document
from newsparse.errors import NewsparseError
from newsparse.load import Kind, decode_bytes
from newsparse.model import Article, BlockKind

__all__ = ["main", "render_markdown", "render_text"]


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except IsADirectoryError:
        raise NewsparseError(f"{path}: is a folder, not a file") from None
    except FileNotFoundError:
        raise NewsparseError(f"{path}: no such file") from None
    except OSError as error:
        raise NewsparseError(f"{path}: cannot read ({error.strerror or error})") from None


def _source(path: str, kind: Kind) -> tuple[str | bytes, Kind]:
    data = _read(path)
    if not data.strip():
        raise NewsparseError(f"{path}: the input is empty")
    if kind == "auto" and path.endswith(".txt"):
        kind = "text"
    if kind == "text":
        return decode_bytes(data), kind
    return data, kind


def render_text(article: Article) -> str:
    """The article as plain text: headline, byline, date, then the body."""
    lines: list[str] = []
    if article.headline:
        lines += [article.headline, ""]
    if article.byline:
        lines.append(article.byline.text)
    if article.published:
        lines.append(article.published.isoformat())
    if lines and lines[-1] != "":
        lines.append("")
    lines += [block.text for block in article.paragraphs]
    return "\n".join(lines) + "\n"


def render_markdown(article: Article) -> str:
    """The article as Markdown, keeping headings, lists and block quotes."""
    out: list[str] = []
    if article.headline:
        out.append(f"# {article.headline}\n")
    if article.standfirst:
        out.append(f"*{article.standfirst}*\n")
    meta = [
        article.byline.text if article.byline else "",
        article.published.isoformat() if article.published else "",
    ]
    if any(meta):
        out.append(" · ".join(m for m in meta if m) + "\n")
    prefix = {BlockKind.HEADING: "## ", BlockKind.LIST_ITEM: "- ", BlockKind.QUOTE: "> "}
    for block in article.paragraphs:
        out.append(
            prefix.get(block.kind, "")
            + block.text
            + ("" if block.kind is BlockKind.LIST_ITEM else "\n")
        )
    return "\n".join(out).rstrip() + "\n"


def explain(doc: Document, out: TextIO) -> None:
    """Print every segment with its role, the stage that decided it and why."""
    for segment in doc.segments:
        label = segment.label
        role = label.role.value if label else "unlabelled"
        who = f"{label.stage}: {label.reason}" if label else ""
        text = segment.text if len(segment.text) <= 100 else segment.text[:97] + "..."
        out.write(f"{segment.index:4d}  {role:<11} {who:<45} | {text}\n")
    article = assemble(doc)
    for item in article.provenance:
        out.write(f"field {item.field}: from {item.source.value} ({item.stage}) raw={item.raw!r}\n")
    for warning in doc.warnings:
        out.write(f"warning: {warning}\n")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsparse", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("parse", help="parse one page (HTML or page text) into an article")
    run.add_argument("file", help="a file, or - for standard input")
    run.add_argument("--kind", choices=("auto", "html", "text"), default="auto")
    run.add_argument("--format", choices=("json", "text", "markdown"), default="json")
    run.add_argument("--url", default=None, help="the page's URL, if known")
    why = commands.add_parser("explain", help="show each block's label, the deciding stage and why")
    why.add_argument("file", help="a file, or - for standard input")
    why.add_argument("--kind", choices=("auto", "html", "text"), default="auto")
    why.add_argument("--url", default=None)
    add_batch_command(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsparse`` command; returns the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "batch":
        return run_batch(args)
    try:
        source, kind = _source(args.file, args.kind)
        if args.command == "explain":
            explain(parse_document(source, url=args.url, kind=kind), sys.stdout)
            return 0
        article = parse(source, url=args.url, kind=kind)
    except NewsparseError as error:
        print(f"newsparse: {error}", file=sys.stderr)
        return 2
    if args.format == "json":
        sys.stdout.write(article.to_json(indent=2) + "\n")
    elif args.format == "markdown":
        sys.stdout.write(render_markdown(article))
    else:
        sys.stdout.write(render_text(article))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
