"""The project's exceptions: one root, specific subclasses.

Each subclass also inherits the natural standard-library type, as geopy does
(``GeocoderTimedOut(GeocoderServiceError, TimeoutError)``), so callers may catch
either. Messages show the bad value with ``!r`` and, where there is a closed set,
the valid choices.
"""

from __future__ import annotations


class ItineraryError(Exception):
    """Root of every error this package raises on purpose."""


class ValidationError(ItineraryError, ValueError):
    """A value breaks an invariant of the itinerary model."""


class InputError(ItineraryError, ValueError):
    """The user's input (text, file, date, option) cannot be used."""


class InputTooLargeError(InputError):
    """The input is over the configured size limit."""


class EmptyInputError(InputError):
    """The input holds no text."""


class BinaryInputError(InputError):
    """The input is not text (an image, an archive, an executable...)."""


class EncodingInputError(InputError):
    """The input's text encoding could not be told."""


class FetchError(ItineraryError, OSError):
    """A URL could not be fetched, or was refused before fetching.

    ``url`` is the address concerned (after any redirects) and ``reason`` a short
    machine-readable word for the refusal (``"scheme"``, ``"address"``, ``"timeout"``...).
    """

    def __init__(self, message: str, *, url: str | None = None, reason: str | None = None) -> None:
        super().__init__(message)
        self.url = url
        self.reason = reason

    def __str__(self) -> str:  # OSError would format (errno, strerror) pairs
        return str(self.args[0]) if self.args else ""


class URLRefusedError(FetchError):
    """The URL is refused before any connection: its scheme, form or address."""


class AddressRefusedError(URLRefusedError):
    """The host resolves to a private, loopback, link-local, multicast or reserved address."""


class HostNotFoundError(FetchError):
    """The host name does not resolve."""


class FetchTimeoutError(FetchError, TimeoutError):
    """The server was too slow: connecting, answering or sending the page."""


class ResponseTooLargeError(FetchError):
    """The page is over the size limit."""


class RedirectError(FetchError):
    """Too many redirects, a redirect loop, or a redirect without a target."""


class ContentTypeError(FetchError):
    """The server sent something other than a web page or plain text."""


class HTTPStatusError(FetchError):
    """The server answered with an error status (4xx, 5xx)."""


class GeocodingError(ItineraryError, LookupError):
    """A place could not be geocoded."""


class UnknownFormatError(ItineraryError, KeyError):
    """An export format or geocoder name that is not registered."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""
