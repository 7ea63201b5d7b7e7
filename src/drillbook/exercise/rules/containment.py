"""Containment: contain or observe by the criteria in force, coordinated, evidence kept first."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from drillbook.exercise.rules.context import Grading, option_of
from drillbook.exercise.targets import Area, Target, minute
from drillbook.scenario.models import Approach, DecisionPoint, Fact

STOP_FACTS = (Fact.ACTIVE_EXFILTRATION,)
"""Facts that make containing now the right call whatever observing would teach (seed 3)."""

_PAIRS = {
    "contain-or-observe": (Approach.CONTAIN, Approach.OBSERVE),
    "coordinated": (Approach.COORDINATED, Approach.PIECEMEAL),
    "evidence-preserved": (Approach.PRESERVE_EVIDENCE, Approach.SKIP_EVIDENCE),
}


def containment(g: Grading) -> Iterator[Target]:
    """The containment targets."""
    yield from _contain_or_observe(g)
    yield from _coordinated(g)
    yield _evidence(g)


def _kind(point: DecisionPoint, kind: str) -> bool:
    approaches = {o.approach for o in point.options}
    return any(a in approaches for a in _PAIRS[kind])


def _owner(g: Grading) -> str:
    return g.playbook.containment_plan.owner


@dataclass(frozen=True)
class _Choice:
    """What the log says was chosen at one decision point."""

    minute: float
    label: str
    approach: Approach
    role: str

    @property
    def evidence(self) -> str:
        return f"{minute(self.minute)}: {self.role} chose {self.label!r} ({self.approach})"


def _decisions(g: Grading, kind: str) -> Iterator[tuple[DecisionPoint, _Choice | None]]:
    """The scenario's decision points of one kind, each with its choice (``None``: undecided)."""
    for point in g.scenario.decisions:
        if not _kind(point, kind):
            continue
        made = g.state.decisions.get(point.id)
        if made is None:
            yield point, None
            continue
        option = option_of(g.scenario, point, made.option)
        yield point, _Choice(made.minute, option.label, option.approach, made.role)


def _contain_or_observe(g: Grading) -> Iterator[Target]:
    answers = {a.about: a.option for a in g.scenario.model_answers}
    for point, chosen in _decisions(g, "contain-or-observe"):
        title = f"Contain or observe ({point.id}) fits the criteria in force"
        target = f"containment.contain-or-observe.{point.id}"
        if chosen is None:
            why = "The team never decided whether to contain or observe."
            yield _target(g, target, title, False, why, [f"{point.id}: no decision"])
            continue
        at, approach = chosen.minute, chosen.approach
        in_force = [f for f in STOP_FACTS if g.state.facts.get(f, at + 1) <= at]
        known = sorted(f for f, seen in g.state.facts.items() if seen <= at)
        model = next((o.approach for o in point.options if o.id == answers.get(point.id)), None)
        expected = Approach.CONTAIN if in_force else (model or Approach.OBSERVE)
        evidence = [chosen.evidence, f"facts known then: {', '.join(known) or 'none'}"]
        met = approach == expected
        if in_force:
            why = f"{', '.join(in_force)} was in force, so the criteria said stop now."
        elif expected == Approach.OBSERVE:
            why = "Nothing sensitive was leaving yet, so the criteria favoured observing."
        else:
            why = "The harm already outweighed what observing would teach."
        if not met:
            why = f"Chose {approach} against the criteria: {why[0].lower()}{why[1:]}"
        yield _target(g, target, title, met, why, evidence)


def _coordinated(g: Grading) -> Iterator[Target]:
    for point, chosen in _decisions(g, "coordinated"):
        title = f"Containment coordinated and simultaneous ({point.id})"
        target = f"containment.coordinated.{point.id}"
        if chosen is None:
            why = "The team never chose how to contain."
            yield _target(g, target, title, False, why, [f"{point.id}: no decision"])
            continue
        evidence = [chosen.evidence]
        evidence += [
            f"{minute(g.state.released[i.id].minute)}: then came {i.id}: {i.title}"
            for i in g.scenario.injects
            if i.condition and i.condition.decision == point.id and i.id in g.state.released
        ]
        met = chosen.approach == Approach.COORDINATED
        why = (
            "All entry points were closed in one coordinated action."
            if met
            else "Piecemeal containment alerted the attacker before every entry point was closed."
        )
        yield _target(g, target, title, met, why, evidence)


def _evidence(g: Grading) -> Target:
    evidence: list[str] = []
    problems: list[str] = []
    for point, chosen in _decisions(g, "evidence-preserved"):
        if chosen is None:
            problems.append(f"{point.id} was never decided")
            continue
        evidence.append(chosen.evidence)
        if chosen.approach != Approach.PRESERVE_EVIDENCE:
            problems.append(f"{point.id} went without preserving evidence")
    steps = {step.id: (phase, step) for phase, _, step in g.playbook.steps()}
    eradication = [t for s, t in g.state.ticked.items() if steps.get(s, ("",))[0] == "eradication"]
    order = [e.step for e in g.state.ticked.values()]
    for step_id, (_, step) in steps.items():
        if not step.preserve_evidence or step_id not in g.state.ticked:
            continue
        ticked = g.state.ticked[step_id]
        evidence.append(f"{minute(ticked.minute)}: {ticked.role} preserved evidence ({step_id})")
    if eradication:
        first = min(eradication, key=lambda t: (t.minute, order.index(t.step)))
        evidence.append(f"{minute(first.minute)}: eradication began ({first.step})")
        skipped = [
            s
            for s, (_, step) in steps.items()
            if step.preserve_evidence
            and step.owner in g.scenario.roles
            and (s not in g.state.ticked or order.index(s) > order.index(first.step))
        ]
        if skipped:
            problems.append(f"eradication began before evidence steps {', '.join(skipped)}")
    if not evidence:
        problems.append("no evidence was preserved")
    met = not problems
    why = (
        "Evidence was captured before anything was wiped or rebuilt."
        if met
        else "; ".join(problems).capitalize() + "."
    )
    title = "Evidence preserved before eradication"
    return _target(g, "containment.evidence-preserved", title, met, why, evidence + problems)


def _target(g: Grading, target: str, title: str, met: bool, why: str, ev: list[str]) -> Target:
    return Target(
        area=Area.CONTAINMENT,
        id=target,
        title=title,
        met=met,
        why=why,
        evidence=ev,
        owner=_owner(g),
    )
