"""Timeline: every event on a date axis by country, coloured by event type.

A date known only to the week or month is drawn as a span over that window, not a false point.
"""

import streamlit as st

from dashboard import charts, data, ui

LIMIT = 2_000

ctx = ui.current()
ui.header("Timeline", ctx)
f = ctx.filters

events = data.frame("timeline", f, limit=LIMIT)
if events.empty:
    ui.empty(ctx, "dated events")
    st.stop()

total = data.frame("count", f, name="events")
if total > LIMIT:
    st.caption(f"Drawing the {LIMIT:,} most recent of {total:,} events; narrow the filters to see the others.")
spans = int((events["date_precision"].isin(["week", "month", "year"])).sum())
st.caption(f"{len(events):,} events; {spans:,} known only to the week or month are drawn as spans.")

st.plotly_chart(charts.timeline(events), key="timeline")

with st.expander("The events behind this chart", key="timeline_numbers", on_change="rerun") as box:
    if box.open:
        st.dataframe(events, hide_index=True, width="stretch")
        ui.downloads("timeline", data.full("timeline", f, limit=LIMIT), ctx, len(events), key="timeline")
