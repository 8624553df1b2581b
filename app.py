"""The itinerary dashboard: ``streamlit run app.py``. The layout lives in ``itinerary/app.py``
(shipped in the package, so ``itinerary app`` works when installed)."""

from itinerary.app import main

main()
