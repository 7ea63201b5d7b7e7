"""The exercise timeline as a Vega-Lite chart: what happened when, and each clock's deadline."""

from __future__ import annotations

from typing import Any

import streamlit as st

from drillbook.exercise.report import Report

TYPED = {"role"}
"""Moment kinds whose text is what a person typed (a name); the chart leaves it out."""


def chart_spec(report: Report) -> dict[str, Any]:
    """Points for injects, decisions, messages and priorities; rules for clock deadlines."""
    moments = [
        {
            "minute": m.minute,
            "kind": m.kind,
            "role": m.role,
            "what": m.kind if m.kind in TYPED else m.text,
        }
        for m in report.timeline
    ]
    deadlines = [
        {"minute": c.deadline, "clock": f"{c.name} deadline ({c.wording})"}
        for c in report.clocks
        if c.deadline is not None
    ]
    points = {
        "data": {"values": moments},
        "mark": {"type": "point", "filled": True, "size": 90},
        "encoding": {
            "x": {"field": "minute", "type": "quantitative", "title": "exercise minute"},
            "y": {"field": "kind", "type": "nominal", "title": None},
            "color": {"field": "kind", "type": "nominal", "legend": None},
            "tooltip": [
                {"field": "minute", "type": "quantitative"},
                {"field": "kind", "type": "nominal"},
                {"field": "role", "type": "nominal"},
                {"field": "what", "type": "nominal"},
            ],
        },
    }
    rules = {
        "data": {"values": deadlines},
        "mark": {"type": "rule", "strokeDash": [6, 4], "color": "firebrick"},
        "encoding": {
            "x": {"field": "minute", "type": "quantitative"},
            "tooltip": [{"field": "clock", "type": "nominal"}],
        },
    }
    return {"layer": [points, rules] if deadlines else [points], "height": 260}


def show_timeline(report: Report) -> None:
    """The chart, then the same moments as a table."""
    st.subheader("Timeline")
    st.vega_lite_chart(chart_spec(report), width="stretch")
    st.dataframe(
        [
            {"minute": m.minute, "kind": m.kind, "role": m.role, "what": m.text}
            for m in report.timeline
        ],
        hide_index=True,
    )
