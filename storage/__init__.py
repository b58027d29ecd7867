"""Storage: drafts and answers in SQLite through aiosqlite, committed as they arrive."""
