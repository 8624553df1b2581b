"""Which entries are one place, and which place contains another."""

from __future__ import annotations

from itinerary.gazetteer import Entry, haversine_km


class Places:
    """Canonical place keys: two entries a few km apart in one country are one place.

    Distinct entries are few even in a long story, so each new entry is compared once with the
    ones seen before; everything after that is a dictionary lookup.
    """

    def __init__(self) -> None:
        self._key: dict[str, str] = {}
        self._reps: list[Entry] = []

    def key(self, e: Entry) -> str:
        found = self._key.get(e.id)
        if found is None:
            found = next((r.id for r in self._reps if same_entry(r, e)), e.id)
            if found == e.id:
                self._reps.append(e)
            self._key[e.id] = found
        return found


REGION_KM = 250.0  # how far a first-level region with no code reaches from its centre
DISTRICT_KM = 60.0  # how far a district named after its town reaches from the town
_DISTRICT_WORDS = (" district", " tehsil", " taluk", " mandal", " municipality", " subdivision")
SECOND_LEVEL = ("province:", "county:")  # ids of second-level units (data/provinces.csv)
PROVINCE_KM = 40.0  # how far a second-level province surely reaches from the mean of its places (Bohol does not hold Cebu)
COUNTY_KM = 35.0  # how far a smaller unit named after its town reaches ("Kisumu County" does not hold Siaya, 55 km off)
_COUNTY_WORDS = (" county", " sub-county", " constituency", " upazila", " block", " regency")


def km(a: Entry, b: Entry) -> float:
    """Great-circle distance between two entries."""
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def same_entry(a: Entry, b: Entry) -> bool:
    """One place: the same entry, or two names for points a few km apart in one country and state."""
    if a.id == b.id:
        return True
    if a.country_code != b.country_code:
        return False
    if a.admin1 and b.admin1 and a.admin1 != b.admin1 and a.kind == b.kind == "city":
        return False  # Arlington, Virginia across the river from Washington, D.C.
    return "country" not in (a.kind, b.kind) and haversine_km(a.lat, a.lon, b.lat, b.lon) < 8.0


def contains(container: Entry, e: Entry) -> bool:
    if container.kind == "country":
        return bool(e.country_code) and e.country_code == container.country_code and e.kind != "country"
    if container.kind == "region" and container.id.startswith(SECOND_LEVEL):
        # (a province or county holds what lies near the mean of its places, not its whole state)
        return container.country_code == e.country_code and e.kind != "country" and not (
            e.kind == "region" and not e.id.startswith(SECOND_LEVEL)) \
            and haversine_km(container.lat, container.lon, e.lat, e.lon) < PROVINCE_KM
    if container.kind == "region":
        if container.admin1 and e.admin1 and container.country_code == e.country_code:
            return container.admin1 == e.admin1
        if not container.admin1 and container.country_code == e.country_code:
            # (a district named after its town, "Sialkot district", is far smaller than a first-level region)
            named_after_town = container.id.startswith("region-of:")
            limit = DISTRICT_KM if named_after_town and container.name.lower().endswith(_DISTRICT_WORDS) \
                else COUNTY_KM if named_after_town and container.name.lower().endswith(_COUNTY_WORDS) else REGION_KM
            return haversine_km(container.lat, container.lon, e.lat, e.lon) < limit
    return False
