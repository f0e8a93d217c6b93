"""Casualties: killed and injured by country, over time and by actor; hover shows the quotes."""

import streamlit as st

from dashboard import charts, data, ui

METRICS = ("killed", "injured")

ctx = ui.current()
ui.header("Casualties", ctx)
f = ctx.filters

by_country = data.frame("totals", f, by="country", metrics=METRICS)
if by_country.empty:
    ui.empty(ctx, "killed or injured figures")
    st.stop()

totals = by_country.groupby("metric")["value"].sum()
c1, c2 = st.columns(2)
c1.metric("Killed", f"{int(totals.get('killed', 0)):,}", border=True)
c2.metric("Injured", f"{int(totals.get('injured', 0)):,}", border=True)

st.subheader("By country")
st.plotly_chart(charts.bars(by_country, by="country"), key="cas_country")

st.subheader("Over time")
every = st.segmented_control("Every", ["day", "week", "month"], default="month", key="every",
                             bind="query-params") or "month"
by_time = data.frame("totals", f, by="period", metrics=METRICS, every=every)
if by_time.empty:
    st.info("None of these figures has a known date.")
else:
    st.plotly_chart(charts.over_time(by_time, every), key="cas_time")

st.subheader("By actor")
st.caption("The side that did it, as the article names it.")
by_actor = data.frame("totals", f, by="actor", metrics=METRICS)
st.plotly_chart(charts.bars(by_actor, by="actor"), key="cas_actor")

with st.expander("The numbers behind these charts", key="casualties_numbers", on_change="rerun") as box:
    if box.open:
        for name, frame, kw in (("country", by_country, {"by": "country"}),
                                ("period", by_time, {"by": "period", "every": every}),
                                ("actor", by_actor, {"by": "actor"})):
            st.dataframe(frame, hide_index=True, width="stretch")
            ui.downloads(f"casualties_by_{name}", data.full("totals", f, metrics=METRICS, **kw), ctx, len(frame),
                         key=f"cas_{name}")
