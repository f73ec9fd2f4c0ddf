"""What the engine computes: plain frozen values, ready to be rendered."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import NamedTuple

from labelscore.models.application import Application
from labelscore.models.choices import Aggregate, Normalize
from labelscore.models.criteria import Category

EDITION_SCOPE = "*"
"""The scope of figures computed over the whole edition (agreement), beside category ids."""
JURY_VOTE = "jury vote"
"""The tie-break step after the rules: the order the jury voted (awards.jury_order)."""
UNSETTLED = "unsettled"
"""No rule and no vote ordered two entries of equal score."""
QUOTA = "quota"
"""At the label line: the quotas decided (the category was full, or the places left were
reserved for other categories)."""
VOTE_PENDING = "jury vote pending"
"""At the label line: only a vote can decide, and none is recorded yet."""
LOTS = "drawing of lots"
"""The tie-break step after the jury's vote when the rules ask for it (awards.draw_lots):
the lower lot first (engine.lots)."""


class ConflictRule(StrEnum):
    """Which rule of engine.conflicts found a conflict of interest."""

    DECLARED_APPLICATION = "declared_application"
    """The juror lists the application's id in the roster."""
    DECLARED_CODE = "declared_code"
    """The juror lists one of the applicant's codes in the roster."""
    TERRITORY_CODE = "territory_code"
    """The juror's territory has one of the applicant's codes."""
    SAME_NAME = "same_name"
    """The juror's organisation or territory name is the applicant's territory name."""
    ON_CARD = "on_card"
    """The juror declared it on their score card (written by `labelscore collect`)."""


class CodeKind(StrEnum):
    """What a code that identifies an applicant is."""

    INSEE = "insee"
    SIREN = "siren"
    INTERCOMMUNALITY_SIREN = "intercommunality_siren"
    """The SIREN of the intercommunalité the applicant belongs to."""


class ConflictReason(NamedTuple):
    """Why a juror is in conflict with an application: the rule and what it matched. Data,
    not words: renderers phrase it in the user's language (labelscore.i18n.reasons)."""

    rule: ConflictRule
    value: str = ""
    """What the rule matched, as the files write it: the application id
    (DECLARED_APPLICATION), the code (DECLARED_CODE, TERRITORY_CODE), the applicant's
    territory name (SAME_NAME); empty for ON_CARD."""
    code: CodeKind | None = None
    """What the code is, for DECLARED_CODE and TERRITORY_CODE; None otherwise."""


class Conflict(NamedTuple):
    """A juror whose marks for an application never count."""

    juror: str
    application: str
    kind: str
    """'declared' or 'automatic'."""
    reason: ConflictReason


class CentringCause(StrEnum):
    """Why z-scores could not standardise a juror's scores in a category."""

    FEW_SCORES = "few_scores"
    """The juror scored fewer entries there than standardising needs."""
    EQUAL_SCORES = "equal_scores"
    """Their scores there are all equal (no spread to divide by)."""


class CentringReason(NamedTuple):
    """Why a juror's scores in a category were only centred: data, phrased by renderers."""

    cause: CentringCause
    scored: int
    """Entries the juror scored in the category."""
    needed: int
    """Entries standardising needs (engine.normalize.MINIMUM_ENTRIES)."""


class JurorScore(NamedTuple):
    """One juror's score for one application, on 0-100."""

    juror: str
    raw: float
    normalised: float | None
    """After z-score normalisation, computed whether or not the edition ranks with it (to
    show both); None only inside the engine, before the normalisation step."""
    missing: tuple[str, ...]
    """Criteria this juror left unmarked (their weight is spread over the others)."""


class Outcome(StrEnum):
    """What became of an application in round 2, and why; one reason each."""

    LABELLED = "labelled"
    TIE_PENDING = "tie_pending"
    """Tied at the label line: the jury's vote decides."""
    NEEDS_MORE_SCORES = "needs_more_scores"
    NOT_PRESELECTED = "not_preselected"
    BELOW_MINIMUM = "below_minimum"
    CATEGORY_FULL = "category_full"
    """Its category had reached per_category.max when its score came."""
    NO_PLACE_LEFT = "no_place_left"
    """Every label was given to higher scores, or the rest reserved for other categories."""
    TIE_LOST = "tie_lost"
    """Tied at the label line, and a rule or the jury's vote put the others first."""


class JurorMarks(NamedTuple):
    """What one juror wrote for one application, as written (conflicted jurors included)."""

    juror: str
    marks: tuple[tuple[str, float], ...]
    """(criterion id, mark), in the order of the category's criteria."""
    comment: str | None


