"""Use cases: register, check, decide, print, review, export (no Qt, no SQL)."""
