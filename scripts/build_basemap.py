#!/usr/bin/env python3
"""Build the bundled world basemap: Natural Earth 1:110m countries as compact GeoJSON.

Natural Earth is public domain. The npm package ``world-atlas`` (ISC licence, by Mike Bostock)
carries it as TopoJSON; this script fetches that package with ``npm pack`` (or reads a
``countries-110m.json`` given with ``--topojson``), decodes the TopoJSON arcs, rounds coordinates
to 0.01° (about 1 km, well under the 1:110m generalisation) and writes
``data/basemap_countries_110m.json``, which the dashboard and the HTML export load.

    python scripts/build_basemap.py                  # npm pack world-atlas@2.0.2
    python scripts/build_basemap.py --topojson countries-110m.json
    python scripts/build_basemap.py --check          # exit 1 if the committed file differs
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "basemap_countries_110m.json"
PACKAGE = "world-atlas@2.0.2"
PRECISION = 2


def fetch_topojson() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, check=True, capture_output=True)
        tgz = next(Path(tmp).glob("world-atlas-*.tgz"))
        with tarfile.open(tgz) as tar:
            member = tar.extractfile("package/countries-110m.json")
            assert member is not None
            data: dict[str, Any] = json.load(member)
            return data


def decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Absolute (lon, lat) coordinates of every arc (TopoJSON arcs are quantised and delta-encoded)."""
    transform = topo.get("transform")
    arcs: list[list[tuple[float, float]]] = []
    for arc in topo["arcs"]:
        pts: list[tuple[float, float]] = []
        x = y = 0.0
        for dx, dy in arc:
            if transform:
                x += dx
                y += dy
                sx, sy = transform["scale"]
                tx, ty = transform["translate"]
                pts.append((x * sx + tx, y * sy + ty))
            else:
                pts.append((float(dx), float(dy)))
        arcs.append(pts)
    return arcs


def ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for i in indexes:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(pts[1:] if out else pts)
    return out


Point = tuple[float, float]


def _clip(points: list[Point], x: float, keep_below: bool) -> list[Point]:
    """Sutherland–Hodgman: the part of a closed ring on one side of the meridian ``x``."""
    def inside(p: Point) -> bool:
        return p[0] <= x if keep_below else p[0] >= x

    out: list[Point] = []
    for i, cur in enumerate(points):
        prev = points[i - 1]
        if inside(cur):
            if not inside(prev):
                out.append(_cross(prev, cur, x))
            out.append(cur)
        elif inside(prev):
            out.append(_cross(prev, cur, x))
    return out


def _cross(a: Point, b: Point, x: float) -> Point:
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def split_antimeridian(points: list[Point]) -> list[list[Point]]:
    """A ring that crosses ±180° as rings that do not (Leaflet draws in the plane).

    The ring is made continuous, closed over the pole if it goes round it (Antarctica), then cut
    into the copies that fall within [-180, 180].
    """
    if all(abs(a[0] - b[0]) <= 180 for a, b in itertools.pairwise(points)):
        return [points]
    cont: list[Point] = []
    for lon, lat in points:
        if cont:
            lon += 360 * round((cont[-1][0] - lon) / 360)
        cont.append((lon, lat))
    if abs(cont[-1][0] - cont[0][0]) > 180:  # goes round a pole
        pole = -90.0 if sum(p[1] for p in cont) < 0 else 90.0
        cont += [(cont[-1][0], pole), (cont[0][0], pole)]
    pieces = []
    for shift in (-720.0, -360.0, 0.0, 360.0, 720.0):
        moved = [(lon + shift, lat) for lon, lat in cont]
        part = _clip(_clip(moved, 180.0, keep_below=True), -180.0, keep_below=False)
        if len(part) >= 3:
            pieces.append(part)
    return pieces


def rounded(points: list[tuple[float, float]]) -> list[list[float]]:
    out: list[list[float]] = []
    for lon, lat in points:
        p = [round(max(-180.0, min(180.0, lon)), PRECISION), round(max(-90.0, min(90.0, lat)), PRECISION)]
        if not out or out[-1] != p:
            out.append(p)
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out


def to_geojson(topo: dict[str, Any]) -> dict[str, Any]:
    arcs = decode_arcs(topo)
    features = []
    for geom in topo["objects"]["countries"]["geometries"]:
        kind = geom.get("type")
        if kind == "Polygon":
            polys = [geom["arcs"]]
        elif kind == "MultiPolygon":
            polys = geom["arcs"]
        else:
            continue
        coords = []
        for poly in polys:
            outer, *holes = (ring(r, arcs) for r in poly)
            pieces = split_antimeridian(outer)
            for k, piece in enumerate(pieces):
                rings = [rounded(piece)]
                if len(pieces) == 1 and k == 0:
                    rings += [rounded(h) for h in holes]
                rings = [r for r in rings if len(r) >= 4]
                if rings:
                    coords.append(rings)
        if not coords:
            continue
        features.append({
            "type": "Feature",
            "id": geom.get("id"),
            "properties": {"name": (geom.get("properties") or {}).get("name")},
            "geometry": {"type": "MultiPolygon", "coordinates": coords},
        })
    return {
        "type": "FeatureCollection",
        "name": "Natural Earth 1:110m admin 0 countries",
        "license": "Public domain (Natural Earth, naturalearthdata.com); TopoJSON packaging: world-atlas 2.0.2 (ISC)",
        "generator": "scripts/build_basemap.py",
        "features": features,
    }


def render(topo: dict[str, Any]) -> str:
    return json.dumps(to_geojson(topo), separators=(",", ":"), ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--topojson", type=Path, help="countries-110m.json from world-atlas (default: npm pack)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="compare with the committed file instead of writing")
    args = ap.parse_args(argv)
    topo = json.loads(args.topojson.read_text(encoding="utf-8")) if args.topojson else fetch_topojson()
    text = render(topo)
    if args.check:
        same = args.out.is_file() and args.out.read_text(encoding="utf-8") == text
        print("basemap up to date" if same else f"basemap differs from {args.out}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    count = len(json.loads(text)["features"])
    print(f"wrote {args.out} ({len(text):,} bytes, {count} countries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
