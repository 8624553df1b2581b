"""Fetching a story from the web (opt-in), refusing what an offline tool should not reach.

:func:`fetch_document` is the one entry point. It uses only the standard library and
follows redirects itself, so that every hop is checked the same way:

- http and https only; no user name or password in the URL;
- the host is resolved and **every** address it resolves to must be public: private,
  loopback, link-local, multicast, reserved, shared (CGNAT) and unspecified addresses are
  refused, including IPv4 hidden in IPv6 (mapped, 6to4, Teredo, NAT64);
- the connection goes to the address that was checked (the name is only used for the
  ``Host`` header and TLS server name), so a second DNS answer cannot swap in another host;
- at most ``max_redirects`` redirects, and never a loop;
- ``timeout`` bounds the whole fetch, redirects included: a watchdog closes the socket when
  it runs out, so a server that trickles bytes cannot hold the caller;
- at most ``max_bytes`` of body (checked against ``Content-Length`` first, then while reading,
  and after gzip/deflate decompression);
- the content type must be text/html, application/xhtml+xml or text/plain.

Each refusal raises a :class:`~itinerary.errors.FetchError` subclass whose message names the
URL and the reason on one line; ``url`` and ``reason`` are also attributes.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import re
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from itinerary.errors import (
    AddressRefusedError,
    BinaryInputError,
    ContentTypeError,
    FetchError,
    FetchTimeoutError,
    HostNotFoundError,
    HTTPStatusError,
    RedirectError,
    ResponseTooLargeError,
    URLRefusedError,
)
from itinerary.model import Source
from itinerary.sources import Document, decode_bytes, guess_title, html_to_document
from itinerary.sources import max_bytes as story_max_bytes

SCHEMES = ("http", "https")
CONTENT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
HTML_TYPES = ("text/html", "application/xhtml+xml")
REDIRECTS = (301, 302, 303, 307, 308)
DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_REDIRECTS = 3
URL_MAX_CHARS = 8000
USER_AGENT = "itinerary/0.1 (trip story reader)"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_URL_LIKE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")


def looks_like_url(text: str) -> bool:
    """True for anything with a URL scheme (``https:``, ``file:``, ``javascript:``...)."""
    return bool(_URL_LIKE.match(text.strip()))


def _show(url: str) -> str:
    """A URL for a message: quoted, escaped, and cut when very long."""
    return repr(url if len(url) <= 200 else url[:199] + "…")


# --- URLs --------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Target:
    url: str  # normalised: scheme://host[:port]/path?query, ASCII only
    scheme: str
    host: str  # IDNA (ASCII) form, without brackets
    port: int
    path: str  # request target: /path?query


def _parse(url: str) -> _Target:
    raw = url.strip()
    if not raw:
        raise URLRefusedError("no URL was given", url=url, reason="empty")
    if len(raw) > URL_MAX_CHARS:
        raise URLRefusedError(f"the URL is {len(raw):,} characters long, over the limit of {URL_MAX_CHARS:,}",
                              url=raw[:200], reason="too-long")
    if _CONTROL.search(raw):
        raise URLRefusedError(f"the URL {_show(raw)} contains control characters", url=raw, reason="malformed")
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError as exc:
        raise URLRefusedError(f"the URL {_show(raw)} is malformed: {exc}", url=raw, reason="malformed") from None
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        shown = f"{scheme}:" if scheme else "no scheme"
        raise URLRefusedError(f"only http and https URLs can be fetched; {_show(raw)} has {shown}",
                              url=raw, reason="scheme")
    if parts.username is not None or parts.password is not None:
        raise URLRefusedError(f"URLs with a user name or password are refused: {_show(raw)}", url=raw,
                              reason="credentials")
    host = parts.hostname
    if not host:
        raise URLRefusedError(f"the URL {_show(raw)} has no host", url=raw, reason="malformed")
    if _literal(host) is not None:
        ascii_host = host
    else:
        try:
            ascii_host = host.rstrip(".").encode("idna").decode("ascii").lower()
        except UnicodeError:
            raise URLRefusedError(f"the host {host!r} in {_show(raw)} is not a valid name", url=raw,
                                  reason="malformed") from None
    port = port or (443 if scheme == "https" else 80)
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    query = quote(parts.query, safe="/?%:@!$&'()*+,;=-._~")
    target = path + (f"?{query}" if query else "")
    shown_host = f"[{ascii_host}]" if ":" in ascii_host else ascii_host
    default = (scheme, port) in (("http", 80), ("https", 443))
    netloc = shown_host if default else f"{shown_host}:{port}"
    normal = urlunsplit((scheme, netloc, path, query, ""))
    return _Target(url=normal, scheme=scheme, host=ascii_host, port=port, path=target)


# --- addresses ---------------------------------------------------------------------------------

def _embedded(ip: IPAddress) -> list[IPAddress]:
    """Any IPv4 address carried inside an IPv6 one, then the address itself."""
    found: list[IPAddress] = []
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            found.append(ip.ipv4_mapped)
        if ip.sixtofour is not None:
            found.append(ip.sixtofour)
        if ip.teredo is not None:
            found.extend(ip.teredo)
        if any(ip in net for net in _NAT64):
            found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return [*found, ip]


def refusal(ip: IPAddress) -> str | None:
    """Why an address may not be fetched from (``"loopback"``, ``"private"``...), or None."""
    for a in _embedded(ip):
        for label, flag in (
            ("unspecified", a.is_unspecified),
            ("loopback", a.is_loopback),
            ("link-local", a.is_link_local),
            ("multicast", a.is_multicast),
            ("private", a.is_private),
            ("reserved", a.is_reserved),
            ("non-public", not a.is_global),
        ):
            if flag:
                return label
    return None


def _literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return None


def _resolve(target: _Target, deadline: float) -> list[IPAddress]:
    """Every address the host resolves to (an IP literal resolves to itself)."""
    literal = _literal(target.host)
    if literal is not None:
        return [literal]
    result: list[list[tuple[Any, ...]] | BaseException] = []

    def lookup() -> None:
        try:
            result.append(socket.getaddrinfo(target.host, target.port, type=socket.SOCK_STREAM))
        except (OSError, UnicodeError) as exc:
            result.append(exc)

    worker = threading.Thread(target=lookup, name="itinerary-dns", daemon=True)
    worker.start()
    worker.join(max(0.0, deadline - time.monotonic()))
    if not result:
        raise FetchTimeoutError(f"gave up on {_show(target.url)}: looking up {target.host!r} took too long",
                                url=target.url, reason="timeout")
    answer = result[0]
    if isinstance(answer, BaseException) or not answer:
        raise HostNotFoundError(f"cannot fetch {_show(target.url)}: the host {target.host!r} was not found",
                                url=target.url, reason="host-not-found")
    addresses: list[IPAddress] = []
    for _family, _type, _proto, _name, sockaddr in answer:
        ip = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if ip not in addresses:
            addresses.append(ip)
    return addresses


def _check(target: _Target, addresses: list[IPAddress], allowed: frozenset[IPAddress]) -> None:
    for ip in addresses:
        why = None if ip in allowed else refusal(ip)
        if why is not None:
            said = "is" if _literal(target.host) is not None else f"resolves to {ip},"
            raise AddressRefusedError(
                f"refused to fetch {_show(target.url)}: {target.host!r} {said} a {why} address",
                url=target.url, reason="address",
            )


# --- connections pinned to the checked address --------------------------------------------------

class _PinnedHTTP(http.client.HTTPConnection):
    """An HTTP connection to a given IP address, with the host name in the Host header."""

    def __init__(self, host: str, port: int, ip: IPAddress, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.ip = ip

    def connect(self) -> None:
        self.sock = socket.create_connection((str(self.ip), self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    """An HTTPS connection to a given IP address; the certificate is checked against the host name."""

    def __init__(self, host: str, port: int, ip: IPAddress, timeout: float) -> None:
        self.tls = ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=self.tls)
        self.ip = ip

    def connect(self) -> None:
        raw = socket.create_connection((str(self.ip), self.port), self.timeout)
        try:
            self.sock = self.tls.wrap_socket(raw, server_hostname=self.host)
        except BaseException:
            raw.close()
            raise


class _Watchdog:
    """Shuts a socket down when the deadline passes, ending any read that is still waiting."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.fired = False
        self._sock: socket.socket | None = None
        self._timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket | None) -> None:
        self._sock = sock
        if self.fired:
            self._fire()

    def _fire(self) -> None:
        self.fired = True
        sock = self._sock
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def cancel(self) -> None:
        self._timer.cancel()

    def expired(self) -> bool:
        return self.fired or time.monotonic() >= self.deadline


