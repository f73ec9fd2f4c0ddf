"""The scoring engine: an edition in, a result out. No I/O, no printing, no globals.

`labelscore.engine.ranking.rank_edition` is the entry point; nothing is imported here,
so that `validate`, which needs only the conflict rules, does not load the rest.
"""
