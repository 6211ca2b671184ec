"""The office's workflow: approval before posting, the roles behind it, and the append-only archive.

`desk.ApprovalDesk` is what the edges call; `rules` is the state machine (pure functions);
`sqlite_store` and `redis_store` keep the state (one interface, `store.WorkflowStore`);
`export` writes the archive as CSV or JSON. Nothing here imports Telegram.
"""
