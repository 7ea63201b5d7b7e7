"""The exercise service: every action a front end can take, as keyword-only calls.

Writes append events at the position the engine last read (retrying when someone else
wrote first); reads fold only the events that arrived since. Participant calls return a
:class:`~drillbook.exercise.views.ParticipantView`, which has no room for facilitator-only
material; facilitator calls need the facilitator key.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from drillbook.errors import DrillbookError
from drillbook.exercise.access import (
    AccessDenied,
    join_digest,
    key_digest,
    matches,
    new_facilitator_key,
    new_id,
    new_join_code,
    new_seat_token,
)
from drillbook.exercise.drafts import DraftCheck, check_draft
from drillbook.exercise.events import (
    AnyEvent,
    ClockMoved,
    ClockPaused,
    ClockStarted,
    DecisionMade,
    ExerciseCreated,
    ExerciseEnded,
    MessageDrafted,
    MessageSent,
    ParticipantJoined,
    PrioritySet,
    RankingSubmitted,
    RoleTaken,
    StepTicked,
    decode,
    encode,
)
from drillbook.exercise.org_ids import check_engine_ids
from drillbook.exercise.release import due_injects, release
from drillbook.exercise.report import Report, build_report
from drillbook.exercise.state import ExerciseState
from drillbook.exercise.views import FacilitatorView, ParticipantView
from drillbook.exercise.visibility import facilitator_view, participant_view
from drillbook.org.models import PriorityLevel
from drillbook.project import Project
from drillbook.scenario import catalogue as scenarios
from drillbook.scenario.models import Scenario
from drillbook.store.protocol import EventStore, PositionConflict

RETRIES = 20
"""How often a write is retried after another writer got there first."""

LAST_MINUTE = 90 * 24 * 60
"""The furthest exercise time can go: 90 days, past the longest regulatory clock's deadline."""

FASTEST = 24 * 60
"""The fastest exercise time can run: a day per real minute."""


class ActionRefused(Exception):
    """An action that the exercise's state does not allow; the message says why."""


@dataclass(frozen=True)
class Created:
    """A new exercise: its id, the code for the room and the key for the facilitator."""

    exercise_id: str
    join_code: str
    facilitator_key: str
    scenario_code: str


@dataclass(frozen=True)
class Seat:
    """A participant's place in an exercise, and the secret token that gives it back."""

    exercise_id: str
    participant_id: str
    name: str
    """The name they gave (names may repeat)."""
    token: str
    """Kept by the participant's browser; only its hash is stored."""


@dataclass(frozen=True)
class Listing:
    """An exercise as lists show it (no access material)."""

    exercise_id: str
    title: str
    scenario_code: str
    events: int


Build = Callable[[ExerciseState, float], list[AnyEvent]]


