"""Domain rules of the hall: catalog, calendar, identity numbers, decisions (stdlib only)."""