# --- fetching ----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Response:
    url: str
    status: int
    content_type: str | None
    charset: str | None
    body: bytes


def _connection(target: _Target, ip: IPAddress, timeout: float) -> http.client.HTTPConnection:
    cls = _PinnedHTTPS if target.scheme == "https" else _PinnedHTTP
    return cls(target.host, target.port, ip, timeout)


def _timeout_error(target: _Target, timeout: float) -> FetchTimeoutError:
    return FetchTimeoutError(f"gave up on {_show(target.url)}: it did not answer in full within {timeout:g} s",
                             url=target.url, reason="timeout")


def _request(target: _Target, addresses: list[IPAddress], *, deadline: float, timeout: float) -> tuple[http.client.HTTPResponse, http.client.HTTPConnection, _Watchdog]:
    """Connect to the first address that answers and send the request."""
    last: OSError | None = None
    for ip in addresses:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _timeout_error(target, timeout)
        conn = _connection(target, ip, remaining)
        dog = _Watchdog(deadline)
        try:
            conn.connect()
            dog.watch(conn.sock)
            conn.request("GET", target.path, headers={
                "User-Agent": USER_AGENT,
                "Accept": "text/html, application/xhtml+xml, text/plain;q=0.9",
                "Accept-Encoding": "identity",
                "Connection": "close",
            })
            resp = conn.getresponse()
            if dog.expired():  # the watchdog cut the headers short
                resp.close()
                raise TimeoutError
            return resp, conn, dog
        except ssl.SSLError as exc:
            dog.cancel()
            conn.close()
            raise FetchError(f"cannot connect securely to {_show(target.url)}: {exc.reason or exc}",
                             url=target.url, reason="tls") from None
        except TimeoutError:
            dog.cancel()
            conn.close()
            raise _timeout_error(target, timeout) from None
        except (OSError, http.client.HTTPException) as exc:
            dog.cancel()
            conn.close()
            if dog.expired():
                raise _timeout_error(target, timeout) from None
            if isinstance(exc, http.client.HTTPException):
                raise FetchError(f"{_show(target.url)} did not answer in HTTP: {type(exc).__name__}",
                                 url=target.url, reason="protocol") from None
            last = exc
    reason = (last.strerror if last is not None else None) or str(last)
    raise FetchError(f"cannot connect to {_show(target.url)}: {reason}", url=target.url, reason="connect")


