"""Fetching a story by URL, and every refusal, against a local server on 127.0.0.1.

The server is on loopback, which fetch_document refuses; the tests pass the explicit
test-only allowance ``allow_private={"127.0.0.1"}`` (only that address) or ``True``.
"""

from __future__ import annotations

import contextlib
import gzip
import http.server
import ipaddress
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from itinerary import fetch
from itinerary.errors import (
    AddressRefusedError,
    ContentTypeError,
    EmptyInputError,
    FetchError,
    FetchTimeoutError,
    HostNotFoundError,
    HTTPStatusError,
    RedirectError,
    ResponseTooLargeError,
    URLRefusedError,
)
from itinerary.fetch import fetch_document, looks_like_url, refusal

FIXTURES = Path(__file__).parent / "fixtures"
LOCAL = {"127.0.0.1"}
ARTICLE = (b"<!DOCTYPE html><html><head><title>Smith visits Rome</title></head><body><article>"
           b"<p>Secretary Smith traveled to Rome on Tuesday for talks with Italian officials.</p>"
           b"<p>She then flew to Kyiv on Wednesday, where she met the president.</p></article></body></html>")
PLAIN = b"Smith in Rome\n\nSecretary Smith traveled to Rome on Tuesday, then flew to Kyiv.\n"


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, Callable[[_Handler], None]]] = {}

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        route = self.routes.get(self.path.split("?", 1)[0])
        if route is None:
            self.send(404, b"not found", "text/plain")
        else:
            route(self)

    def send(self, status: int, body: bytes, ctype: str | None = "text/html; charset=utf-8",
             headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if ctype is not None:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, to: str, status: int = 302) -> None:
        self.send(status, b"", headers={"Location": to})


def _route(path: str) -> Callable[[Callable[[_Handler], None]], Callable[[_Handler], None]]:
    def register(fn: Callable[[_Handler], None]) -> Callable[[_Handler], None]:
        _Handler.routes[path] = fn
        return fn
    return register


@_route("/article.html")
def _article(h: _Handler) -> None:
    h.send(200, ARTICLE)


@_route("/plain.txt")
def _plain(h: _Handler) -> None:
    h.send(200, PLAIN, "text/plain; charset=utf-8")


@_route("/xhtml")
def _xhtml(h: _Handler) -> None:
    h.send(200, ARTICLE, "application/xhtml+xml")


@_route("/latin1")
def _latin1(h: _Handler) -> None:
    page = ("<html><body><p>La ministre s'est rendue à Genève mardi, puis à Zürich pour un sommet "
            "consacré à l'énergie.</p></body></html>")
    h.send(200, page.encode("latin-1"), "text/html; charset=iso-8859-1")


@_route("/hostile.html")
def _hostile(h: _Handler) -> None:
    h.send(200, (FIXTURES / "hostile_article.html").read_bytes())


@_route("/echo-host")
def _echo_host(h: _Handler) -> None:
    h.send(200, f"The request said Host: {h.headers.get('Host')}\n".encode(), "text/plain")


@_route("/gzip")
def _gzip(h: _Handler) -> None:
    h.send(200, gzip.compress(ARTICLE), headers={"Content-Encoding": "gzip"})


@_route("/gzip-bomb")
def _gzip_bomb(h: _Handler) -> None:
    h.send(200, gzip.compress(b"<p>" + b"a" * 5_000_000 + b"</p>"), headers={"Content-Encoding": "gzip"})


@_route("/brotli")
def _brotli(h: _Handler) -> None:
    h.send(200, b"\x00\x01\x02", headers={"Content-Encoding": "br"})


@_route("/big")
def _big(h: _Handler) -> None:
    h.send(200, b"<p>" + b"word " * 40_000 + b"</p>")


