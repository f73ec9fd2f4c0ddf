"""Drawing lots (awards.draw_lots): the last tie-break, after the jury's vote, only when
the edition's rules ask for it.

Each application's lot is the first 16 hexadecimal digits of SHA-256 of
"<seed>:lots:<application id>", the seed being the simulation's (uncertainty.seed, else
the edition's year); the lower lot goes first. Anyone can check a lot with `sha256sum`.
The lots depend on nothing else: not on file names or order, and adding an application
changes no other's lot.
"""

from __future__ import annotations

import hashlib

DIGITS = 16
"""Hexadecimal digits of the digest that make a lot (64 bits: no two lots alike)."""


def drawn(seed: int, application: str) -> str:
    """The lot as written down: hexadecimal digits, as sha256sum prints them."""
    return hashlib.sha256(f"{seed}:lots:{application}".encode()).hexdigest()[:DIGITS]


def lot(seed: int, application: str) -> int:
    """The lot as compared: the lower goes first."""
    return int(drawn(seed, application), 16)
