"""Map: figures placed by lat/lon and sized by the value, plus a country layer for figures known
only to the country. The world outline is served by the app itself (no CDN)."""

import streamlit as st

from dashboard import charts, data, ui

ctx = ui.current()
ui.header("Map", ctx)
f = ctx.filters

headline = data.frame("headline", f)
if headline.empty:
    ui.empty(ctx)
    st.stop()

present = headline["metric"].tolist()
default = next((m for m in (*f.metric, "killed", "drones_launched") if m in present), present[0])
metric = st.selectbox("Figure", present, index=present.index(default), key="figure", bind="query-params",
                      format_func=lambda m: m.replace("_", " "))
places = data.frame("places", f, metric=metric)
if places.empty:
    st.info(f"No {metric.replace('_', ' ')} figure has a known place.")
    st.stop()

points = places[places["layer"] == "point"]
country_only = places[places["layer"] == "country"]
st.caption(f"{len(points):,} places with coordinates (circles, area ∝ figure); "
           f"{len(country_only):,} countries shaded for figures known only to the country.")
st.plotly_chart(charts.world_map(places, metric), key="map", config=charts.MAP_CONFIG)

with st.expander("The numbers behind this map", key="map_numbers", on_change="rerun") as box:
    if box.open:
        st.dataframe(places, hide_index=True, width="stretch")
        ui.downloads(f"map_{metric}", data.full("places", f, metric=metric), ctx, len(places), key="map")