@_route("/big-unannounced")
def _big_unannounced(h: _Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.end_headers()  # no Content-Length: read until the server closes
    try:
        for _ in range(100):
            h.wfile.write(b"word " * 2000)
    except OSError:
        pass


@_route("/lying-length")
def _lying_length(h: _Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.send_header("Content-Length", "10")
    h.end_headers()
    with contextlib.suppress(OSError):
        h.wfile.write(b"word " * 40_000)


@_route("/slow")
def _slow(h: _Handler) -> None:
    time.sleep(3)
    h.send(200, ARTICLE)


@_route("/trickle")
def _trickle(h: _Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.send_header("Content-Length", "1000")
    h.end_headers()
    try:
        for _ in range(1000):
            h.wfile.write(b"a")
            h.wfile.flush()
            time.sleep(0.05)
    except OSError:
        pass


@_route("/trickle-headers")
def _trickle_headers(h: _Handler) -> None:
    try:
        h.wfile.write(b"HTTP/1.0 200 OK\r\n")
        for i in range(200):
            h.wfile.write(f"X-Slow-{i}: y\r\n".encode())
            h.wfile.flush()
            time.sleep(0.05)
    except OSError:
        pass


@_route("/image.png")
def _png(h: _Handler) -> None:
    h.send(200, b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png")


@_route("/data.json")
def _json(h: _Handler) -> None:
    h.send(200, b'{"a": 1}', "application/json")


@_route("/no-type")
def _no_type(h: _Handler) -> None:
    h.send(200, ARTICLE, None)


@_route("/png-said-html")
def _png_said_html(h: _Handler) -> None:
    h.send(200, b"\x89PNG\r\n\x1a\n" + bytes(100))


@_route("/empty-page")
def _empty_page(h: _Handler) -> None:
    h.send(200, b"<html><head><script>alert(1)</script></head><body></body></html>")


@_route("/missing")
def _missing(h: _Handler) -> None:
    h.send(404, b"<p>gone</p>")


@_route("/broken")
def _broken(h: _Handler) -> None:
    h.send(500, b"<p>oops</p>")


@_route("/no-content")
def _no_content(h: _Handler) -> None:
    h.send(204, b"")


# redirects
@_route("/r/one")
def _r_one(h: _Handler) -> None:
    h.redirect("/article.html", 301)


@_route("/r/relative")
def _r_relative(h: _Handler) -> None:
    h.redirect("../plain.txt", 308)


for _n in range(1, 6):
    _route(f"/r/chain{_n}")(lambda h, n=_n: h.redirect(f"/r/chain{n + 1}" if n < 5 else "/article.html"))


@_route("/r/loop-a")
def _r_loop_a(h: _Handler) -> None:
    h.redirect("/r/loop-b")


@_route("/r/loop-b")
def _r_loop_b(h: _Handler) -> None:
    h.redirect("/r/loop-a")


@_route("/r/self")
def _r_self(h: _Handler) -> None:
    h.redirect("/r/self", 307)


@_route("/r/nowhere")
def _r_nowhere(h: _Handler) -> None:
    h.send(302, b"")


PRIVATE_TARGETS = {
    "/r/to-private": "http://10.0.0.1/",
    "/r/to-metadata": "http://169.254.169.254/latest/meta-data/",
    "/r/to-loopback": "http://127.0.0.2:{port}/article.html",  # loopback too, but not the allowed address
    "/r/to-ipv6-loopback": "http://[::1]:{port}/article.html",
    "/r/to-mapped": "http://[::ffff:192.168.1.1]/",
    "/r/to-zero": "http://0.0.0.0:{port}/article.html",
    "/r/to-decimal": "http://2130706434:{port}/",  # 127.0.0.2 written as one number
}
for _path, _to in PRIVATE_TARGETS.items():
    _route(_path)(lambda h, to=_to: h.redirect(to.format(port=h.server.server_address[1])))


@_route("/r/to-file")
def _r_to_file(h: _Handler) -> None:
    h.redirect("file:///etc/passwd")


@_route("/r/to-javascript")
def _r_to_javascript(h: _Handler) -> None:
    h.redirect("javascript:alert(1)")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


# --- what works ---------------------------------------------------------------------------------

def test_an_html_page_gives_its_article(server: str) -> None:
    doc = fetch_document(f"{server}/article.html", allow_private=LOCAL)
    assert doc.source.url == f"{server}/article.html"
    assert doc.source.title == "Smith visits Rome"
    assert "Secretary Smith traveled to Rome on Tuesday" in doc.text


@pytest.mark.parametrize("path", ["/plain.txt", "/xhtml", "/gzip"])
def test_other_accepted_forms(server: str, path: str) -> None:
    doc = fetch_document(server + path, allow_private=True)
    assert "traveled to Rome on Tuesday" in doc.text


def test_plain_text_gets_its_headline_as_title(server: str) -> None:
    assert fetch_document(f"{server}/plain.txt", allow_private=LOCAL).source.title == "Smith in Rome"


def test_the_charset_header_is_used(server: str) -> None:
    assert "rendue à Genève mardi, puis à Zürich" in fetch_document(f"{server}/latin1", allow_private=LOCAL).text


def test_the_connection_goes_to_the_checked_address_with_the_name_as_host(
        server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """DNS rebinding: the name is resolved once, checked, and the socket goes to that address."""
    port = server.rsplit(":", 1)[1]
    calls: list[str] = []

    real = socket.getaddrinfo

    def fake_getaddrinfo(host: str, *args: object, **kwargs: object) -> list[tuple[object, ...]]:
        if host[0].isdigit():  # the connection to the checked address itself
            return real(host, *args, **kwargs)  # type: ignore[arg-type]
        calls.append(host)
        ip = "127.0.0.1" if len(calls) == 1 else "10.9.9.9"  # a second answer would point elsewhere
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, int(port)))]

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    doc = fetch_document(f"http://news.example:{port}/echo-host", allow_private=LOCAL)
    assert doc.text.strip() == f"The request said Host: news.example:{port}"
    assert calls == ["news.example"]


def test_redirects_are_followed(server: str) -> None:
    assert fetch_document(f"{server}/r/one", allow_private=LOCAL).source.url == f"{server}/article.html"
    assert fetch_document(f"{server}/r/relative", allow_private=LOCAL).source.url == f"{server}/plain.txt"
    doc = fetch_document(f"{server}/r/chain3", allow_private=LOCAL)  # chain3 → 4 → 5 → article: 3 hops
    assert doc.source.url == f"{server}/article.html"


def test_a_hostile_page_gives_text_not_scripts(server: str) -> None:
    doc = fetch_document(f"{server}/hostile.html", allow_private=LOCAL)
    assert "alert(\"inline\")" not in doc.text and "head script" not in doc.text
    assert doc.source.title == 'Minister <script>alert(1)</script> tours Europe & "friends"'


# --- refusals -----------------------------------------------------------------------------------

def test_loopback_is_refused_without_the_allowance(server: str) -> None:
    with pytest.raises(AddressRefusedError) as info:
        fetch_document(f"{server}/article.html")
    assert str(info.value) == f"refused to fetch '{server}/article.html': '127.0.0.1' is a loopback address"
    assert info.value.url == f"{server}/article.html" and info.value.reason == "address"


def test_localhost_by_name_is_refused(server: str) -> None:
    port = server.rsplit(":", 1)[1]
    with pytest.raises(AddressRefusedError, match=r"'localhost' resolves to .*, a loopback address"):
        fetch_document(f"http://localhost:{port}/article.html")


def test_every_resolved_address_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", 80)),
               (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.168.0.10", 80))]
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: answers)
    with pytest.raises(AddressRefusedError, match=r"resolves to 192\.168\.0\.10, a private address"):
        fetch_document("http://mixed.example/")


@pytest.mark.parametrize("path", sorted(PRIVATE_TARGETS))
def test_a_redirect_to_a_private_address_is_refused(server: str, path: str) -> None:
    with pytest.raises(AddressRefusedError, match=r"refused to fetch .* address"):
        fetch_document(server + path, allow_private=LOCAL)


@pytest.mark.parametrize(("path", "scheme"), [("/r/to-file", "file:"), ("/r/to-javascript", "javascript:")])
def test_a_redirect_to_another_scheme_is_refused(server: str, path: str, scheme: str) -> None:
    with pytest.raises(URLRefusedError, match=f"only http and https URLs can be fetched; .* has {scheme}"):
        fetch_document(server + path, allow_private=LOCAL)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("file:///etc/passwd", "only http and https URLs can be fetched; 'file:///etc/passwd' has file:"),
        ("javascript:alert(1)", "only http and https URLs can be fetched; 'javascript:alert(1)' has javascript:"),
        ("ftp://example.org/story.txt", "has ftp:"),
        ("data:text/html,<script>alert(1)</script>", "has data:"),
        ("gopher://127.0.0.1:25/", "has gopher:"),
        ("example.org/story", "has no scheme"),
        ("http://user:secret@example.org/", "URLs with a user name or password are refused"),
        ("http:///nohost", "has no host"),
        ("http://example.org:99999/", "is malformed"),
        ("http://exa mple.org\r\nX-Injected: 1", "contains control characters"),
        ("", "no URL was given"),
        ("http://example.org/" + "a" * 9000, "over the limit of 8,000"),
    ],
)
def test_malformed_and_non_http_urls_are_refused(url: str, message: str) -> None:
    with pytest.raises(URLRefusedError) as info:
        fetch_document(url)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("127.0.0.1", "loopback"), ("::1", "loopback"), ("10.1.2.3", "private"), ("172.16.0.1", "private"),
        ("192.168.1.1", "private"), ("169.254.169.254", "link-local"), ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"), ("ff02::1", "multicast"), ("0.0.0.0", "unspecified"), ("::", "unspecified"),
        ("240.0.0.1", "private"), ("100.64.0.1", "non-public"), ("fc00::1", "private"),
        ("::ffff:127.0.0.1", "loopback"), ("::ffff:10.0.0.1", "private"),
        ("2002:7f00:1::", "loopback"),  # 6to4 around 127.0.0.1
        ("64:ff9b::a00:1", "private"),  # NAT64 around 10.0.0.1
        ("2001:0:4136:e378:8000:63bf:f5ff:fffe", "private"),  # Teredo around 10.0.0.1
        ("192.0.2.1", "private"),  # documentation
        ("255.255.255.255", "private"),
    ],
)
def test_refused_address_kinds(address: str, why: str) -> None:
    assert refusal(ipaddress.ip_address(address)) == why


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "151.101.1.140"])
def test_public_addresses_pass(address: str) -> None:
    assert refusal(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize(
    "url",
    ["http://127.1/", "http://0x7f000001/", "http://2130706433/", "http://[::1]/", "http://[::ffff:7f00:1]/",
     "http://0/", "http://169.254.169.254/latest/meta-data/", "https://10.0.0.1/"],
)
def test_loopback_and_private_in_any_spelling(url: str) -> None:
    with pytest.raises(AddressRefusedError):
        fetch_document(url, timeout=2)


def test_an_unresolvable_host() -> None:
    with pytest.raises(HostNotFoundError) as info:
        fetch_document("http://no-such-host.invalid/story.html", timeout=5)
    assert str(info.value) == ("cannot fetch 'http://no-such-host.invalid/story.html': "
                               "the host 'no-such-host.invalid' was not found")


def test_a_slow_lookup_times_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: time.sleep(5))
    t = time.monotonic()
    with pytest.raises(FetchTimeoutError, match=r"looking up 'slow-dns\.example' took too long"):
        fetch_document("http://slow-dns.example/", timeout=0.5)
    assert time.monotonic() - t < 2


