"""Checks across the files of an edition, and of the paths given to `validate`."""
