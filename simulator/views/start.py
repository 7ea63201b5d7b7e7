"""Start: a facilitator picks a scenario and gets a join code for the room and a key to keep."""

from __future__ import annotations

import streamlit as st

from drillbook.exercise.engine import Created, ExerciseEngine
from drillbook.scenario import catalogue
from drillbook.scenario.models import ScenarioTemplate
from views.engine import attempt, engine
from views.identity import Facilitator, remember_facilitator
from views.names import roles_text
from views.texts import plain, say


def describe(chosen: ScenarioTemplate, running: ExerciseEngine) -> None:
    """The scenario's summary, duration and roles."""
    plain(chosen.summary)
    st.caption(
        f"{chosen.duration_minutes} minutes · exercises the {chosen.playbook} playbook · "
        f"roles: {roles_text(running.project, chosen.roles)}"
    )


def create(chosen: ScenarioTemplate, difficulty: str, seed: int, code: str) -> Created | None:
    """Create the exercise from the scenario code when one is given, else from the seed."""

    def make(running: ExerciseEngine) -> Created:
        """Ask the engine for a new exercise."""
        if code.strip():
            scenario = catalogue.scenario_from_code(running.project, code)
            return running.create_exercise(
                scenario=scenario.template, seed=scenario.seed, difficulty=scenario.difficulty
            )
        return running.create_exercise(scenario=chosen.id, seed=seed, difficulty=difficulty)

    return attempt(make)


def show_codes(created: Created) -> None:
    """The codes the facilitator needs: one for the room, one to keep."""
    say("The exercise is ready.", "success")
    left, right = st.columns(2)
    with left:
        st.markdown("**Join code**: show it to the room")
        st.code(created.join_code, language=None)
    with right:
        st.markdown("**Facilitator key**: keep it to yourself")
        st.code(created.facilitator_key, language=None)
    st.markdown("**Scenario code**: another team can replay exactly this exercise with it")
    st.code(created.scenario_code, language=None)
    st.page_link("screens/facilitator.py", label="Open the facilitator console", icon="▶️")


def page() -> None:
    """Pick a scenario, a difficulty and a seed or code; create the exercise."""
    st.title("Start a tabletop exercise")
    with engine() as running:
        templates = catalogue.templates(running.project)
        if not templates:
            say("There are no scenario templates in this project yet.", "warning")
            return
        by_id = {t.id: t for t in templates}
        picked = st.selectbox(
            "Scenario", list(by_id), format_func=lambda t: by_id[t].title, key="start-scenario"
        )
        chosen = by_id[picked]
        describe(chosen, running)
    levels = {d.id: d.label for d in chosen.difficulties}
    with st.form("start"):
        difficulty = st.selectbox(
            "Difficulty", list(levels), format_func=levels.__getitem__, key="start-difficulty"
        )
        seed = st.number_input("Seed", min_value=0, value=1, step=1, key="start-seed")
        code = st.text_input(
            "Or a scenario code (replaces scenario, difficulty and seed)", key="start-code"
        )
        submitted = st.form_submit_button("Create exercise", type="primary")
    if submitted:
        created = create(chosen, difficulty, int(seed), code)
        if created is not None:
            remember_facilitator(
                Facilitator(created.exercise_id, created.facilitator_key, created.join_code)
            )
            show_codes(created)
