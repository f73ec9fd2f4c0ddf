"""The library's entry points: what the CLI calls, and what a script may call too."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from labelscore.checks.edition import build_edition, check_edition, edition_conflicts
from labelscore.checks.votes import vote_problems
from labelscore.engine.ranking import rank_edition
from labelscore.engine.result import Result
from labelscore.i18n import t
from labelscore.models.choices import Aggregate, Normalize
from labelscore.models.edition import Edition
from labelscore.problems import (
    NoAssignmentError,
    Problem,
    ProblemsFoundError,
    has_errors,
    sort_problems,
)
from labelscore.reading.load import (
    ASSIGNMENTS_FILE,
    EditionFiles,
    Progress,
    collector_paused,
    read_edition,
)

if TYPE_CHECKING:
    from labelscore.checks.collect import NewSheet
    from labelscore.engine.assignment import Assignment
    from labelscore.engine.progress import MarkingProgress


class Checked(NamedTuple):
    edition: Edition | None
    """None when any file has an error."""
    problems: list[Problem]


class Loaded(NamedTuple):
    edition: Edition
    warnings: list[Problem]


class Ranked(NamedTuple):
    edition: Edition
    result: Result
    warnings: list[Problem]
    """In no particular order, not yet placed (placing re-reads a file)."""


class Progressed(NamedTuple):
    edition: Edition
    progress: MarkingProgress
    warnings: list[Problem]
    """In no particular order, not yet placed."""


class Assigned(NamedTuple):
    edition: Edition
    assignment: Assignment
    warnings: list[Problem]
    """In no particular order, not yet placed."""


class CardLists(NamedTuple):
    edition: Edition
    lists: dict[str, dict[str, tuple[str, ...]]]
    """Juror -> category -> the application ids on their card; only jurors with some."""
    warnings: list[Problem]
    """In no particular order, not yet placed."""


class Collection(NamedTuple):
    """One card collected: the score sheet it gives, and where it goes."""

    card: str
    sheet: NewSheet
    target: Path
    """The juror's score sheet: the one the edition has, or jury/scores/<juror>.yaml."""
    replaces: bool
    """Whether a score sheet is there already."""
    unchanged: bool = False
    """Whether that sheet says what the card says already: it is left as it is."""


class Collected(NamedTuple):
    edition: Edition
    collections: list[Collection]
    """One per card without errors."""
    problems: list[Problem]
    """Those of the cards, sorted. A card with an error, or that would change or drop what
    its juror's sheet holds (without `replace`), has no collection."""
    warnings: list[Problem]
    """The edition's, in no particular order, not yet placed."""
    refused: list[str] = []  # noqa: RUF012 - a NamedTuple's default, never changed
    """The cards not collected: with an error, or changing what a sheet holds."""


def _read(
    folder: Path, progress: Progress | None = None, *, assignments: bool = True
) -> tuple[EditionFiles, Edition | None, list[Problem]]:
    with collector_paused():
        files = read_edition(folder, progress, assignments=assignments)
        conflicts = edition_conflicts(files)
        problems = files.problems + check_edition(files, conflicts)
        return files, build_edition(files, problems, conflicts), problems


def edition_problems(folder: Path) -> Checked:
    """Read an edition folder: the edition (None if it has errors) and every problem found,
    sorted by file, line and column. An edition without errors is ranked by its own rules,
    to check what only the ranking shows (a jury vote that orders no tie)."""
    files, edition, problems = _read(folder)
    if edition is not None:
        with collector_paused():
            problems += vote_problems(files, rank_edition(edition))
    return Checked(edition, sort_problems(problems))


def load_edition(folder: Path, progress: Progress | None = None) -> Loaded:
    """The edition and its warnings (in no particular order, not yet placed); raises
    ProblemsFoundError, with every problem sorted, when any file has an error."""
    _, edition, problems = _read(folder, progress)
    if edition is None:
        raise ProblemsFoundError(sort_problems(problems))
    return Loaded(edition, problems)


def rank(
    folder: Path,
    *,
    aggregate: Aggregate | None = None,
    normalize: Normalize | None = None,
    progress: Progress | None = None,
    draws: int | None = None,
) -> Ranked:
    """Load and rank an edition; options default to its labelscore.yaml. The result
    carries how sure each label is (engine.uncertainty) from `draws` draws (default: the
    rules', 1,000 unless written; 0: no simulation, `result.uncertainty` is None)."""
    files, edition, problems = _read(folder, progress)
    if edition is None:
        raise ProblemsFoundError(sort_problems(problems))
    with collector_paused():
        result = rank_edition(edition, aggregate=aggregate, normalize=normalize)
        if (edition.rules.draws if draws is None else draws) > 0:
            from labelscore.engine.uncertainty import estimate

            result = result._replace(uncertainty=estimate(edition, result, draws=draws))
    return Ranked(edition, result, problems + vote_problems(files, result))


