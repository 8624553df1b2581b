"""The ``itinerary`` command line.

Subcommands are registered in :data:`COMMANDS` (name → (setup, run)). User errors
print one plain line on stderr and exit 2; no traceback reaches the user for them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from itinerary.errors import InputError, ItineraryError
from itinerary.model import Itinerary, to_json

EXIT_OK = 0
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors on one line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _date_arg(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {value!r}: expected YYYY-MM-DD") from None


# --- parse ---------------------------------------------------------------------------------------

def _setup_parse(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files (.txt, .md, .html), directories, or - for stdin")
    p.add_argument("--published", type=_date_arg, metavar="YYYY-MM-DD", help="publication date (resolves weekdays and years)")
    p.add_argument("--traveler", metavar="NAME", help="the traveler, if the extractor should not guess")
    p.add_argument("--format", "-f", dest="fmt", metavar="FMT",
                   help="table (default on a terminal), json (default otherwise), or an export format")
    p.add_argument("-o", "--output", metavar="OUT", help="write to this file (the format follows its extension)")
    p.add_argument("--online", action="store_true",
                   help="allow PATH to be an http(s) URL, fetched with size, time and address limits")


def _read_documents(paths: Sequence[str], online: bool = False) -> list:
    from itinerary.fetch import fetch_document, looks_like_url
    from itinerary.model import Source
    from itinerary.sources import Document, document_from_bytes, expand_paths, guess_title, read_path, read_stream

    docs: list[Document] = []
    for raw in expand_paths(list(paths)):
        if raw != "-" and ("://" in raw or (online and looks_like_url(raw))) and not Path(raw).exists():
            if not online:
                raise InputError(f"{raw!r} is a web address; add --online to fetch it")
            docs.append(fetch_document(raw))
        elif raw == "-":
            data = read_stream(sys.stdin.buffer, "standard input")
            doc = document_from_bytes(data, "standard input")
            docs.append(Document(doc.text, Source(title=doc.source.title or guess_title(doc.text), path=None),
                                 doc.published))
        else:
            docs.append(read_path(raw))
    return docs


def _parse_one(doc, args: argparse.Namespace) -> Itinerary:
    from itinerary.extraction import extract

    return extract(doc.text, published=args.published or doc.published, traveler=args.traveler,
                   source=doc.source).itinerary


def _resolve_format(args: argparse.Namespace, out: TextIO) -> str:
    if args.fmt:
        return str(args.fmt)
    if args.output:
        from itinerary.exports import format_for_path

        found = format_for_path(args.output)
        if found is None:
            raise InputError(f"cannot tell the format from {args.output!r}; give --format")
        return found
    return "table" if out.isatty() else "json"


def _run_parse(args: argparse.Namespace) -> int:
    fmt = _resolve_format(args, sys.stdout)
    if fmt not in ("table", "json"):
        from itinerary.exports import get_exporter

        get_exporter(fmt)  # fail on a bad name before any work
    docs = _read_documents(args.paths, online=args.online)
    itineraries = [_parse_one(doc, args) for doc in docs]
    if fmt == "table":
        text = "\n".join(format_table(it) for it in itineraries)
        return _emit(text.encode("utf-8"), args.output)
    if fmt == "json":
        if len(itineraries) == 1 and len(args.paths) == 1 and not Path(args.paths[0]).is_dir():
            body = to_json(itineraries[0], indent=2) + "\n"
        else:
            body = "".join(to_json(it) + "\n" for it in itineraries)
        return _emit(body.encode("utf-8"), args.output)
    if len(itineraries) != 1:
        raise InputError(f"--format {fmt} takes one input; got {len(itineraries)} (use json for batches)")
    from itinerary.exports import export, export_warnings

    data = export(itineraries[0], fmt)
    for warning in export_warnings(itineraries[0], fmt):
        print(f"warning: {warning}", file=sys.stderr)
    return _emit(data, args.output)


def _emit(data: bytes, output: str | None) -> int:
    if output and output != "-":
        try:
            Path(output).write_bytes(data)
        except OSError as exc:
            raise InputError(f"cannot write {output!r}: {exc.strerror or exc}") from None
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return EXIT_OK


def format_table(it: Itinerary) -> str:
    """A readable numbered table of the stops."""
    head = f"{it.traveler or 'Unknown traveler'}: {len(it.stops)} stop{'s' if len(it.stops) != 1 else ''}"
    if it.published:
        head += f" (published {it.published.isoformat()})"
    if it.source.title:
        head += f"\n{it.source.title}"
    rows = [("#", "Place", "Country", "Dates", "Status", "Venue / event")]
    for s in it.stops:
        if s.start and s.end and s.end != s.start:
            dates = f"{s.start.isoformat()}–{s.end.isoformat()}"
        else:
            day = s.start or s.end
            dates = day.isoformat() if day else "—"
        what = " · ".join(x for x in (s.venue, s.event) if x) or "—"
        rows.append((str(s.seq), s.place.name, s.place.country_code or "—", dates, s.status, what))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r[:5], widths, strict=True)) + "  " + r[5] for r in rows]
    warn = [f"warning: {w}" for w in it.warnings]
    return "\n".join([head, *lines, *warn]) + "\n"


# --- app -----------------------------------------------------------------------------------------

def _setup_app(p: argparse.ArgumentParser) -> None:
    p.add_argument("streamlit_args", nargs=argparse.REMAINDER, help="passed on to 'streamlit run'")


def app_script() -> Path:
    """The dashboard script: app.py beside the package, or the copy shipped inside it."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "app.py", here / "app.py"):
        if candidate.is_file():
            return candidate
    raise InputError("app.py was not found beside the package")


