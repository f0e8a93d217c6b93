"""Chart builders: pure functions from a tidy DataFrame to a plotly or altair figure.

No streamlit here; tests check the figures through their spec (``fig.to_dict()``). Every chart's
hover shows the quotes behind the number (the ``quotes`` column the data module adds).
"""

from __future__ import annotations

import datetime as dt
import textwrap
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:  # imported where used: the Overview's first draw needs neither (about 1 s on a cold start)
    import altair as alt
    import plotly.graph_objects as go

# Served by streamlit from dashboard/static (server.enableStaticServing). Relative, so the map also
# works under a base URL path behind a proxy; plotly appends "world_110m.json".
TOPOJSON_URL = "app/static/topojson/"
MAP_CONFIG = {"topojsonURL": TOPOJSON_URL, "scrollZoom": False}

METRIC_COLORS = {
    "killed": "#b2182b", "injured": "#ef8a62", "missing": "#999999", "arrested": "#542788",
    "detained": "#8073ac", "released": "#b2abd2", "displaced": "#e08214", "troops": "#4d4d4d",
    "attacks": "#7f3b08", "drones_launched": "#2166ac", "drones_intercepted": "#67a9cf",
    "drones_lost": "#d1e5f0", "drones_hit": "#d6604d", "missiles_launched": "#1b7837",
    "missiles_intercepted": "#7fbf7b", "missiles_hit": "#c51b7d",
}
HEADLINE = ("killed", "injured", "drones_launched", "drones_intercepted", "drones_hit", "troops")


def _label(metric: str) -> str:
    return metric.replace("_", " ")


def _plain(quotes: pd.Series) -> pd.Series:
    """Hover quotes for altair tooltips, which show text, not HTML line breaks."""
    return quotes.str.replace("<br>", "  ·  ", regex=False)


def _wrap(text: object, width: int = 70) -> str:
    return "<br>".join(textwrap.wrap(str(text), width)) if isinstance(text, str) else ""


def small_multiples(totals: pd.DataFrame, metrics: tuple[str, ...] = HEADLINE) -> dict:
    """One small bar chart per country: the total of each headline metric.

    A Vega-Lite spec (``st.vega_lite_chart``) written out directly: the same chart through altair
    costs about 0.1 s of schema validation and copying on every filter change."""
    df = totals[totals["metric"].isin(metrics)].assign(label=lambda d: d["metric"].map(_label),
                                                       largest=lambda d: _plain(d["quotes"]))
    domain = [m for m in metrics if m in set(df["metric"])]
    tooltip = [{"field": "country", "type": "nominal"}, {"field": "metric", "type": "nominal"},
               {"field": "value", "type": "quantitative", "format": ","},
               {"field": "figures", "type": "quantitative", "title": "figures"},
               {"field": "largest", "type": "nominal"}]
    encoding = {
        "x": {"field": "value", "type": "quantitative", "title": None, "axis": {"format": "~s"}, "scale": {"nice": True}},
        "y": {"field": "label", "type": "nominal", "title": None, "sort": [_label(m) for m in metrics]},
        "tooltip": tooltip,
    }
    color = {"field": "metric", "type": "nominal", "legend": None,
             "scale": {"domain": domain, "range": [METRIC_COLORS[m] for m in domain]}}
    records = df[["country", "metric", "value", "figures", "label", "largest"]].to_dict("records")
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "data": {"name": "totals"},
        "datasets": {"totals": records},
        "facet": {"field": "country", "type": "nominal", "title": None},
        "columns": 3,
        "spec": {
            "layer": [
                {"mark": {"type": "bar"}, "encoding": {**encoding, "color": color}},
                # the number itself beside each bar: a small figure stays readable next to a large one
                {"mark": {"type": "text", "align": "left", "dx": 3, "fontSize": 11},
                 "encoding": {**encoding, "text": {"field": "value", "type": "quantitative", "format": ","}}},
            ],
            "width": 220,
            "height": 26 * max(len(domain), 1),
        },
        "resolve": {"scale": {"x": "independent"}},
    }


