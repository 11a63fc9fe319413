"""Indicator values by year, from people or Kolada's published data, and frozen baselines."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from innovation import audit
from innovation.domain import (
    MAX_SHORT,
    Forbidden,
    Invalid,
    NotFound,
    Refused,
    Role,
    is_municipality,
    kolada_colour,
    kolada_rank,
    make_key,
    parse_key,
)
from innovation.i18n import t
from innovation.service import common
from innovation.service.base import ServiceBase, records_denial
from innovation.service.steering import store_assignment_kolada
from innovation.service.views import IndicatorValueView
from innovation.store import work
from innovation.store.reads import by_id
from innovation.store.rows import IndicatorRow, IndicatorValueRow
from innovation.store.sql import Tx
from innovation.timeutil import When

GENDERS = ("T", "K", "M")
TYRESO = "0138"


def municipality() -> str:
    """The municipality whose Kolada values are ours (a setting; Tyresö by default)."""
    return os.environ.get("INNOVATION_MUNICIPALITY", TYRESO)


def _get_all(url: str, timeout: float) -> list[Any]:
    """Kolada's values from one URL, following its next-page links."""
    # Imported here: urllib.request (with http, ssl and email) is a sizeable share of a
    # command's start-up, and only fetching needs it.
    from urllib.error import URLError
    from urllib.request import urlopen

    values: list[Any] = []
    next_url: str | None = url
    pages = 0
    while next_url and pages < 100:
        try:
            with urlopen(next_url, timeout=timeout) as response:
                doc = json.loads(response.read().decode("utf-8"))
        except (URLError, OSError, ValueError) as exc:
            raise Refused("error.kolada_offline", url=next_url, detail=str(exc)) from None
        page = doc.get("values") if isinstance(doc, dict) else None
        if not isinstance(page, list):
            raise Invalid("error.kolada_format", path=next_url, detail="'values' is not a list")
        values += page
        link = doc.get("next_url") or doc.get("next_page")
        next_url = (
            link if isinstance(link, str) and link.startswith(("http://", "https://")) else None
        )
        pages += 1
    return values


# Kolada's code for the whole country.
RIKET = "0000"

# A Kolada file of every municipality's values for a few KPIs is a few megabytes.
KOLADA_MAX_BYTES = 50 * 1024 * 1024
KOLADA_MAX_ENTRIES = 2_000_000


