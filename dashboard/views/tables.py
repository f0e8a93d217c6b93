"""Data: the filtered articles, events and measures, each downloadable as CSV, Excel and Parquet,
plus datapackage.json. The downloads are built by the same function as the tables shown."""

import streamlit as st

from dashboard import contract, data, exports, ui

ctx = ui.current()
ui.header("Data", ctx)
f = ctx.filters

counts = {name: data.frame("count", f, name=name) for name in contract.TABLES}
if counts["measures"] == 0 and counts["events"] == 0:
    ui.empty(ctx, "rows")
    st.stop()

st.caption("CSV and Excel files prefix text cells starting with = + - @ with ' so a spreadsheet never runs "
           "them as formulas; Parquet keeps every value as it is.")
tabs = st.tabs([f"{name} ({counts[name]:,})" for name in contract.TABLES])
for tab, name in zip(tabs, contract.TABLES, strict=False):
    with tab:
        shown = data.frame("table", f, name=name, limit=data.SHOWN_ROWS)
        if counts[name] > len(shown):
            st.caption(f"The first {len(shown):,} of {counts[name]:,} rows are listed; the downloads hold all.")
        st.dataframe(shown, hide_index=True, width="stretch", key=f"table_{name}")
        ui.downloads(name, data.full("table", f, name=name), ctx, counts[name], key=name)

st.download_button(
    "datapackage.json", icon=":material/description:", file_name="datapackage.json", mime="application/json",
    data=exports.datapackage_json(data.store().columns, ctx.filters.describe(), ui.share_query(ctx),
                                  ctx.filters.slug()),
    key="dl_datapackage", on_click="ignore",
)
st.text("Address of this view: " + (f"?{ui.share_query(ctx)}" if ui.share_query(ctx) else "the page itself (no filters)"))
