"""Add articles: paste text or upload files -> the ETL (in memory) -> the figures found, each marked
in its sentence -> joined to every page's data for this session; in local mode, a button saves them
into data/raw and rebuilds data/processed.

Everything the user gave (text, titles, outlets, file names) is shown as text: st.text, dataframes,
Markdown-escaped alerts, or st.html with every piece passed through html.escape around our own <mark>.
"""

import html

import streamlit as st

from dashboard import additions, data, ui
from etl import uploads

SHOWN_ARTICLES = 20  # articles listed with their marked sentences; the table below holds every figure
LEVELS = {"error": st.error, "warning": st.warning, "info": st.info}

ctx = ui.current()
ui.header("Add articles", ctx)
read_only = additions.read_only()
max_mb = st.get_option("server.maxUploadSize")
if read_only:
    st.info("Read-only link: what you add here is read in memory and joins every page for you only, until you "
            "reload or close the page. Nothing is saved, and no other visitor sees it.", icon=":material/visibility:")
else:
    st.caption("What you add joins every page until you reload the page. “Save” writes it into data/raw and "
               "rebuilds the tables in data/processed, for good.")


def ingest(read, after=None) -> None:
    """Run ``read(known_ids, progress)`` (a batch of inputs), extract, add to the session, remember messages."""
    bar = st.progress(0.0, text="Reading…")
    result = read(data.article_ids(), lambda done, total, name: bar.progress(0.5 * done / total, text=f"Read {name}"))
    frames = None
    if result.articles:
        frames = uploads.extract(result.articles, progress=lambda done, total, name: bar.progress(
            0.5 + 0.5 * done / total, text=f"Extracted {done} of {total} articles"))
        additions.add(result.articles, frames)
    bar.empty()
    st.session_state["add_last"] = (result.messages, frames)
    if after:
        after()
    st.rerun()  # every widget (the sidebar's options too) now sees the new data


paste_tab, upload_tab = st.tabs(["Paste text", "Upload files"])
with paste_tab, st.form("paste_form", clear_on_submit=True, border=False):
    text = st.text_area("Article text", height=220, key="paste_text",
                        help="One or more articles as copied from a news site: headline, date line, body.")
    if st.form_submit_button("Read the text", icon=":material/input:"):
        ingest(lambda known, progress: uploads.read_paste(text, known_ids=known))
with upload_tab:
    n = st.session_state.get("uploader_round", 0)
    files = st.file_uploader(
        f"Files: .txt .html .jsonl .json .xml .rss .atom, up to {max_mb} MB each", accept_multiple_files=True,
        key=f"uploader_{n}")
    if st.button("Read the files", icon=":material/upload_file:", disabled=not files, key="read_files"):
        ingest(lambda known, progress: uploads.read_uploads(
            ((f.name, f.getvalue()) for f in files), max_bytes=max_mb * 2**20, known_ids=known, progress=progress),
            after=lambda: st.session_state.update(uploader_round=n + 1))  # a fresh, empty uploader next run

if saved := st.session_state.pop("add_saved", None):
    st.success(saved, icon=":material/save:")
messages, frames = st.session_state.get("add_last", ([], None))
for m in messages:
    LEVELS[m.level](ui.md_escape(m.line()))
if frames is not None:
    found = additions.highlighted(frames)
    st.success(f"{len(frames['articles'])} new articles, {len(found)} figures, {len(frames['events'])} events.")
    for _, rows in list(found.groupby("article_id", sort=False))[:SHOWN_ARTICLES]:
        with st.container(border=True):
            st.text(rows["title"].iloc[0] or "(no title)")
            st.html("".join(
                f"<p style='margin:0.2rem 0'>{html.escape(r.before)}<mark>{html.escape(r.quote)}</mark>"
                f"{html.escape(r.after)}<br><small>{html.escape(_line)}</small></p>"
                for r in rows.itertuples() for _line in [
                    f"{r.metric.replace('_', ' ')}: {r.value:,} ({r.qualifier}) · country {r.country or '—'} · "
                    f"date {r.date or '—'} · claimant {r.claimant or 'unnamed source'}"]))
    if not found.empty:
        st.dataframe(found.drop(columns=["article_id", "before", "after"]), hide_index=True, width="stretch",
                     key="add_found")

added = additions.current()
st.subheader("Added in this session")
if added is None:
    st.text("Nothing yet.")
    st.stop()
st.dataframe(added.frames["articles"][["title", "outlet", "published", "source_path"]], hide_index=True,
             width="stretch", key="add_articles")
c1, c2 = st.columns(2)
if not read_only and c1.button("Save into data/raw and rebuild the tables", icon=":material/save:", key="save"):
    with st.spinner("Saving and rebuilding data/processed…"):
        written, summary = additions.save(data.data_dir())
    st.session_state["add_last"] = ([], None)
    st.session_state["add_saved"] = (f"Saved {len(written)} articles into data/raw; data/processed now holds "
                                      f"{summary.articles} articles, {summary.measures} figures.")
    st.rerun()
if c2.button("Remove this session's additions", icon=":material/delete:", key="forget"):
    additions.clear()
    st.session_state["add_last"] = ([], None)
    st.rerun()
