"""The labelled comments the triage classifier learns from (the tune part of the quality data set)."""