def bars(totals: pd.DataFrame, by: str, title: str = "") -> go.Figure:
    """Grouped bars: ``value`` per ``by`` group, one colour per metric; hover lists the quotes."""
    import plotly.graph_objects as go
    fig = go.Figure()
    for metric, part in totals.groupby("metric", sort=False):
        fig.add_bar(
            x=part[by], y=part["value"], name=_label(metric), marker_color=METRIC_COLORS.get(metric),
            customdata=part[["quotes", "figures"]].to_numpy(),
            hovertemplate=f"<b>%{{x}}</b> · {_label(metric)}: %{{y:,}} (%{{customdata[1]}} figures)"
                          "<br>%{customdata[0]}<extra></extra>",
        )
    fig.update_layout(barmode="group", title=title or None, legend_title_text="metric",
                      margin=dict(t=40 if title else 10, b=10, l=10, r=10), hoverlabel=dict(align="left"))
    fig.update_yaxes(title_text="total reported", separatethousands=True)
    return fig


def over_time(totals: pd.DataFrame, every: str, title: str = "") -> go.Figure:
    """Bars per period (day, week or month), one colour per metric; hover lists the quotes."""
    fig = bars(totals, by="period", title=title)
    # one tick per period at most: plotly's automatic ticks would repeat a week's or month's label
    dtick = {"day": 86_400_000, "week": 7 * 86_400_000, "month": "M1"}.get(every)
    fig.update_xaxes(type="date", title_text=f"{every} of the happening",
                     tickformat="%b %Y" if every == "month" else "%d %b %Y", dtick=dtick,
                     tick0=totals["period"].min() if len(totals) else None)
    return fig


def claims_side_by_side(totals: pd.DataFrame) -> alt.Chart:
    """Each claimant's totals per metric next to each other (altair grouped bars)."""
    import altair as alt
    df = totals.assign(label=totals["metric"].map(_label), largest=_plain(totals["quotes"]))
    return (
        alt.Chart(df)
        .mark_bar()
        .encode(
            y=alt.Y("claimant:N", title=None, sort="-x"),
            x=alt.X("value:Q", title="total reported", axis=alt.Axis(format="~s")),
            color=alt.Color("label:N", title="metric"),
            yOffset="label:N",
            tooltip=["claimant:N", "metric:N", alt.Tooltip("value:Q", format=","), "figures:Q", "largest:N"],
        )
        .properties(height=alt.Step(10))
    )


def interception(events: pd.DataFrame) -> go.Figure:
    """Intercepted against launched per event (same event reports both); the diagonal is 100 %."""
    import plotly.graph_objects as go
    fig = go.Figure()
    for (kind, country), part in events.groupby(["kind", "country"], dropna=False, sort=True):
        fig.add_scatter(
            x=part["launched"], y=part["intercepted"], mode="markers", name=f"{kind} · {country}",
            customdata=part[["claimant", "date", "rate"]].astype(str).to_numpy(),
            hovertemplate="%{customdata[1]} · %{customdata[0]}<br>launched %{x:,}, intercepted %{y:,}"
                          " (rate %{customdata[2]})<extra></extra>",
            marker=dict(size=8, opacity=0.7),
        )
    top = float(max(events["launched"].max(), events["intercepted"].max())) if len(events) else 1.0
    fig.add_scatter(x=[0, top], y=[0, top], mode="lines", name="all intercepted",
                    line=dict(dash="dot", color="#888"), hoverinfo="skip")
    fig.update_layout(margin=dict(t=10, b=10, l=10, r=10), xaxis_title="launched", yaxis_title="intercepted")
    return fig


