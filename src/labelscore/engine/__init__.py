"""The scoring engine: an edition in, a result out. No I/O, no printing, no globals."""

from labelscore.engine.ranking import rank_edition

__all__ = ["rank_edition"]