def test_too_large_by_content_length(server: str) -> None:
    with pytest.raises(ResponseTooLargeError, match=r"'http://127.0.0.1:\d+/big' is 200,007 bytes, over the limit of 100,000"):
        fetch_document(f"{server}/big", allow_private=LOCAL, max_bytes=100_000)


def test_too_large_while_reading(server: str) -> None:
    with pytest.raises(ResponseTooLargeError, match="/big-unannounced' is over the limit of 100,000 bytes"):
        fetch_document(f"{server}/big-unannounced", allow_private=LOCAL, max_bytes=100_000)


def test_a_short_content_length_reads_no_further(server: str) -> None:
    assert fetch_document(f"{server}/lying-length", allow_private=LOCAL, max_bytes=100_000).text.strip() == "word word"


def test_the_story_size_limit_is_the_default(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ITINERARY_MAX_BYTES", "50000")
    with pytest.raises(ResponseTooLargeError, match="over the limit of 50,000"):
        fetch_document(f"{server}/big", allow_private=LOCAL)


def test_a_decompression_bomb_is_cut(server: str) -> None:
    with pytest.raises(ResponseTooLargeError, match="over the limit of 1,000,000 bytes once decompressed"):
        fetch_document(f"{server}/gzip-bomb", allow_private=LOCAL, max_bytes=1_000_000)


def test_an_unknown_content_encoding(server: str) -> None:
    with pytest.raises(ContentTypeError, match="was sent compressed as 'br', which cannot be read"):
        fetch_document(f"{server}/brotli", allow_private=LOCAL)


def test_a_slow_server_times_out(server: str) -> None:
    t = time.monotonic()
    with pytest.raises(FetchTimeoutError, match=r"gave up on .*/slow': it did not answer in full within 1 s") as info:
        fetch_document(f"{server}/slow", allow_private=LOCAL, timeout=1)
    assert time.monotonic() - t < 2.5
    assert isinstance(info.value, TimeoutError) and info.value.reason == "timeout"


@pytest.mark.parametrize("path", ["/trickle", "/trickle-headers"])
def test_a_trickling_server_is_cut_at_the_deadline(server: str, path: str) -> None:
    """Each byte comes well within the socket timeout; the whole-fetch deadline still holds."""
    t = time.monotonic()
    with pytest.raises(FetchTimeoutError):
        fetch_document(server + path, allow_private=LOCAL, timeout=1)
    assert time.monotonic() - t < 2.5


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/image.png", "is image/png, not a web page or plain text"),
        ("/data.json", "is application/json, not a web page or plain text"),
        ("/no-type", "did not say what it sent (no Content-Type)"),
        ("/png-said-html", "says text/html but is not text: it looks like a PNG image"),
    ],
)
def test_wrong_content_types(server: str, path: str, message: str) -> None:
    with pytest.raises(ContentTypeError) as info:
        fetch_document(server + path, allow_private=LOCAL)
    assert message in str(info.value)
    assert info.value.reason == "content-type"