class Entry(NamedTuple):
    application: Application
    juror_scores: tuple[JurorScore, ...]
    """Jurors without a conflict, by juror id."""
    excluded: tuple[Conflict, ...]
    """Jurors who marked this application but are in conflict with it."""
    marks: tuple[JurorMarks, ...]
    """Every juror's marks for it, by juror id, the excluded jurors' included."""
    raw_score: float | None
    """Aggregate of the raw scores; None when the application has too few jurors."""
    score: float | None
    """The score that ranks: raw, or normalised when normalisation is on."""
    rank: int | None
    """Competition rank within the category (1, 2, 2, 4), on scores rounded to 4 decimals."""
    preselection: tuple[str, ...]
    """Ids of the preselection questions this application answers yes to."""
    preselected: bool
    labelled: bool
    pending: bool
    """In a tie at the quota line that the rules could not settle: the jury decides."""
    jurors_missing: int
    """Jurors without a conflict still needed to rank it."""
    spread: float | None
    """Highest minus lowest juror score (in use), when there are two or more."""
    discuss: bool
    """The jurors disagree by more than the edition's threshold."""
    label_differs: bool
    """Labelled with raw scores but not normalised ones, or the other way round."""
    tie_rule: str | None
    """The rule that placed it after the entry above it with the same rounded score
    ('unsettled' when no rule and no vote did)."""
    label_tie: str | None
    """In a tie at the label line: what decided its outcome against the entries of equal
    score (a tie-break rule, 'jury vote', 'quota' or 'jury vote pending')."""
    outcome: Outcome
    """Labelled, or the reason it is not."""
    awaited: tuple[str, ...] = ()
    """Jurors assigned to it (jury/assignments.yaml), not in conflict, whose marks are not
    in yet, by id; empty without an assignment."""

    @property
    def id(self) -> str:
        return self.application.id

    @property
    def ranked(self) -> bool:
        return self.score is not None


class Agreement(NamedTuple):
    """Krippendorff's alpha (interval) for a category, or the edition (EDITION_SCOPE)."""

    scope: str
    raw: float | None
    normalised: float | None


class CategoryResult(NamedTuple):
    category: Category
    entries: tuple[Entry, ...]
    """Ranked entries first, best first (ties in the order the tie-break rules give), then
    the entries that could not be ranked, by id."""

    @property
    def labels(self) -> int:
        return sum(entry.labelled for entry in self.entries)

    @property
    def ranked(self) -> tuple[Entry, ...]:
        return tuple(entry for entry in self.entries if entry.ranked)

    @property
    def unranked(self) -> tuple[Entry, ...]:
        return tuple(entry for entry in self.entries if not entry.ranked)


class Tie(NamedTuple):
    """Applications with the same rounded score, and what ordered them."""

    categories: tuple[str, ...]
    """One category, or several for a tie at the label line across categories."""
    applications: tuple[str, ...]
    score: float
    settled_by: tuple[str, ...]
    """For each neighbouring pair, the rule that ordered it ('unsettled' when none did)."""
    at_label_line: bool
    """Candidates for a label that did not all get the same outcome, or that wait for a
    vote: this tie decided a label."""
    decided_by: tuple[str, ...] = ()
    """At the label line: what decided against the entries left without a label (rules,
    'jury vote', 'quota', 'jury vote pending')."""

    @property
    def settled(self) -> bool:
        if self.at_label_line:
            return VOTE_PENDING not in self.decided_by
        return UNSETTLED not in self.settled_by


class JurorReport(NamedTuple):
    juror: str
    name: str
    organisation: str
    categories: tuple[str, ...]
    scored: int
    """Applications scored, conflicts excluded."""
    mean: float | None
    spread: float | None
    """Sample standard deviation of their scores."""
    leniency: float | None
    """Mean of (their score - mean of the other jurors' scores) over shared applications."""
    correlation: float | None
    """Pearson correlation of their scores with the other jurors' mean, on shared ones."""
    conflicts: int
    missing_marks: int
    flag: str | None
    """'harsh' or 'lenient' when |leniency| exceeds the edition's threshold."""


class Zone(StrEnum):
    """How sure a label is, from P(label): the jury's agenda is the close calls."""

    SURE = "sure"
    """P(label) >= 0.9."""
    CLOSE_CALL = "close_call"
    """0.1 < P(label) < 0.9."""
    OUT = "out"
    """P(label) <= 0.1."""


