"""The demo's example draft and comments, installed as the package `bot.resources.examples` (see bot/resources)."""
