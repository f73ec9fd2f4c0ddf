"""Choices a user makes on the command line or in labelscore.yaml (no heavy imports here)."""

from __future__ import annotations

from enum import StrEnum


class Aggregate(StrEnum):
    MEAN = "mean"
    MEDIAN = "median"
    TRIMMED = "trimmed"


class Normalize(StrEnum):
    NONE = "none"
    ZSCORE = "zscore"


class Dialect(StrEnum):
    RFC4180 = "rfc4180"
    EXCEL_FR = "excel-fr"
