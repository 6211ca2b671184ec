"""The shipped prompt files, installed as the package `bot.resources.prompts` (see bot/resources)."""
