"""State that several bot processes share through Redis (`HUMASBOT_REDIS_URL`).

See docs/deployment.md: chat state, the per-chat lock, usage records and update ids.
"""
