"""Tallyboard dashboard: ``streamlit run dashboard/app.py``.

Navigation is declared once here; ``page_setup()`` draws the shared sidebar (every filter bound to
the URL) before the chosen page runs.
"""

import time

started = time.perf_counter()

from dashboard import data  # noqa: E402

data.warm()  # the tables load in the background while the rest of the app imports (first run only)

import streamlit as st  # noqa: E402

from dashboard.ui import page_setup, record_run  # noqa: E402

st.set_page_config(page_title="Tallyboard", page_icon="📊", layout="wide")

PAGES = [
    st.Page("views/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("views/casualties.py", title="Casualties", icon=":material/personal_injury:"),
    st.Page("views/drones.py", title="Drones & missiles", icon=":material/flight:", url_path="drones"),
    st.Page("views/timeline.py", title="Timeline", icon=":material/timeline:"),
    st.Page("views/map.py", title="Map", icon=":material/map:"),
    st.Page("views/sources.py", title="Sources", icon=":material/format_quote:"),
    st.Page("views/tables.py", title="Data", icon=":material/table:", url_path="data"),
    st.Page("views/add.py", title="Add articles", icon=":material/add_circle:", url_path="add"),
]

page = st.navigation(PAGES)
try:
    page_setup()
    page.run()
finally:
    record_run(page.title, started)
