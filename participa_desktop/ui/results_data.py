"""What the results screen shows, read in one go and shaped for its charts: the figures
of the results report (`reports.figures`, `reports.program_figures`) for one scope, the
months of the month chart, the municipalities drawn one by one. No Qt: `read_figures`
runs on the task runner, the shaping functions anywhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from participa_desktop.core.services import choices
from participa_desktop.reports import figures, program_figures
from participa_desktop.reports.figures import ReachRow
from participa_desktop.reports.program_figures import StatusCount
from participa_desktop.reports.report_scope import ReportScope, check_scope

#: Municipalities drawn one by one; the rest make one "Otros" bar.
TOP_TERRITORIES = 10
#: The month chart spans the whole period chosen when it has at most this many months.
MAX_MONTHS = 36


@dataclass(frozen=True)
class ResultsFigures:
    """What the charts show, read in one go for `scope`. `components` are the model's
    component names in order (for their colours)."""

    scope: ReportScope
    totals: ReachRow
    months: list[tuple[dt.date, str, int]]
    territories: list[ReachRow]
    statuses: list[StatusCount]
    components: list[str]


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def month_series(rows: Sequence[tuple[dt.date, str, int]], components: Sequence[str],
                 scope: ReportScope | None = None
                 ) -> tuple[list[dt.date], list[tuple[str, list[int]]]]:
    """Every month from the first to the last with workshops — stretched to the whole
    period of `scope` when that makes at most MAX_MONTHS — with quiet months as zeros,
    and one row of counts per component that has any: the model's order, then the others
    ("Sin componente") as they come."""
    if not rows:
        return [], []
    first = min(_month_index(row[0]) for row in rows)
    last = max(_month_index(row[0]) for row in rows)
    if scope is not None:
        start = _month_index(scope.date_from) if scope.date_from else first
        end = _month_index(scope.date_to) if scope.date_to else last
        if max(end, last) - min(start, first) < MAX_MONTHS:
            first, last = min(start, first), max(end, last)
    months = [dt.date(index // 12, index % 12 + 1, 1) for index in range(first, last + 1)]
    present = {name for _month, name, _count in rows}
    names = [name for name in components if name in present]
    names += [name for name in dict.fromkeys(row[1] for row in rows) if name not in names]
    counts = {(month, name): count for month, name, count in rows}
    return months, [(name, [counts.get((month, name), 0) for month in months])
                    for name in names]


def read_figures(session: Session, scope: ReportScope, today: dt.date) -> ResultsFigures:
    """Everything the charts show for `scope` (raises ScopeError, in Spanish, for a scope
    that cannot be reported). In a `Store.reading()` session, off the GUI thread."""
    check_scope(session, scope)
    return ResultsFigures(
        scope=scope,
        totals=figures.totals(session, scope),
        months=figures.workshops_by_month_and_component(session, scope),
        territories=figures.reach_by_territory(session, scope),
        statuses=program_figures.agreements_by_status(session, scope, today),
        components=[choice.name for choice in choices.components(session)],
    )


def top_territories(rows: Sequence[ReachRow], limit: int = TOP_TERRITORIES
                    ) -> tuple[list[tuple[str, int]], int, int]:
    """(label, attendances) of the `limit` places with most attendances (ties keep the
    figures' order), the number of other places with attendance, and their attendances."""
    attended = sorted((row for row in rows if row.attendances),
                      key=lambda row: -row.attendances)
    rest = attended[limit:]
    return ([(row.label, row.attendances) for row in attended[:limit]], len(rest),
            sum(row.attendances for row in rest))