class Certainty(NamedTuple):
    """How sure one ranked entry's outcome is (see engine.uncertainty)."""

    application: str
    p_label: float
    """Share of the draws in which the award rule labels it (a tie left to the jury's vote
    in a draw counts its share of the labels held back)."""
    zone: Zone
    expected_rank: float
    """Mean rank within its category over the draws."""
    rank_low: int
    rank_high: int
    """The 90 % rank interval: the 5th and 95th percentiles of its rank over the draws."""
    margin: float | None
    """Score margin to the label line, other scores unchanged: how many points it can lose
    and keep its label (positive), or must gain to get one (negative); None when no score
    would change its outcome (not preselected, or no label could ever reach it)."""
    line: float | None
    """The label line for it: the lowest score at which it would be labelled."""
    weight_stability: float
    """Share of the weight perturbations (every criterion weight x 0.8 or x 1.2, jointly)
    that leave its outcome as the rules decided it."""

    @property
    def weight_sensitive(self) -> bool:
        """Its outcome changes under at least one weight perturbation."""
        return self.weight_stability < 1.0


class CategorySpread(NamedTuple):
    """The juror noise of a category: the pooled within-entry SD of the juror scores."""

    category: str
    sd: float
    """Points, on the scores in use (raw or normalised)."""
    df: int
    """Degrees of freedom of the estimate: sum over entries of (jurors - 1)."""
    pooled_over: str
    """'category', or 'edition' when the category has too few degrees of freedom."""


@dataclass(frozen=True)
class Uncertainty:
    """How sure each label is: figures from a seeded simulation; they never change who is
    labelled."""

    seed: int
    draws: int
    weight_samples: int
    weight_change: float
    """Each weight moves by this share, up or down (0.2: x 0.8 or x 1.2)."""
    spreads: tuple[CategorySpread, ...]
    figures: tuple[Certainty, ...]
    """One per ranked entry, in the order of the result's entries."""

    def of(self, application: str) -> Certainty | None:
        return self._by_id.get(application)

    @cached_property
    def _by_id(self) -> dict[str, Certainty]:
        return {f.application: f for f in self.figures}

    @property
    def monte_carlo_error(self) -> float:
        """The largest standard error of a P(label) from this many draws (at P = 0.5)."""
        return 0.5 / self.draws**0.5 if self.draws else 0.0


class DrawnLots(NamedTuple):
    """The drawing of lots of an edition whose rules ask for it (awards.draw_lots)."""

    seed: int
    lots: tuple[tuple[str, str], ...]
    """(application, lot) for the members of the ties at the label line the lots decided,
    lowest lot first (engine.lots: hexadecimal digits of SHA-256)."""


class Result(NamedTuple):
    name: str
    year: int
    aggregate: Aggregate
    normalize: Normalize
    categories: tuple[CategoryResult, ...]
    ties: tuple[Tie, ...]
    conflicts: tuple[Conflict, ...]
    centred_only: tuple[tuple[str, str, CentringReason], ...]
    """(category, juror, why): jurors z-scores could not standardise, only centre."""
    agreement: tuple[Agreement, ...]
    labels_available: int
    minimum_score: float
    preselection_questions: int
    """How many round-1 questions the rules ask."""
    pending_labels: int
    """Labels held back for a tie the jury must settle."""
    digest: str
    """SHA-256 of the edition's inputs in canonical form (see labelscore.engine.digest)."""
    leniency_flag: float = 0.0
    """The edition's threshold for flagging a juror harsh or lenient."""
    jurors: tuple[JurorReport, ...] = ()
    """How each juror marks, compared with the others (see engine.jury)."""
    tied_on_every_rule: frozenset[str] = frozenset()
    """Ranked entries equal to another on the score and on every tie-break rule: only the
    jury's vote (awards.jury_order) orders them."""
    missing_marks: int | None = None
    """Assigned applications (jury/assignments.yaml) a juror has not marked yet; None when
    the edition has no assignment."""
    uncertainty: Uncertainty | None = None
    """How sure each label is (engine.uncertainty); None when not simulated."""
    drawn_lots: DrawnLots | None = None
    """The lots that settle what the jury's vote leaves; None unless the rules ask."""

    @property
    def provisional(self) -> bool:
        """Marks are still missing against the assignment, or labels wait for a jury vote."""
        return bool(self.missing_marks) or self.pending_labels > 0

    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(entry for result in self.categories for entry in result.entries)

    @property
    def labels_awarded(self) -> int:
        return sum(result.labels for result in self.categories)

    @property
    def preselected(self) -> int:
        return sum(entry.preselected for entry in self.entries)