@pytest.mark.parametrize(
    ("path", "message"),
    [("/missing", "answered 404 Not Found"), ("/broken", "answered 500 Internal Server Error"),
     ("/no-content", "answered 204 No Content, not a page")],
)
def test_error_statuses(server: str, path: str, message: str) -> None:
    with pytest.raises(HTTPStatusError, match=message):
        fetch_document(server + path, allow_private=LOCAL)


def test_a_page_without_text(server: str) -> None:
    with pytest.raises(EmptyInputError, match="no article text found in the HTML page"):
        fetch_document(f"{server}/empty-page", allow_private=LOCAL)


def test_redirect_loops(server: str) -> None:
    with pytest.raises(RedirectError, match=r"'http://127.0.0.1:\d+/r/loop-a' redirects in a loop") as info:
        fetch_document(f"{server}/r/loop-a", allow_private=LOCAL)
    assert info.value.reason == "redirect-loop"
    with pytest.raises(RedirectError, match="redirects in a loop"):
        fetch_document(f"{server}/r/self", allow_private=LOCAL)


def test_too_many_redirects(server: str) -> None:
    with pytest.raises(RedirectError, match=r"/r/chain1' redirects more than 3 times"):
        fetch_document(f"{server}/r/chain1", allow_private=LOCAL)
    doc = fetch_document(f"{server}/r/chain1", allow_private=LOCAL, max_redirects=5)
    assert doc.source.url == f"{server}/article.html"
    with pytest.raises(RedirectError, match="redirects more than 0 times"):
        fetch_document(f"{server}/r/one", allow_private=LOCAL, max_redirects=0)