class Indicators(ServiceBase):
    def _indicator(self, tx: Tx, key: str) -> tuple[IndicatorRow, str]:
        ind_id = parse_key("indicator", key)
        row = by_id(tx, IndicatorRow, ind_id)
        if row is None:
            raise NotFound("error.no_such_indicator", key=make_key("indicator", ind_id))
        return row, make_key("indicator", ind_id)

    @staticmethod
    def _frozen(tx: Tx, area_id: int) -> bool:
        """The baseline is frozen once the scope gate (avgränsning → nyläge) was approved."""
        return work.scope_approved(tx, area_id)

    def _upsert(
        self,
        tx: Tx,
        ind: IndicatorRow,
        key: str,
        year: int,
        gender: str,
        value: float,
        source: str,
        actor: str,
        when: When,
        rank: tuple[int, int, int] | None = None,
    ) -> None:
        old = work.indicator_value(tx, ind.id, year, gender)
        above, below, ranked = rank if rank else (None, None, None)
        if old is not None and (
            old.value,
            old.source,
            old.above,
            old.below,
            old.ranked,
        ) == (value, source, above, below, ranked):
            return
        if old is None:
            value_id = common.insert(
                tx,
                "indicator_value",
                indicator_id=ind.id,
                year=year,
                gender=gender,
                value=value,
                source=source,
                fetched_at=when.ts,
                recorded_by=actor,
                above=above,
                below=below,
                ranked=ranked,
            )
        else:
            common.update(
                tx,
                "indicator_value",
                old.id,
                value=value,
                source=source,
                fetched_at=when.ts,
                recorded_by=actor,
                above=above,
                below=below,
                ranked=ranked,
            )
            value_id = old.id
        after: dict[str, Any] = {
            "year": year,
            "gender": gender,
            "value": value,
            "source": source,
            "id": value_id,
        }
        if rank:
            after.update(above=above, below=below, ranked=ranked)
        audit.append(
            tx,
            when,
            actor=actor,
            kind="indicator.value",
            area=make_key("area", ind.area_id),
            subject=key,
            before={"value": old.value, "source": old.source} if old else {},
            after=after,
        )

    @records_denial
    def measure(self, indicator: str, *, year: int, value: float, gender: str = "T") -> str:
        """Records a year's value by hand (the area's ledartröjor)."""
        common.year(year, "year")
        common.number(value, "value")
        gender = gender.strip().upper()
        if gender not in GENDERS:
            raise Invalid("error.bad_gender", value=gender)
        with self.db.write() as tx:
            actor = self._actor(tx)
            ind, key = self._indicator(tx, indicator)
            area = self._area_row(tx, make_key("area", ind.area_id))
            if actor.username not in self._leads(area):
                raise Forbidden(
                    "error.forbidden_record",
                    actor=actor.username,
                    area=make_key("area", area.id),
                    leads=", ".join(self._leads(area)),
                )
            self._refuse_if_merged(area)
            when = self._when(tx, area)
            self._upsert(tx, ind, key, year, gender, value, "manual", actor.username, when)
        return key

    @records_denial
    def import_kolada(self, path: Path) -> int:
        """Reads Kolada's published data format (values per KPI, municipality and year, by
        gender T/K/M) and stores the values of our indicators; returns how many were stored."""
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise Invalid("error.kolada_unreadable", path=str(path), detail=str(exc)) from None
        if size > KOLADA_MAX_BYTES:
            raise Invalid("error.kolada_too_large", path=str(path), limit=KOLADA_MAX_BYTES // 2**20)
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise Invalid("error.kolada_unreadable", path=str(path), detail=str(exc)) from None
        except json.JSONDecodeError as exc:
            raise Invalid("error.kolada_format", path=str(path), detail=str(exc)) from None
        return self._store_kolada(doc, str(path), f"kolada:{path.name}")

    @records_denial
    def fetch_kolada(self, indicator: str | None = None, *, timeout: float = 10.0) -> int:
        """Fetches our municipality's values from Kolada's public API for the indicators that
        name a KPI (or one of them); returns how many values were stored."""
        base = os.environ.get("INNOVATION_KOLADA_URL", "https://api.kolada.se/v3").rstrip("/")
        with self.db.read() as tx:
            if indicator is not None:
                row, _ = self._indicator(tx, indicator)
                kpis = [row.kolada] if row.kolada else []
            else:
                # The areas' indicators and the assignments' alike.
                kpis = work.kpis(tx)
        if not kpis:
            raise Refused("error.no_kpis")
        stored = 0
        for kpi in kpis:
            url = f"{base}/data/kpi/{quote(kpi)}/municipality/{quote(municipality())}"
            values = _get_all(url, timeout)
            years = sorted({str(v.get("period")) for v in values if isinstance(v, dict)})
            if years:
                # Every municipality's values for those years, for Kolada's rank colour.
                every = f"{base}/data/kpi/{quote(kpi)}/year/{quote(','.join(years), safe=',')}"
                values += _get_all(every, timeout)
            stored += self._store_kolada({"values": values}, url, f"kolada-api:{kpi}")
        return stored

    def _store_kolada(self, doc: Any, where: str, source: str) -> int:
        path = where
        entries = doc.get("values") if isinstance(doc, dict) else None
        if not isinstance(entries, list):
            raise Invalid("error.kolada_format", path=path, detail="'values' is not a list")
        if len(entries) > KOLADA_MAX_ENTRIES:
            raise Invalid(
                "error.kolada_format", path=path, detail=f"more than {KOLADA_MAX_ENTRIES} values"
            )
        ours = municipality()
        wanted: dict[tuple[str, int, str], float] = {}
        # Every municipality's total per KPI and year, for our rank among them.
        totals: dict[tuple[str, int], dict[str, float]] = {}
        # The country's figure (Kolada's "Riket"), shown beside an assignment's values.
        national: dict[tuple[str, int], float] = {}
        for n, entry in enumerate(entries, 1):
            try:
                kpi, muni, year = (
                    str(entry["kpi"]),
                    str(entry["municipality"]),
                    int(entry["period"]),
                )
                values = entry["values"]
            except (KeyError, TypeError, ValueError):
                raise Invalid(
                    "error.kolada_format", path=str(path), detail=f"values[{n}]"
                ) from None
            for v in values if isinstance(values, list) else []:
                if not isinstance(v, dict) or v.get("value") is None:
                    continue
                gender = str(v.get("gender", "T")).upper()
                try:
                    number = float(v["value"])
                except (TypeError, ValueError):
                    raise Invalid(
                        "error.kolada_format", path=str(path), detail=f"values[{n}].value"
                    ) from None
                if gender not in GENDERS or not math.isfinite(number):
                    continue
                if not 1900 <= year <= 2100 or abs(number) > 1e12:
                    # A year or a value no municipality reports: the file is not what it says.
                    raise Invalid(
                        "error.kolada_format",
                        path=str(path),
                        detail=f"values[{n}]: {t('error.kolada_implausible', year=year)}",
                    )
                if gender == "T" and is_municipality(muni):
                    totals.setdefault((kpi, year), {})[muni] = number
                if gender == "T" and muni == RIKET:
                    national[kpi, year] = number
                if muni == ours:
                    wanted[kpi, year, gender] = number
        source = source[:MAX_SHORT]
        stored = 0
        with self.db.write() as tx:
            actor = self._actor(tx)
            if not actor.has(Role.FACILITATOR):
                raise Forbidden("error.forbidden_import", actor=actor.username)
            when = self._now()
            for (kpi, year, gender), number in wanted.items():
                everyone = totals.get((kpi, year), {})
                rank = None
                if gender == "T" and len(everyone) > 1:
                    rank = (
                        sum(1 for v in everyone.values() if v > number),
                        sum(1 for v in everyone.values() if v < number),
                        len(everyone),
                    )
                for ind in work.indicators_of_kpi(tx, kpi):
                    self._upsert(
                        tx,
                        ind,
                        make_key("indicator", ind.id),
                        year,
                        gender,
                        number,
                        source,
                        actor.username,
                        when,
                        rank,
                    )
                    stored += 1
            by_kpi: dict[str, dict[int, tuple[float, float | None, list[float]]]] = {}
            for (kpi, year, gender), number in wanted.items():
                if gender == "T":
                    peers = list(totals.get((kpi, year), {}).values())
                    by_kpi.setdefault(kpi, {})[year] = (number, national.get((kpi, year)), peers)
            for kpi, found in by_kpi.items():
                stored += store_assignment_kolada(tx, actor.username, when, kpi, found, source)
        return stored

    @records_denial
    def set_indicator(
        self,
        indicator: str,
        *,
        baseline: float | None = None,
        baseline_year: int | None = None,
        national: float | None = None,
        target: str | None = None,
        better: str | None = None,
    ) -> str:
        """Changes an indicator's baseline or target, until the scope gate freezes them, and
        which way is better (a fact about the measure, not a baseline: always allowed)."""
        changes: dict[str, Any] = {}
        if baseline is not None:
            changes["baseline"] = common.number(baseline, "baseline")
        if baseline_year is not None:
            changes["baseline_year"] = common.year(baseline_year, "baseline_year")
        if national is not None:
            changes["national"] = common.number(national, "national")
        if target is not None:
            changes["target"] = common.required(target, "target", MAX_SHORT, multiline=False)
        if better is not None:
            changes["better"] = common.better(better)
        if not changes:
            raise Invalid("error.nothing_to_change")
        with self.db.write() as tx:
            actor = self._actor(tx)
            ind, key = self._indicator(tx, indicator)
            area = self._area_row(tx, make_key("area", ind.area_id))
            area_key = make_key("area", area.id)
            if actor.username not in self._leads(area):
                raise Forbidden(
                    "error.forbidden_record",
                    actor=actor.username,
                    area=area_key,
                    leads=", ".join(self._leads(area)),
                )
            if set(changes) - {"better"} and self._frozen(tx, area.id):
                raise Refused("error.baseline_frozen", indicator=key, area=area_key)
            when = self._when(tx, area)
            common.update(tx, "indicator", ind.id, **changes)
            common.touch(tx, area.id)
            audit.append(
                tx,
                when,
                actor=actor.username,
                kind="indicator.set",
                area=area_key,
                subject=key,
                before={c: getattr(ind, c) for c in changes},
                after=changes,
            )
        return key

    def indicator_values(self, indicator: str) -> list[IndicatorValueView]:
        with self.db.read() as tx:
            ind, _ = self._indicator(tx, indicator)
            better = ind.better
            rows = work.indicator_values(tx, ind.id)
        return [
            IndicatorValueView(
                r.year, r.gender, r.value, r.source, str(r.fetched_at)[:19], *_ranked(r, better)
            )
            for r in rows
        ]


def _ranked(row: IndicatorValueRow, better: str) -> tuple[int | None, int | None, str | None]:
    """Kolada's rank, how many were ranked and its colour for a value, or nothing for values
    without a rank."""
    if row.ranked is None or row.above is None or row.below is None:
        return None, None, None
    rank = kolada_rank(row.above, row.below, better)
    return rank, row.ranked, kolada_colour(rank, row.ranked)
