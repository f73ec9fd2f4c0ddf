"""Codes are ASCII digits: a full-width or Arabic-Indic digit is not a code."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from tests.factories import application

LOOK_ALIKES = ["２９０１９", "٢٩٠١٩", "29０19"]


@pytest.mark.parametrize("insee", LOOK_ALIKES)
def test_an_insee_code_in_other_digits_is_refused(insee: str) -> None:
    with pytest.raises(ValidationError, match="not a valid INSEE code"):
        application(
            "a",
            "acces",
            territory={
                "name": "Brest",
                "kind": "commune",
                "insee": insee,
                "postal_code": "29200",
                "population": 1,
            },
        )


@pytest.mark.parametrize("postal", ["２９２００", "29２00"])
def test_a_postal_code_in_other_digits_is_refused(postal: str) -> None:
    with pytest.raises(ValidationError, match="not a valid postal code"):
        application(
            "a",
            "acces",
            territory={
                "name": "Brest",
                "kind": "commune",
                "insee": "29019",
                "postal_code": postal,
                "population": 1,
            },
        )


def test_a_date_in_other_digits_is_refused() -> None:
    with pytest.raises(ValidationError, match="not a date written YYYY-MM-DD"):
        application("a", "acces", start_date="２００９-01-01")
