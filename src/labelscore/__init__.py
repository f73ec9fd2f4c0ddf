"""labelscore: validate applications, score and award the Label Territoire innovant."""

__version__ = "0.1.0"