class ExerciseEngine:
    """Runs exercises over an event store for the scenarios of a project."""

    def __init__(
        self,
        store: EventStore,
        project: Project,
        *,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.project = project
        self.wall = wall
        self._states: dict[str, ExerciseState] = {}
        self._scenarios: dict[tuple[str, int, str | None], Scenario] = {}

    # ------------------------------------------------------------------ reading

    def state(self, exercise_id: str) -> ExerciseState:
        """The folded state, reading only the events appended since the last call."""
        state = self._states.setdefault(exercise_id, ExerciseState())
        for stored in self.store.read(exercise_id, after=state.position):
            state.apply(decode(stored))
        if state.created is None:
            raise AccessDenied(f"there is no exercise {exercise_id!r}")
        return state

    def scenario(self, state: ExerciseState) -> Scenario:
        """The scenario an exercise runs: as kept in its log, whatever its template says now."""
        assert state.created is not None
        created = state.created
        if created.generated is not None:
            return created.generated
        return self.scenario_of(created.scenario, created.seed, created.difficulty)

    def scenario_of(self, template: str, seed: int, difficulty: str | None = None) -> Scenario:
        """The scenario a template gives with a seed (generated once, then remembered)."""
        key = (template, seed, difficulty)
        if key not in self._scenarios:
            self._scenarios[key] = scenarios.scenario(self.project, template, seed, difficulty)
        return self._scenarios[key]

    def exercises(self) -> list[Listing]:
        """Every exercise in the store, oldest first."""
        out = []
        for head in self.store.exercises():
            first = decode(head.first)
            if isinstance(first, ExerciseCreated):
                out.append(Listing(head.exercise_id, first.title, first.code, head.length))
        return out

    def minute(self, exercise_id: str) -> float:
        """The exercise minute now."""
        return self.state(exercise_id).clock.at(self.wall())

    # ------------------------------------------------------------------ writing

    def _commit(self, exercise_id: str, build: Build) -> ExerciseState:
        """Append what ``build`` makes of the current state, plus every inject now due."""
        for _ in range(RETRIES):
            state = self.state(exercise_id)
            position = state.position
            minute = state.clock.at(self.wall())
            events = build(state, minute)
            for event in events:
                state.apply(event)
            events += self._due(state, state.clock.at(self.wall()))
            try:
                self.store.append(exercise_id, [encode(e) for e in events], expect=position)
            except PositionConflict:
                del self._states[exercise_id]
                continue
            except BaseException:
                del self._states[exercise_id]
                raise
            return state
        raise ActionRefused("the exercise is too busy right now: try again")

    def _due(self, state: ExerciseState, minute: float) -> list[AnyEvent]:
        if state.ended is not None:
            return []
        out: list[AnyEvent] = []
        for inject in due_injects(self.scenario(state), state, minute):
            for event in release(inject, state, minute):
                state.apply(event)
                out.append(event)
        return out

    def _facilitator(self, exercise_id: str, key: str) -> ExerciseState:
        state = self.state(exercise_id)
        assert state.created is not None
        if not matches(key_digest(key), state.created.key_hash):
            raise AccessDenied("that is not the facilitator key of this exercise")
        return state

    def create_exercise(
        self,
        *,
        scenario: str,
        seed: int,
        difficulty: str | None = None,
        today: dt.date | None = None,
    ) -> Created:
        """Start an exercise of a scenario template and seed; return its codes (shown once).

        The organisation layer must hold every role and template id the engine grades with.
        """
        problems = check_engine_ids(self.project.org)
        if problems:
            raise DrillbookError(problems)
        generated = self.scenario_of(scenario, seed, difficulty)
        exercise_id, code, key = new_id(), new_join_code(), new_facilitator_key()
        created = ExerciseCreated(
            minute=0,
            scenario=scenario,
            seed=seed,
            difficulty=difficulty,
            code=generated.code,
            title=generated.title,
            generated=generated,
            date=today or dt.date.today(),
            join_hash=join_digest(code),
            key_hash=key_digest(key),
        )
        self.store.append(exercise_id, [encode(created)], expect=0)
        return Created(exercise_id, code, key, generated.code)

    def _joined(self, join_code: str) -> str:
        """The id of the exercise whose join code this is."""
        wanted = join_digest(join_code)
        found = next(
            (
                head.exercise_id
                for head in self.store.exercises()
                if isinstance(first := decode(head.first), ExerciseCreated)
                and matches(wanted, first.join_hash)
            ),
            None,
        )
        if found is None:
            raise AccessDenied("no exercise has that join code")
        return found

    def join(self, *, join_code: str, name: str) -> Seat:
        """Take a new seat in the exercise whose join code this is.

        Names may repeat; the seat's token (see :meth:`rejoin`) is what gives it back.
        """
        clean = " ".join(name.split())[:80]
        if not clean:
            raise ActionRefused("enter your name to join")
        found = self._joined(join_code)
        participant, token = new_id(), new_seat_token()
        digest = key_digest(token)
        self._commit(
            found,
            lambda s, m: [
                ParticipantJoined(minute=m, participant=participant, name=clean, token_hash=digest)
            ],
        )
        return Seat(found, participant, clean, token)

    def rejoin(self, *, join_code: str, token: str) -> Seat:
        """The seat whose token this is (after a reload or a server restart), roles and all."""
        found = self._joined(join_code)
        wanted = key_digest(token)
        seated = self.state(found)
        seat = next(
            (
                event.participant
                for event in seated.log
                if isinstance(event, ParticipantJoined)
                and event.token_hash is not None
                and matches(wanted, event.token_hash)
            ),
            None,
        )
        if seat is None:
            raise AccessDenied("there is no seat with that token in this exercise: join again")
        return Seat(found, seat, seated.participants[seat], token)

    def _actor(self, state: ExerciseState, participant_id: str, role: str | None = None) -> None:
        if participant_id not in state.participants:
            raise AccessDenied("join the exercise first")
        if state.ended is not None:
            raise ActionRefused("the exercise has ended")
        if role is not None and state.holders.get(role) != participant_id:
            raise ActionRefused(f"take the role {role} first")

    def _seat_in(
        self, state: ExerciseState, minute: float, participant_id: str, role: str
    ) -> RoleTaken:
        """The event that seats a participant in a role of the scenario."""
        self._actor(state, participant_id)
        if role not in self.scenario(state).roles:
            raise ActionRefused(f"{role} is not a role of this scenario")
        return RoleTaken(minute=minute, participant=participant_id, role=role)

    def take_role(self, *, exercise_id: str, participant_id: str, role: str) -> None:
        """Take a role of the scenario that nobody holds (only the facilitator hands one over)."""

        def build(state: ExerciseState, minute: float) -> list[AnyEvent]:
            taken = self._seat_in(state, minute, participant_id, role)
            holder = state.holders.get(role)
            if holder == participant_id:
                raise ActionRefused(f"you already hold {role}")
            if holder is not None:
                raise ActionRefused(
                    f"{role} is held by {state.participants[holder]}: "
                    "only the facilitator can hand it over"
                )
            return [taken]

        self._commit(exercise_id, build)

    def assign_role(self, *, exercise_id: str, key: str, participant_id: str, role: str) -> None:
        """Hand a role to a participant, whether or not someone holds it (facilitator only)."""
        if participant_id not in self._facilitator(exercise_id, key).participants:
            raise AccessDenied("there is no participant with that id in this exercise")
        self._commit(exercise_id, lambda s, m: [self._seat_in(s, m, participant_id, role)])

    def tick_step(self, *, exercise_id: str, participant_id: str, role: str, step: str) -> None:
        """Mark a playbook step done."""

        def build(state: ExerciseState, minute: float) -> list[AnyEvent]:
            self._actor(state, participant_id, role)
            playbook = self.project.playbook(self.scenario(state).playbook)
            if step not in {s.id for _, _, s in playbook.steps()}:
                raise ActionRefused(f"the playbook has no step {step!r}")
            return [StepTicked(minute=minute, participant=participant_id, role=role, step=step)]

        self._commit(exercise_id, build)

    def decide(
        self,
        *,
        exercise_id: str,
        participant_id: str,
        role: str,
        decision: str,
        option: str,
        rationale: str = "",
    ) -> str:
        """Answer a decision point that has been put; return the consequence."""
        consequence = ""

        def build(state: ExerciseState, minute: float) -> list[AnyEvent]:
            nonlocal consequence
            self._actor(state, participant_id, role)
            point = next((d for d in self.scenario(state).decisions if d.id == decision), None)
            if point is None or point.minute > minute:
                raise ActionRefused(f"the decision {decision!r} has not been put")
            if decision in state.decisions:
                raise ActionRefused(f"the decision {decision!r} was already made")
            chosen = next((o for o in point.options if o.id == option), None)
            if chosen is None:
                raise ActionRefused(f"{option!r} is not an option of {decision!r}")
            consequence = chosen.consequence
            made = DecisionMade(
                minute=minute,
                participant=participant_id,
                role=role,
                decision=decision,
                option=option,
                rationale=rationale,
            )
            return [made]

        self._commit(exercise_id, build)
        return consequence

    def save_draft(
        self, *, exercise_id: str, participant_id: str, role: str, task: str, text: str
    ) -> None:
        """Keep a draft of a message."""

        def build(state: ExerciseState, minute: float) -> list[AnyEvent]:
            self._actor(state, participant_id, role)
            return [
                MessageDrafted(
                    minute=minute, participant=participant_id, role=role, task=task, text=text
                )
            ]

        self._commit(exercise_id, build)

    def send_message(
        self,
        *,
        exercise_id: str,
        participant_id: str,
        role: str,
        text: str,
        task: str | None = None,
        template: str | None = None,
    ) -> DraftCheck:
        """Send a message for a task (or with a template); return what it lacked."""
        templates = self.project.org.templates
        sent: list[DraftCheck] = []

        def build(state: ExerciseState, minute: float) -> list[AnyEvent]:
            self._actor(state, participant_id, role)
            found = next((t for t in self.scenario(state).communications if t.id == task), None)
            if task is not None and (found is None or found.minute > minute):
                raise ActionRefused(f"there is no communication task {task!r} yet")
            name = found.template if found else template
            if name not in templates:
                raise ActionRefused("name the task or a known template")
            audience = found.audience if found else templates[name].audience
            sent[:] = [check_draft(text, templates[name])]
            message = MessageSent(
                minute=minute,
                participant=participant_id,
                role=role,
                task=task,
                template=name,
                audience=audience,
                text=text,
            )
            return [message]

        self._commit(exercise_id, build)
        return sent[0]

    def submit_ranking(
        self,
        *,
        exercise_id: str,
        participant_id: str,
        role: str,
        order: list[str],
        priorities: dict[str, PriorityLevel],
    ) -> None:
        """Rank the triage board, most urgent first, with a priority for each incident."""

        def build(state: ExerciseState, minute: float) -> list[AnyEvent]:
            self._actor(state, participant_id, role)
            board = self.scenario(state).triage
            if board is None or board.minute > minute:
                raise ActionRefused("there is no triage board yet")
            if role not in board.roles:
                raise ActionRefused(f"the board is ranked as {' or '.join(board.roles)}")
            known = {i.id for i in board.incidents}
            if set(order) - known or set(priorities) - known:
                raise ActionRefused(f"rank only the board's incidents: {', '.join(sorted(known))}")
            ranking = RankingSubmitted(
                minute=minute,
                participant=participant_id,
                role=role,
                order=order,
                priorities=priorities,
            )
            return [ranking]

        self._commit(exercise_id, build)

    def set_priority(
        self,
        *,
        exercise_id: str,
        participant_id: str,
        role: str,
        priority: PriorityLevel,
        incident: str = "main",
    ) -> None:
        """Set the priority of the scenario's incident (or of a triage incident)."""

        def build(state: ExerciseState, minute: float) -> list[AnyEvent]:
            self._actor(state, participant_id, role)
            event = PrioritySet(
                minute=minute,
                participant=participant_id,
                role=role,
                incident=incident,
                priority=priority,
            )
            return [event]

        self._commit(exercise_id, build)

    # ------------------------------------------------------------------ facilitator

    def advance_clock(
        self, *, exercise_id: str, key: str, to: float | None = None, by: float | None = None
    ) -> float:
        """Move exercise time to ``to`` or on ``by`` minutes; due injects are released."""
        self._facilitator(exercise_id, key)

        def build(state: ExerciseState, minute: float) -> list[AnyEvent]:
            target = to if to is not None else minute + (by or 0)
            if not math.isfinite(target):
                raise ActionRefused("move the clock to a number of minutes")
            if target < minute:
                raise ActionRefused("exercise time only moves forward")
            if target > LAST_MINUTE:
                raise ActionRefused(f"exercise time goes at most to minute {LAST_MINUTE}")
            if state.clock.running:
                return [ClockStarted(minute=target, speed=state.clock.speed, wall=self.wall())]
            return [ClockMoved(minute=target)]

        return self._commit(exercise_id, build).clock.minute

    def start_clock(self, *, exercise_id: str, key: str, speed: float = 1.0) -> None:
        """Let exercise time run with the wall clock, ``speed`` times as fast."""
        self._facilitator(exercise_id, key)
        if not 0 < speed <= FASTEST:  # also false for NaN
            raise ActionRefused(f"give a speed above 0 and at most {FASTEST}")
        self._commit(
            exercise_id, lambda s, m: [ClockStarted(minute=m, speed=speed, wall=self.wall())]
        )

    def pause_clock(self, *, exercise_id: str, key: str) -> None:
        """Stop exercise time where it is."""
        self._facilitator(exercise_id, key)
        self._commit(exercise_id, lambda s, m: [ClockPaused(minute=m)])

    def release_due_injects(self, *, exercise_id: str) -> list[str]:
        """Release whatever the clock says is due (safe from any session); return their ids."""
        before = set(self.state(exercise_id).released)
        state = self._commit(exercise_id, lambda s, m: [])
        return [i for i in state.released if i not in before]

    def release_inject(self, *, exercise_id: str, key: str, inject: str) -> None:
        """Release one inject now, ahead of its minute or despite its condition."""
        self._facilitator(exercise_id, key)

        def build(state: ExerciseState, minute: float) -> list[AnyEvent]:
            found = next((i for i in self.scenario(state).injects if i.id == inject), None)
            if found is None or inject in state.released:
                raise ActionRefused(f"{inject!r} is not an inject waiting to be released")
            return release(found, state, minute)

        self._commit(exercise_id, build)

    def end_exercise(self, *, exercise_id: str, key: str) -> None:
        """End the exercise at the current minute."""
        self._facilitator(exercise_id, key)

        def build(state: ExerciseState, minute: float) -> list[AnyEvent]:
            if state.ended is not None:
                raise ActionRefused("the exercise has already ended")
            return [ClockPaused(minute=minute), ExerciseEnded(minute=minute)]

        self._commit(exercise_id, build)

    # ------------------------------------------------------------------ views

    def state_for_participant(self, *, exercise_id: str, participant_id: str) -> ParticipantView:
        """What one participant may see."""
        state = self.state(exercise_id)
        if participant_id not in state.participants:
            raise AccessDenied("join the exercise first")
        scenario = self.scenario(state)
        return participant_view(
            exercise_id, state, scenario, self.project, participant_id, self.wall()
        )

    def state_for_facilitator(self, *, exercise_id: str, key: str) -> FacilitatorView:
        """Everything, for the holder of the facilitator key."""
        state = self._facilitator(exercise_id, key)
        return facilitator_view(exercise_id, state, self.scenario(state), self.project, self.wall())

    def report(self, *, exercise_id: str, key: str) -> Report:
        """The after-action report as of now, for the holder of the facilitator key."""
        state = self._facilitator(exercise_id, key)
        return build_report(state, self.scenario(state), self.project, state.clock.at(self.wall()))

    def export(self, *, exercise_id: str, key: str) -> str:
        """The event log as JSON lines, for the holder of the facilitator key."""
        self._facilitator(exercise_id, key)
        return export_log(self.store, exercise_id)


def export_log(store: EventStore, exercise_id: str) -> str:
    """An exercise's event log as JSON lines, one event per line, in order."""
    return "".join(stored.body + "\n" for stored in store.read(exercise_id))