def assign(
    folder: Path, *, per_application: int | None = None, progress: Progress | None = None
) -> Assigned:
    """Load an edition and share its applications among its jurors (engine.assignment);
    `per_application` defaults to the rules' scoring.jurors_per_application. Nothing is
    written: `models.assignment.assignments_yaml` gives the file's text. The edition's
    jury/assignments.yaml is not read: a new one is made, even where the old one is broken."""
    _, edition, problems = _read(folder, progress, assignments=False)
    if edition is None:
        raise ProblemsFoundError(sort_problems(problems))
    if per_application is None:
        per_application = edition.rules.scoring.jurors_per_application
    from labelscore.engine.assignment import assign as share_applications

    with collector_paused():
        assignment = share_applications(edition, per_application)
    return Assigned(edition, assignment, problems)


def progress(folder: Path, *, loading: Progress | None = None) -> Progressed:
    """Load an edition and compare each juror's score sheet with jury/assignments.yaml
    (engine.progress): what is assigned, marked and missing. Raises NoAssignmentError when
    the edition has no such file, ProblemsFoundError when any file has an error."""
    _, edition, problems = _read(folder, loading)
    if edition is None:
        raise ProblemsFoundError(sort_problems(problems))
    if edition.assignment is None:
        raise NoAssignmentError(
            t("checks.no_assignment_progress", path=(folder / ASSIGNMENTS_FILE).as_posix())
        )
    from labelscore.engine.progress import marking_progress

    return Progressed(edition, marking_progress(edition), problems)


def _assigned(folder: Path, edition: Edition) -> dict[str, dict[str, tuple[str, ...]]]:
    if edition.assignment is None:
        raise NoAssignmentError(
            t("checks.no_assignment_cards", path=(folder / ASSIGNMENTS_FILE).as_posix())
        )
    return edition.assignment.by_juror()


def card_lists(folder: Path, *, loading: Progress | None = None) -> CardLists:
    """Load an edition and the list of applications each juror marks (jury/assignments.yaml),
    for their score cards (`render.cards.card_workbook` writes one). Raises
    NoAssignmentError when the edition has no assignment, ProblemsFoundError when any file
    has an error."""
    _, edition, problems = _read(folder, loading)
    if edition is None:
        raise ProblemsFoundError(sort_problems(problems))
    lists = {
        juror: {category: ids for category, ids in categories.items() if ids}
        for juror, categories in _assigned(folder, edition).items()
    }
    return CardLists(edition, {j: c for j, c in lists.items() if c}, problems)


def collect(
    folder: Path, cards: list[Path], *, replace: bool = False, loading: Progress | None = None
) -> Collected:
    """Read returned score cards (reading.cards), check each against the edition
    (checks.cards) and against the juror's score sheet (checks.collect: what would be
    lost, unless `replace`). Nothing is written: `render.score_sheet` gives each sheet's
    text."""
    from labelscore.checks.cards import CardMarks, check_card
    from labelscore.checks.collect import losses, new_sheet, unchanged
    from labelscore.reading.cards import UnreadableCardError, read_cards
    from labelscore.reading.load import SCORES_DIR, display_name

    files, edition, problems = _read(folder, loading)
    if edition is None:
        raise ProblemsFoundError(sort_problems(problems))
    _assigned(folder, edition)
    found: list[CardMarks] = []
    seen: dict[str, str] = {}
    for path, cells in zip(cards, read_cards(cards), strict=True):
        if isinstance(cells, UnreadableCardError):
            unreadable = Problem(display_name(path), 1, 1, "", str(cells), rule="card-unreadable")
            found.append(CardMarks(display_name(path), None, problems=[unreadable]))
        else:
            found.append(check_card(cells, edition, seen))
    card_problems = [p for marks in found for p in marks.problems]
    sheets = {loaded.model.juror: loaded for loaded in files.sheets}
    collections = []
    refused = []
    for marks in found:
        if marks.juror is None or has_errors(marks.problems):
            refused.append(marks.file)
            continue
        existing = sheets.get(marks.juror)
        sheet = new_sheet(marks, existing.model if existing is not None else None)
        if existing is not None and not replace:
            lost = losses(existing, marks, sheet)
            if lost:
                card_problems += lost
                refused.append(marks.file)
                continue
        target = (
            Path(existing.document.file)
            if existing is not None
            else folder / SCORES_DIR / f"{marks.juror}.yaml"
        )
        same = existing is not None and unchanged(existing.model, sheet)
        collections.append(Collection(marks.file, sheet, target, existing is not None, same))
    return Collected(edition, collections, sort_problems(card_problems), problems, refused)
