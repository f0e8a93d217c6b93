"""Tallyboard dashboard: ``streamlit run dashboard/app.py``.

Navigation is declared once here; ``page_setup()`` draws the shared sidebar (every filter bound to
the URL) before the chosen page runs.

``streamlit run`` finds the ``st.App`` below (it imports this file as a module, not as
``__main__``) and serves this same file as the app's script through it. The App's start-up loads
the tables and runs the default page once before the server answers ``/_stcore/health``, so the
first reader's page is drawn from warm caches.
"""

import time

started = time.perf_counter()

import streamlit as st  # noqa: E402


def _script() -> None:
    from dashboard import data

    data.warm()  # when start-up did not load the tables (AppTest, a table file changed): load while importing
    from dashboard.ui import page_setup, record_run

    st.set_page_config(page_title="Tallyboard", page_icon="📊", layout="wide")
    pages = [
        st.Page("views/overview.py", title="Overview", icon=":material/dashboard:", default=True),
        st.Page("views/casualties.py", title="Casualties", icon=":material/personal_injury:"),
        st.Page("views/drones.py", title="Drones & missiles", icon=":material/flight:", url_path="drones"),
        st.Page("views/timeline.py", title="Timeline", icon=":material/timeline:"),
        st.Page("views/map.py", title="Map", icon=":material/map:"),
        st.Page("views/sources.py", title="Sources", icon=":material/format_quote:"),
        st.Page("views/tables.py", title="Data", icon=":material/table:", url_path="data"),
        st.Page("views/add.py", title="Add articles", icon=":material/add_circle:", url_path="add"),
    ]
    page = st.navigation(pages)
    try:
        page_setup()
        page.run()
    finally:
        record_run(page.title, started)


if __name__ == "__main__":  # a script run: one reader's page
    _script()
else:  # `streamlit run` looking for the ASGI app
    import asyncio
    from contextlib import asynccontextmanager

    from streamlit.runtime import Runtime

    @asynccontextmanager
    async def _load_first(_app):
        from dashboard import data  # imported once the runtime runs (its caches are the runtime's)

        await asyncio.to_thread(data.preload)
        # one run of the default page in a session of its own (streamlit's script health check): the
        # first reader finds the imports done and the default view's figures cached. Not when the tables
        # are missing: the first reader's page builds them, with a spinner.
        if data.tables_present(data.data_dir()):
            await Runtime.instance().does_script_run_without_error()
        yield

    app = st.App(__file__, lifespan=_load_first)
