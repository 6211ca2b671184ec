"""Offline OCR of screenshots and photos of text (Tesseract through pytesseract).

A peer of `bot.core`: imports the lowest modules and `bot.llm.redact`, never Telegram. The bot
calls `read_image` in a worker thread; the CLI calls it directly.
"""

from bot.ocr.reader import ReadImage, read_image, read_pages
from bot.ocr.tesseract import OcrStatus, ocr_status

__all__ = ["OcrStatus", "ReadImage", "ocr_status", "read_image", "read_pages"]