def _read_body(resp: http.client.HTTPResponse, target: _Target, *, dog: _Watchdog, timeout: float,
               limit: int) -> bytes:
    length = resp.getheader("Content-Length")
    if length is not None and length.strip().isdigit() and int(length) > limit:
        raise ResponseTooLargeError(
            f"{_show(target.url)} is {int(length):,} bytes, over the limit of {limit:,}", url=target.url,
            reason="too-large")
    chunks: list[bytes] = []
    total = 0
    try:
        while True:
            chunk = resp.read1(1 << 16)
            if not chunk:
                break
            if dog.expired():
                raise _timeout_error(target, timeout)
            total += len(chunk)
            if total > limit:
                raise ResponseTooLargeError(f"{_show(target.url)} is over the limit of {limit:,} bytes",
                                            url=target.url, reason="too-large")
            chunks.append(chunk)
    except FetchError:
        raise
    except TimeoutError:
        raise _timeout_error(target, timeout) from None
    except (OSError, http.client.HTTPException) as exc:
        if dog.expired():
            raise _timeout_error(target, timeout) from None
        raise FetchError(f"the connection to {_show(target.url)} broke while reading: {exc}", url=target.url,
                         reason="connect") from None
    if dog.expired():
        raise _timeout_error(target, timeout)
    return _decompress(b"".join(chunks), resp.getheader("Content-Encoding"), target, limit)


def _decompress(body: bytes, encoding: str | None, target: _Target, limit: int) -> bytes:
    coding = (encoding or "identity").strip().lower()
    if coding in ("", "identity"):
        return body
    if coding not in ("gzip", "x-gzip", "deflate"):
        raise ContentTypeError(f"{_show(target.url)} was sent compressed as {coding!r}, which cannot be read",
                               url=target.url, reason="encoding")
    wbits = 16 + zlib.MAX_WBITS if "gzip" in coding else zlib.MAX_WBITS
    try:
        d = zlib.decompressobj(wbits)
        out = d.decompress(body, limit + 1)
    except zlib.error:
        try:
            d = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, as some servers send
            out = d.decompress(body, limit + 1)
        except zlib.error:
            raise FetchError(f"{_show(target.url)} sent a corrupt {coding} body", url=target.url,
                             reason="encoding") from None
    if len(out) > limit or d.unconsumed_tail:
        raise ResponseTooLargeError(f"{_show(target.url)} is over the limit of {limit:,} bytes once decompressed",
                                    url=target.url, reason="too-large")
    return out


