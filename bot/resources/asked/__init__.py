"""The asked-slot model's weights (`slot_model.npz`), written by scripts/train_asked_model.py."""
