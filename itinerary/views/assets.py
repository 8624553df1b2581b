"""Map assets: Leaflet and jQuery from the XStatic packages, and the bundled world basemap.

Nothing third-party is pasted into the repository. At dashboard start-up :func:`ensure_static`
copies the few files the map needs from the installed XStatic-Leaflet and XStatic-jQuery packages
(and the basemap from the package data) into the app's ``static/`` folder, which Streamlit serves
at ``/app/static/`` when ``[server] enableStaticServing`` is on. The map then refers to them by a
path relative to the streamlit-folium component iframe (``../../app/static/itinerary/…``), which
keeps working under a base URL path.

Three asset modes, accepted wherever a map is built:

* ``"local"`` — the Streamlit static paths above (the dashboard);
* ``"inline"`` — JavaScript, CSS and basemap embedded in the page (a standalone HTML file);
* ``"data"`` — script and stylesheet URLs as ``data:`` URIs and the basemap embedded: for a
  component iframe when static serving is not available (it loads scripts by URL only);
* any other string — a URL base (ending in ``/``) under which :func:`copy_assets` put the files.
"""

from __future__ import annotations

import base64
import functools
import importlib.resources
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: The subfolder of ``static/`` holding our files.
STATIC_SUBDIR = "itinerary"
#: Where the component iframe finds them (relative to the iframe document).
COMPONENT_STATIC_BASE = f"../../app/static/{STATIC_SUBDIR}/"
BASEMAP_RESOURCE = "basemap_countries_110m.json"
BASEMAP_NAME = "basemap.json"


def _leaflet_dir() -> Path:
    import xstatic.pkg.leaflet as leaflet

    return Path(leaflet.BASE_DIR)


def _jquery_dir() -> Path:
    import xstatic.pkg.jquery as jquery

    return Path(jquery.BASE_DIR)


def basemap_path() -> Path:
    """The bundled Natural Earth 1:110m countries as GeoJSON (package data)."""
    return Path(str(importlib.resources.files("itinerary.data").joinpath(BASEMAP_RESOURCE)))


@functools.cache
def basemap_geojson() -> dict[str, Any]:
    with basemap_path().open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def asset_sources() -> dict[str, Path]:
    """Static file name (relative to ``static/itinerary/``) → the installed file it is copied from."""
    leaflet, jquery = _leaflet_dir(), _jquery_dir()
    files = {
        "leaflet.js": leaflet / "leaflet.js",
        "leaflet.css": leaflet / "leaflet.css",
        "jquery.min.js": jquery / "jquery.min.js",
        BASEMAP_NAME: basemap_path(),
    }
    for image in sorted((leaflet / "images").glob("*.png")):
        files[f"images/{image.name}"] = image
    return files


def _same(a: Path, b: Path) -> bool:
    try:
        sa, sb = a.stat(), b.stat()
    except OSError:
        return False
    return sa.st_size == sb.st_size and int(sa.st_mtime) == int(sb.st_mtime)


def copy_assets(target: Path) -> Path:
    """Copy the map assets into ``target`` (created if needed); unchanged files are left alone."""
    target.mkdir(parents=True, exist_ok=True)
    for name, source in asset_sources().items():
        dest = target / name
        if not _same(source, dest):
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest)
    return target


def ensure_static(app_dir: Path) -> bool:
    """Put the assets under ``<app_dir>/static/itinerary/``; False when that folder is not writable.

    The dashboard falls back to the ``"inline"`` mode when this returns False (for instance when the
    package is installed read-only).
    """
    try:
        copy_assets(app_dir / "static" / STATIC_SUBDIR)
    except OSError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class Assets:
    """What a map page loads: script and stylesheet URLs, or inline code, and the basemap source."""

    js: tuple[tuple[str, str], ...]
    css: tuple[tuple[str, str], ...]
    inline_js: tuple[str, ...] = ()
    inline_css: tuple[str, ...] = ()
    basemap_url: str | None = None

    def inline_basemap(self) -> dict[str, Any] | None:
        return basemap_geojson() if self.basemap_url is None else None


@functools.cache
def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _inline_css() -> str:
    """Leaflet's CSS with its images as data URIs, so nothing is fetched."""
    css = _read(_leaflet_dir() / "leaflet.css")
    for image in sorted((_leaflet_dir() / "images").glob("*.png")):
        uri = "data:image/png;base64," + base64.b64encode(image.read_bytes()).decode("ascii")
        css = css.replace(f"images/{image.name}", uri)
    return css


@functools.cache
def _data_uri(media_type: str, text: str) -> str:
    return f"data:{media_type};base64," + base64.b64encode(text.encode("utf-8")).decode("ascii")


def _script_safe(code: str) -> str:
    """Code that can sit inside ``<script>…</script>`` without closing it early."""
    return code.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")


def resolve_assets(mode: str = "local") -> Assets:
    """The assets for ``mode``: ``"local"``, ``"inline"``, ``"data"`` or a URL base."""
    if mode == "inline":
        return Assets(
            js=(),
            css=(),
            inline_js=(_script_safe(_read(_leaflet_dir() / "leaflet.js")), _script_safe(_read(_jquery_dir() / "jquery.min.js"))),
            inline_css=(_inline_css(),),
            basemap_url=None,
        )
    if mode == "data":
        js = (("leaflet", _data_uri("text/javascript", _read(_leaflet_dir() / "leaflet.js"))),
              ("jquery", _data_uri("text/javascript", _read(_jquery_dir() / "jquery.min.js"))))
        return Assets(js=js, css=(("leaflet_css", _data_uri("text/css", _inline_css())),), basemap_url=None)
    base = COMPONENT_STATIC_BASE if mode == "local" else mode
    if not base.endswith("/"):
        base += "/"
    if not base or base.startswith(("javascript:", "data:")):
        raise ValueError(f"assets must be 'local', 'inline' or a URL base; got {mode!r}")
    return Assets(
        js=(("leaflet", base + "leaflet.js"), ("jquery", base + "jquery.min.js")),
        css=(("leaflet_css", base + "leaflet.css"),),
        basemap_url=base + BASEMAP_NAME,
    )


def iter_static_urls(mode: str = "local") -> Iterator[str]:
    """Every URL the map loads in ``mode`` (for tests and the benchmark)."""
    a = resolve_assets(mode)
    yield from (url for _, url in a.js)
    yield from (url for _, url in a.css)
    if a.basemap_url:
        yield a.basemap_url
