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


class FetchError(ItineraryError, OSError):
    """A URL could not be fetched, or was refused before fetching."""


class GeocodingError(ItineraryError, LookupError):
    """A place could not be geocoded."""


class UnknownFormatError(ItineraryError, KeyError):
    """An export format or geocoder name that is not registered."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""
