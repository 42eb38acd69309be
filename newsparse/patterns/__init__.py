"""Data tables for newsparse: compiled regexes and per-language word lists, no logic.

Each module here holds the knowledge one part of the library needs (``bylines`` for author lines),
so adding a language adds a table, not code.
"""
