"""Persistence: SQLite database, migrations and repositories (the only SQL in the program)."""
