"""The shipped guideline documents, installed as the package `bot.resources.knowledge` (see bot/resources)."""