def run_dashboard(script: Path, streamlit_args: Sequence[str] = ()) -> int:
    """``streamlit run script *streamlit_args`` in this process, warmed up while the page loads.

    Streamlit's own modules are imported here first; then :mod:`itinerary.preload` imports the rest
    of what the script needs in the background (the script waits for it before its own imports), and
    Streamlit's command line takes over this process until the server stops.
    """
    # all of Streamlit that starting the server needs, in this thread, before the warm-up thread starts
    import streamlit.components.v1
    import streamlit.web.bootstrap
    import streamlit.web.server.starlette  # noqa: F401
    from streamlit.runtime import Runtime, RuntimeState
    from streamlit.web import cli as streamlit_cli

    from itinerary import preload

    def serving() -> bool:
        return Runtime.exists() and Runtime.instance().state != RuntimeState.INITIAL

    os.chdir(script.parent)
    preload.start(ready=serving)
    sys.argv = ["streamlit", "run", str(script), *streamlit_args]
    try:
        streamlit_cli.main(prog_name="streamlit")
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (EXIT_OK if exc.code is None else EXIT_USAGE)
    return EXIT_OK


def _run_app(args: argparse.Namespace) -> int:
    return run_dashboard(app_script(), args.streamlit_args)


# --- geocode -------------------------------------------------------------------------------------

def _setup_geocode(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", nargs="+", metavar="QUERY", help='a place name, e.g. Kyiv or "Paris, Texas" (words are joined)')
    p.add_argument("--country", metavar="CC", help="only places in this country (ISO 3166-1 alpha-2 code)")
    p.add_argument("--format", "-f", dest="fmt", choices=("table", "json"), default="table", help="output format")
    p.add_argument("--online", action="store_true",
                   help="ask OpenStreetMap Nominatim (1 request/s, cached on disk) for names the gazetteer lacks")
    p.add_argument("--cache", metavar="PATH", help="the online cache file (default: $ITINERARY_GEOCODE_CACHE or "
                                                   "~/.cache/itinerary/geocode.sqlite)")


def _run_geocode(args: argparse.Namespace) -> int:
    import json

    from itinerary.errors import GeocodingError
    from itinerary.geocoding import OfflineGeocoder, OnlineGeocoder, location_summary

    query = " ".join(args.query).strip()
    country = args.country.strip().upper() if args.country else None
    if country is not None and not (len(country) == 2 and country.isalpha()):
        raise InputError(f"--country takes a two-letter ISO code; got {args.country!r}")
    geocoder = OnlineGeocoder(cache_path=args.cache) if args.online else OfflineGeocoder()
    loc = geocoder.geocode(query, country_codes=country)
    for warning in getattr(geocoder, "warnings", []):
        print(f"warning: {warning}", file=sys.stderr)
    if loc is None or isinstance(loc, list):
        raise GeocodingError(f"no match for {query!r}" + (f" in {country}" if country else ""))
    row = location_summary(loc)
    if args.fmt == "json":
        print(json.dumps(row, ensure_ascii=False, indent=2))
    else:
        width = max(len(k) for k in row)
        print("\n".join(f"{k.ljust(width)}  {'—' if v is None else v}" for k, v in row.items()))
    return EXIT_OK


# --- eval --------------------------------------------------------------------------------------------

def _setup_eval(p: argparse.ArgumentParser) -> None:
    p.add_argument("gold_dir", metavar="GOLD_DIR", help="a folder of NNN_slug.txt articles with NNN_slug.json golds")
    p.add_argument("--per-file", action="store_true", help="one line per file with what was missed and added")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")


def _run_eval(args: argparse.Namespace) -> int:
    import json

    from itinerary.evaluation import evaluate
    from itinerary.extraction import extract
    from itinerary.model import itinerary_to_dict

    report = evaluate(args.gold_dir, lambda text, published: itinerary_to_dict(
        extract(text, published=published).itinerary))
    if args.json:
        for line in report.lines(per_file=args.per_file):
            if args.per_file and not line.startswith("files="):
                print(line)
        print(json.dumps(report.summary()))
    else:
        for line in report.lines(per_file=args.per_file):
            print(line)
    return EXIT_OK


# --- registry and main ---------------------------------------------------------------------------

Command = tuple[Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int], str]
COMMANDS: dict[str, Command] = {
    "parse": (_setup_parse, _run_parse, "extract the itinerary from articles"),
    "app": (_setup_app, _run_app, "start the dashboard (streamlit run app.py)"),
    "eval": (_setup_eval, _run_eval, "score the extractor on a folder of gold itineraries"),
    "geocode": (_setup_geocode, _run_geocode, "look a place up in the offline gazetteer"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="itinerary", description="Turn a story about an official's trip into an itinerary.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for name, (setup, _run, help_text) in COMMANDS.items():
        setup(sub.add_parser(name, help=help_text, description=help_text))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if args.command == "app":
        args.streamlit_args = [a for a in [*extra, *args.streamlit_args] if a != "--"]  # all of it is streamlit's
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    _setup, run, _help = COMMANDS[args.command]
    try:
        return run(args)
    except ItineraryError as exc:
        print(f"itinerary {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("itinerary: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
