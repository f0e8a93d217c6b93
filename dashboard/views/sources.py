"""Sources: every figure with its claimant, article and sentence (the figure marked ⟦ ⟧).

Article text is shown as text: the table cells and the highlighted sentence are escaped, never
rendered as HTML or Markdown.
"""

import html

import pandas as pd
import streamlit as st

from dashboard import data, ui

ctx = ui.current()
ui.header("Sources", ctx)
f = ctx.filters

shown = data.frame("sources", f, limit=data.SHOWN_ROWS)
if shown.empty:
    ui.empty(ctx)
    st.stop()

total = data.frame("count", f, name="measures")
st.caption(f"{total:,} figures" + (f"; the {data.SHOWN_ROWS:,} most recent are listed, the downloads hold all"
                                   if total > len(shown) else "") + ". Select a row to read its sentence.")
event = st.dataframe(
    ui.shown_as_text(shown), hide_index=True, width="stretch", key="sources_table", on_select="rerun",
    selection_mode="single-row",
    column_order=["date", "metric", "value", "qualifier", "claimant", "claim_status", "country", "sentence",
                  "title", "outlet", "published", "url"],
    column_config={
        "url": st.column_config.LinkColumn("link", display_text="open"),
        "value": st.column_config.NumberColumn(format="localized"),
        "sentence": st.column_config.TextColumn("sentence (figure in ⟦ ⟧)", width="large"),
    },
)
rows = event.selection.rows if event and event.selection else []
row = shown.iloc[rows[0] if rows else 0]
sentence = ui.text(row["sentence"], "")
before, _, rest = sentence.partition("⟦")
quote, _, after = rest.partition("⟧")
with st.container(border=True):
    value = f"{int(row['value']):,}" if pd.notna(row["value"]) else "?"
    st.text(f"{str(row['metric']).replace('_', ' ')}: {value} ({ui.text(row['qualifier'], 'exact')}) — "
            f"{ui.text(row['claimant'], 'unnamed source')}, {ui.text(row['claim_status'], 'reported')}")
    st.html(f"<p style='font-size:1.05rem'>{html.escape(before)}<mark>{html.escape(quote)}</mark>"
            f"{html.escape(after)}</p>")
    st.text(" · ".join(t for c in ("title", "outlet", "published") if (t := ui.text(row[c], ""))))

ui.downloads("sources", data.full("sources", f), ctx, total, key="sources")
