"""The itinerary dashboard (Streamlit). Layout and widgets only; logic lives in the package."""

import streamlit as st

st.set_page_config(page_title="itinerary", layout="wide")
st.title("itinerary")
st.write("The dashboard is being built.")
