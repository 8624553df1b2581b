"""The dashboard's views: pure builders for the map, the timeline, statistics, the highlighted
source text and the editable stop table. None of them imports Streamlit; ``app.py`` lays them out.
"""

from itinerary.views.map import build_base_map, build_layers, build_map
from itinerary.views.timeline import build_timeline

__all__ = ["build_base_map", "build_layers", "build_map", "build_timeline"]