def timeline(events: pd.DataFrame) -> go.Figure:
    """Events on a date axis by country, coloured by type. A date known to the day is a point; one
    known only to the week or month is a bar over its window, not a false point."""
    import plotly.graph_objects as go
    df = events.copy()
    start = pd.to_datetime(df["date_start"].fillna(df["date"]))
    end = pd.to_datetime(df["date_end"].fillna(df["date"]))
    df["is_span"] = (end > start) & df["date_precision"].ne("day")
    df["country"] = df["country"].fillna("unknown")
    colors = dict(zip(sorted(df["event_type"].dropna().unique()), _PALETTE * 3, strict=False))
    fig = go.Figure()
    for etype, part in df.groupby(df["event_type"].fillna("unknown"), sort=True):
        color = colors.get(etype, "#777")
        hover = part[["sentence", "date_precision", "claimant"]].assign(sentence=part["sentence"].map(_wrap))
        hover = hover.astype(str)
        spans, points = part["is_span"], ~part["is_span"]
        if spans.any():
            s0, s1 = start[part.index][spans], end[part.index][spans] + pd.Timedelta(days=1)
            fig.add_bar(
                base=s0.dt.strftime("%Y-%m-%d"), x=(s1 - s0).dt.total_seconds() * 1000, y=part["country"][spans],
                orientation="h", name=f"{_label(etype)} (date window)", legendgroup=etype, opacity=0.35,
                marker_color=color, customdata=hover[spans].to_numpy(),
                hovertemplate="%{base|%Y-%m-%d} – known to the %{customdata[1]}<br>%{customdata[0]}"
                              "<br><i>%{customdata[2]}</i><extra></extra>",
            )
        if points.any():
            fig.add_scatter(
                x=start[part.index][points], y=part["country"][points], mode="markers", name=_label(etype),
                legendgroup=etype, marker=dict(color=color, size=9, line=dict(width=0.5, color="white")),
                customdata=hover[points].to_numpy(),
                hovertemplate="%{x|%Y-%m-%d}<br>%{customdata[0]}<br><i>%{customdata[2]}</i><extra></extra>",
            )
    n_rows = max(df["country"].nunique(), 1)
    fig.update_layout(barmode="overlay", height=160 + 45 * n_rows, margin=dict(t=10, b=10, l=10, r=10),
                      hoverlabel=dict(align="left"))
    fig.update_xaxes(type="date", title_text="date of the happening")
    fig.update_yaxes(type="category", title_text=None)
    return fig


_PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2"]


def world_map(places: pd.DataFrame, metric: str) -> go.Figure:
    """Points sized by the figure where the place is known; a country layer (shaded) for figures
    known only to the country. Drawn from the world outline the app serves itself."""
    import plotly.graph_objects as go
    fig = go.Figure()
    country = places[places["layer"] == "country"]
    points = places[places["layer"] == "point"]
    if len(country):
        fig.add_choropleth(
            locations=country["country"], z=country["value"], locationmode="ISO-3", colorscale="Reds", zmin=0,
            zmax=float(country["value"].max()),
            marker_line_color="white", colorbar=dict(title=dict(text="country only"), len=0.5, y=0.25),
            customdata=country[["quotes", "figures"]].to_numpy(), name="known only to the country",
            hovertemplate=f"<b>%{{location}}</b> · {_label(metric)}: %{{z:,}} (%{{customdata[1]}} figures)"
                          "<br>%{customdata[0]}<extra></extra>",
        )
    if len(points):
        size = points["value"].astype(float)
        fig.add_scattergeo(
            lat=points["lat"], lon=points["lon"], mode="markers", name="place",
            marker=dict(size=size, sizemode="area", sizeref=2.0 * size.max() / 40**2, sizemin=4,
                        color=METRIC_COLORS.get(metric, "#2166ac"), opacity=0.7, line=dict(width=0.5, color="white")),
            customdata=points[["place", "quotes", "figures"]].to_numpy(),
            text=points["value"],
            hovertemplate=f"<b>%{{customdata[0]}}</b> · {_label(metric)}: %{{text:,}} (%{{customdata[2]}} figures)"
                          "<br>%{customdata[1]}<extra></extra>",
        )
    fig.update_geos(scope="world", resolution=110, showcountries=True, countrycolor="#bbb", showland=True,
                    landcolor="#f3f3f3", showocean=True, oceancolor="#eaf2f8",
                    fitbounds="locations" if len(places) else False,
                    projection_type="natural earth")
    fig.update_layout(height=560, margin=dict(t=10, b=10, l=10, r=10), legend=dict(orientation="h"))
    return fig


def date_span(firsts, lasts) -> str:
    """``01 May 2025 – 31 May 2025`` from the earliest of ``firsts`` to the latest of ``lasts``."""
    first = min((d for d in firsts if isinstance(d, dt.date)), default=None)
    last = max((d for d in lasts if isinstance(d, dt.date)), default=None)
    if not first:
        return "no dates"
    return f"{first:%d %b %Y} – {last:%d %b %Y}" if first != last else f"{first:%d %b %Y}"
