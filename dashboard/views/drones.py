"""Drones & missiles: launched, intercepted, lost and hit; interception rate; claims side by side."""

import streamlit as st

from dashboard import charts, data, ui

DRONES = ("drones_launched", "drones_intercepted", "drones_lost", "drones_hit")
MISSILES = ("missiles_launched", "missiles_intercepted", "missiles_hit")

ctx = ui.current()
ui.header("Drones & missiles", ctx)
f = ctx.filters

weapon = st.segmented_control("Weapon", ["drones", "missiles"], default="drones", key="weapon",
                              bind="query-params") or "drones"
metrics = DRONES if weapon == "drones" else MISSILES
by_time = data.frame("totals", f, by="period", metrics=metrics, every="week")
by_country = data.frame("totals", f, by="country", metrics=metrics)
if by_country.empty:
    ui.empty(ctx, f"{weapon} figures")
    st.stop()

totals = by_country.groupby("metric")["value"].sum()
for col, metric in zip(st.columns(len(metrics)), metrics, strict=False):
    col.metric(metric.replace("_", " ").capitalize(), f"{int(totals.get(metric, 0)):,}", border=True)

st.subheader("Over time (by week)")
if by_time.empty:
    st.info("None of these figures has a known date.")
else:
    st.plotly_chart(charts.over_time(by_time, "week"), key="dr_time")

left, right = st.columns(2)
with left:
    st.subheader("By country")
    st.plotly_chart(charts.bars(by_country, by="country"), key="dr_country")
with right:
    st.subheader("By side")
    st.caption("The side that launched them.")
    st.plotly_chart(charts.bars(data.frame("totals", f, by="actor", metrics=metrics), by="actor"), key="dr_actor")

st.subheader("Interception rate")
rates = data.frame("interception", f, kind=weapon)
if rates.empty:
    st.info(f"No event reports both {weapon} launched and intercepted.")
else:
    overall = rates["intercepted"].sum() / rates["launched"].sum()
    st.metric("Intercepted / launched, where one event reports both", f"{overall:.0%}",
              help=f"{len(rates):,} events")
    st.plotly_chart(charts.interception(rates), key="dr_rate")

st.subheader("The claims side by side")
st.caption("Each source's totals: e.g. a defence ministry's figures against an air force's.")
claims = data.frame("totals", f, by="claimant", metrics=metrics)
st.altair_chart(charts.claims_side_by_side(claims), key="dr_claims")

with st.expander("The numbers behind these charts", key="drones_numbers", on_change="rerun") as box:
    if box.open:
        for name, frame, make in (("interception", rates, data.full("interception", f, kind=weapon)),
                                  ("claims", claims, data.full("totals", f, by="claimant", metrics=metrics))):
            st.dataframe(frame, hide_index=True, width="stretch")
            ui.downloads(f"{weapon}_{name}", make, ctx, len(frame), key=f"dr_{name}")
