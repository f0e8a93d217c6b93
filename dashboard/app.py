"""Tallyboard dashboard: ``streamlit run dashboard/app.py``.

Navigation is declared once here; ``page_setup()`` draws the shared sidebar (every filter bound to
the URL) before the chosen page runs.
"""

import streamlit as st

from dashboard.ui import page_setup

st.set_page_config(page_title="Tallyboard", page_icon="📊", layout="wide")

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("pages/casualties.py", title="Casualties", icon=":material/personal_injury:"),
    st.Page("pages/drones.py", title="Drones & missiles", icon=":material/flight:", url_path="drones"),
    st.Page("pages/timeline.py", title="Timeline", icon=":material/timeline:"),
    st.Page("pages/map.py", title="Map", icon=":material/map:"),
    st.Page("pages/sources.py", title="Sources", icon=":material/format_quote:"),
    st.Page("pages/tables.py", title="Data", icon=":material/table:", url_path="data"),
]

page = st.navigation(PAGES)
page_setup()
page.run()
