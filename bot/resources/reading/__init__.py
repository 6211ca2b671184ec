"""The reading model's weights (`model.npz`), written by scripts/train_reading_model.py."""