def _allowance(allow_private: bool | Iterable[str]) -> frozenset[IPAddress] | None:
    """None when every address is allowed, else the addresses exempt from the check."""
    if allow_private is True:
        return None
    if allow_private is False:
        return frozenset()
    if isinstance(allow_private, str):
        allow_private = [allow_private]
    return frozenset(ipaddress.ip_address(a) for a in allow_private)


def _get(url: str, *, timeout: float, limit: int, max_redirects: int, allow_private: bool | Iterable[str],
         resolve: Callable[[_Target, float], list[IPAddress]]) -> _Response:
    allowed = _allowance(allow_private)
    deadline = time.monotonic() + timeout
    target = _parse(url)
    seen = {target.url}
    for hop in range(max_redirects + 1):
        addresses = resolve(target, deadline)
        if allowed is not None:
            _check(target, addresses, allowed)
        resp, conn, dog = _request(target, addresses, deadline=deadline, timeout=timeout)
        try:
            if resp.status in REDIRECTS:
                location = resp.getheader("Location")
                if not location or not location.strip():
                    raise RedirectError(f"{_show(target.url)} redirects ({resp.status}) without saying where",
                                        url=target.url, reason="redirect")
                nxt = _parse(urljoin(target.url, location.strip()))
                if nxt.url in seen:
                    raise RedirectError(f"{_show(url)} redirects in a loop (back to {_show(nxt.url)})",
                                        url=nxt.url, reason="redirect-loop")
                if hop == max_redirects:
                    raise RedirectError(f"{_show(url)} redirects more than {max_redirects} times",
                                        url=nxt.url, reason="too-many-redirects")
                seen.add(nxt.url)
                target = nxt
                continue
            if resp.status >= 400:
                raise HTTPStatusError(f"{_show(target.url)} answered {resp.status} {resp.reason}".rstrip(),
                                      url=target.url, reason="status")
            if resp.status != 200:
                raise HTTPStatusError(f"{_show(target.url)} answered {resp.status} {resp.reason}, not a page".rstrip(),
                                      url=target.url, reason="status")
            header = resp.getheader("Content-Type")
            if header is None or not header.strip():
                raise ContentTypeError(f"{_show(target.url)} did not say what it sent (no Content-Type)",
                                       url=target.url, reason="content-type")
            ctype = resp.headers.get_content_type()
            if ctype not in CONTENT_TYPES:
                raise ContentTypeError(f"{_show(target.url)} is {ctype}, not a web page or plain text",
                                       url=target.url, reason="content-type")
            body = _read_body(resp, target, dog=dog, timeout=timeout, limit=limit)
            return _Response(target.url, resp.status, ctype, resp.headers.get_content_charset(), body)
        finally:
            dog.cancel()
            resp.close()
            conn.close()
    raise AssertionError("not reached")  # pragma: no cover


def fetch_document(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int | None = None,
    max_redirects: int = DEFAULT_MAX_REDIRECTS,
    allow_private: bool | Iterable[str] = False,
) -> Document:
    """Fetch a story from ``url`` and read it like a file: an HTML page gives its article text.

    ``timeout`` (seconds) bounds the whole fetch, redirects included; ``max_bytes`` defaults
    to the story size limit (:func:`itinerary.sources.max_bytes`). ``allow_private`` lets
    tests reach a server on loopback: ``True`` lifts the address check, a collection of
    addresses (``{"127.0.0.1"}``) exempts just those. Nothing but tests should set it.

    Raises a :class:`~itinerary.errors.FetchError` subclass for each refusal, or an
    :class:`~itinerary.errors.InputError` when the page holds no text.
    """
    limit = story_max_bytes() if max_bytes is None else max_bytes
    if timeout <= 0:
        raise ValueError(f"timeout must be positive; got {timeout!r}")
    resp = _get(url, timeout=timeout, limit=limit, max_redirects=max_redirects, allow_private=allow_private,
                resolve=_resolve)
    name = _show(resp.url)
    try:
        text = decode_bytes(resp.body, name, limit=limit, encoding=resp.charset)
    except BinaryInputError as exc:
        raise ContentTypeError(f"{name} says {resp.content_type} but {str(exc).removeprefix(name + ' ')}",
                               url=resp.url, reason="content-type") from None
    source = Source(url=resp.url)
    if resp.content_type in HTML_TYPES:
        return html_to_document(text, source)
    return Document(text=text, source=Source(title=guess_title(text), url=resp.url))