def test_a_redirect_without_a_target(server: str) -> None:
    with pytest.raises(RedirectError, match=r"redirects \(302\) without saying where"):
        fetch_document(f"{server}/r/nowhere", allow_private=LOCAL)


def test_a_closed_port() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError, match=f"cannot connect to 'http://127.0.0.1:{port}/'"):
        fetch_document(f"http://127.0.0.1:{port}/", allow_private=LOCAL, timeout=2)


def test_https_to_a_plain_http_server_fails_cleanly(server: str) -> None:
    with pytest.raises(FetchError, match="cannot connect securely"):
        fetch_document(server.replace("http://", "https://") + "/article.html", allow_private=LOCAL, timeout=2)


def test_errors_are_os_errors_with_url_and_reason(server: str) -> None:
    with pytest.raises(OSError) as info:
        fetch_document(f"{server}/image.png", allow_private=LOCAL)
    assert isinstance(info.value, FetchError)
    assert info.value.url == f"{server}/image.png"


@pytest.mark.parametrize(("text", "expected"), [
    ("https://example.org/a", True), ("file:///x", True), ("javascript:alert(1)", True),
    ("story.txt", False), ("/tmp/a:b.txt", False), ("-", False),
])
def test_looks_like_url(text: str, expected: bool) -> None:
    assert looks_like_url(text) is expected


def test_the_allowance_must_be_explicit() -> None:
    assert fetch.fetch_document.__kwdefaults__["allow_private"] is False
