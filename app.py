"""The itinerary dashboard: ``streamlit run app.py``. The layout lives in ``itinerary/app.py``
(shipped in the package, so ``itinerary app`` works when installed)."""

from itinerary import preload

preload.wait()  # under ``itinerary app`` the heavy imports happen in the background while the page loads

from itinerary.app import main

main()
