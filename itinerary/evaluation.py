"""Scoring extracted itineraries against hand-made gold itineraries.

The definitions follow the project's evaluation protocol (see ``itinerary eval --help``):

* a predicted stop *matches* a gold stop when it names the same place (place, venue or an
  alternative name, compared without accents, case, "the" or punctuation), or lies within
  35 km (200 km for regions, islands and territories); a gold stop at country level matches
  any prediction in that country; a prediction in another country never matches;
* stops are paired by a maximum bipartite matching that prefers pairs close in sequence;
* predictions that only match a neutral place (home, origin, a container) are not counted;
* **precision** and **recall** are micro-averaged over the corpus; **order** is the share of
  matched pairs of stops whose relative order agrees with the gold (a run of gold stops marked
  ``order_uncertain`` counts as unordered); **dates** is the share of dated gold stops whose
  match has the same start day; **exact** is the share of files with P = R = order = 1.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from itinerary.errors import InputError
from itinerary.gazetteer import haversine_km

CITY_KM = 35.0
REGION_KM = 200.0
_REGION_LEVELS = ("region", "island", "territory")

Stop = Mapping[str, Any]


def _norm(name: object) -> str:
    if not isinstance(name, str) or not name:
        return ""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = s.replace("-", " ").replace(".", "").replace("'", "").strip()
    for prefix in ("the ", "city of "):
        s = s.removeprefix(prefix)
    return " ".join(s.split())


def _km(a: Stop, b: Stop) -> float:
    try:
        la1, lo1, la2, lo2 = (float(x) for x in (a["lat"], a["lon"], b["lat"], b["lon"]))
    except (KeyError, TypeError, ValueError):
        return math.inf
    return haversine_km(la1, lo1, la2, lo2)


def _gold_names(g: Stop) -> set[str]:
    names = {_norm(g.get("place")), _norm(g.get("venue"))}
    for key in ("alt_places", "sub_places"):
        names |= {_norm(x) for x in g.get(key) or []}
    names.discard("")
    return names


def _level(g: Stop) -> str:
    return str(g.get("level") or g.get("match") or "city")


def stop_matches(p: Stop, g: Stop) -> bool:
    """Does predicted stop ``p`` stand for gold stop ``g``?"""
    pred_names = {_norm(p.get("place")), _norm(p.get("venue"))} - {""}
    pc = str(p.get("country_code") or "").upper()
    gc = str(g.get("country_code") or "").upper()
    if _level(g) == "country":
        return (bool(pc) and pc == gc) or bool(pred_names & ({_norm(g.get("country"))} | _gold_names(g)))
    if pc and gc and pc != gc:
        return False
    if pred_names & _gold_names(g):
        return True
    limit = REGION_KM if _level(g) in _REGION_LEVELS else CITY_KM
    return _km(p, g) <= limit


def _neutral_pool(gold: Mapping[str, Any]) -> list[dict[str, Any]]:
    pool: list[dict[str, Any]] = [{"place": n} for n in gold.get("neutral_places") or []]
    for key in ("planned_in_article", "visited_not_in_historian", "not_in_article"):
        for item in gold.get(key) or []:
            if isinstance(item, dict):
                pool.append({"place": item.get("locale") or item.get("place") or item.get("country"),
                             "country": item.get("country"), "country_code": item.get("country_code"),
                             "lat": item.get("lat"), "lon": item.get("lon")})
            else:
                pool.append({"place": item})
    return pool


def _matching(pred: Sequence[Stop], gold: Sequence[Stop]) -> dict[int, int]:
    """Maximum bipartite matching (predicted index → gold index), preferring nearby sequence positions."""
    options: dict[int, list[int]] = {}
    for i, p in enumerate(pred):
        hits = [j for j, g in enumerate(gold) if stop_matches(p, g)]
        options[i] = sorted(hits, key=functools.partial(_distance, i))
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(pred)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def _distance(a: int, b: int) -> int:
    return abs(a - b)


def _ranks(gold: Sequence[Stop]) -> list[int]:
    ranks, r = [], 0
    for k, g in enumerate(gold):
        if k and not (g.get("order_uncertain") and gold[k - 1].get("order_uncertain")):
            r += 1
        ranks.append(r)
    return ranks


@dataclass
class FileScore:
    name: str
    tp: int
    n_pred: int
    n_gold: int
    pairs: int
    agree: int
    dated: int
    date_ok: int
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def exact(self) -> bool:
        return self.tp == self.n_pred == self.n_gold and self.agree == self.pairs


def score_file(name: str, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> FileScore:
    gstops = list(gold.get("stops") or [])
    pstops = [s for s in pred.get("stops") or [] if isinstance(s, Mapping)]
    m = _matching(pstops, gstops)
    pool = _neutral_pool(gold)
    ignored = {i for i, p in enumerate(pstops) if i not in m and any(stop_matches(p, q) for q in pool)}
    rk = _ranks(gstops)
    pairs = sorted(m.items())
    agree = total = 0
    for a in range(len(pairs)):
        for b in range(a + 1, len(pairs)):
            total += 1
            agree += rk[pairs[a][1]] <= rk[pairs[b][1]]
    inverse = {j: i for i, j in m.items()}
    dated = [j for j, g in enumerate(gstops) if g.get("start")]
    date_ok = sum(1 for j in dated if j in inverse and str(pstops[inverse[j]].get("start") or "")[:10] == gstops[j]["start"])
    return FileScore(
        name, len(m), len(pstops) - len(ignored), len(gstops), total, agree, len(dated), date_ok,
        missed=[str(gstops[j].get("place")) for j in range(len(gstops)) if j not in inverse],
        spurious=[str(pstops[i].get("place")) for i in range(len(pstops)) if i not in m and i not in ignored],
    )


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


@dataclass
class Report:
    files: list[FileScore]

    def summary(self) -> dict[str, float | int]:
        t = {k: sum(getattr(f, k) for f in self.files) for k in ("tp", "n_pred", "n_gold", "pairs", "agree", "dated", "date_ok")}
        p = _ratio(t["tp"], t["n_pred"]) if t["n_pred"] else float(t["n_gold"] == 0)
        r = _ratio(t["tp"], t["n_gold"])
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"files": len(self.files), "precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3),
                "order": round(_ratio(t["agree"], t["pairs"]), 3), "dates": round(_ratio(t["date_ok"], t["dated"]), 3),
                "exact": round(_ratio(sum(f.exact for f in self.files), len(self.files)), 3),
                "gold_stops": t["n_gold"], "pred_stops": t["n_pred"]}

    def lines(self, per_file: bool = False) -> Iterable[str]:
        if per_file:
            for f in self.files:
                yield (f"{f.name:55s} P {_ratio(f.tp, f.n_pred):.2f} R {_ratio(f.tp, f.n_gold):.2f} "
                       f"order {_ratio(f.agree, f.pairs):.2f} dates {f.date_ok}/{f.dated}"
                       f"{'  EXACT' if f.exact else ''}  missed={f.missed} spurious={f.spurious}")
        yield " ".join(f"{k}={v}" for k, v in self.summary().items())


Predictor = Callable[[str, dt.date | None], Mapping[str, Any]]


def evaluate(gold_dir: str | Path, predict: Predictor) -> Report:
    """Run ``predict(text, published)`` on every ``*.txt`` with a gold ``*.json`` beside it and score it."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise InputError(f"not a folder of gold itineraries: {str(folder)!r}")
    files: list[FileScore] = []
    for gold_path in sorted(folder.glob("*.json")):
        text_path = gold_path.with_suffix(".txt")
        if not text_path.is_file():
            continue
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read the gold file {str(gold_path)!r}: {exc}") from None
        raw = gold.get("published")
        published = dt.date.fromisoformat(raw) if isinstance(raw, str) else None
        pred = predict(text_path.read_text(encoding="utf-8"), published)
        files.append(score_file(gold_path.stem, gold, pred))
    if not files:
        raise InputError(f"no gold itineraries (*.json beside *.txt) in {str(folder)!r}")
    return Report(files)
