"""``python -m newsparse``: the ``newsparse`` command (``parse``, ``explain``, ``batch``)."""

from newsparse.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
