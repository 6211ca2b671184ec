"""The Telegram bot: a thin layer over `bot.core.services.HumasService`.

`bot.telegram_app.application.build_application(settings, service)` builds the `Application`;
`humasbot run` starts it. Nothing is imported or opened here.
"""
