"""The offline engine: rewrites and replies without a language model, from the draft's own words."""
