"""Overview: headline figures for the current filters, counts, date span, small multiples."""

import streamlit as st

from dashboard import charts, data, ui

ctx = ui.current()
ui.header("Overview", ctx)
f = ctx.filters

view = data.frame("overview", f, metrics=charts.HEADLINE)  # one query for the whole page
headline, summary = view["headline"].set_index("metric"), view

if headline.empty and summary["events"] == 0:
    ui.empty(ctx)
    st.stop()

cols = st.columns(3) + st.columns(3)
for col, metric in zip(cols, charts.HEADLINE, strict=False):
    value = int(headline["value"].get(metric, 0))
    n = int(headline["figures"].get(metric, 0))
    col.metric(metric.replace("_", " ").capitalize(), f"{value:,}", help=f"Sum of {n} reported figures",
               border=True)

c1, c2, c3 = st.columns(3)
c1.metric("Articles", f"{summary['articles']:,}")
c2.metric("Events", f"{summary['events']:,}")
c3.metric("Figures", f"{int(headline['figures'].sum()):,}")
st.text(f"Dates of the happenings: {charts.date_span(headline['first'], headline['last'])}")

st.subheader("By country")
by_country = view["by_country"]
if by_country.empty:
    ui.empty(ctx, "headline figures")
else:
    st.vega_lite_chart(spec=charts.small_multiples(by_country), key="overview_multiples")
    with st.expander("The numbers behind this chart", key="overview_numbers", on_change="rerun") as box:
        if box.open:  # drawn once opened
            st.dataframe(by_country.drop(columns="quotes"), hide_index=True, width="stretch")
            ui.downloads("overview_by_country", data.full("totals", f, by="country", metrics=charts.HEADLINE),
                         ctx, len(by_country), key="overview")

st.caption("Totals add up every reported figure that matches the filters. With “Count each incident once” on, "
           "an incident reported by several articles counts once per metric, with its largest figure.")
