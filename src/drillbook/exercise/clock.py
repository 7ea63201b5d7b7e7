"""Exercise time: moved by the facilitator's hand, or running with the wall clock at a speed."""

from __future__ import annotations

from dataclasses import dataclass

from drillbook.exercise.events import ClockMoved, ClockPaused, ClockStarted


@dataclass
class ExerciseClock:
    """Where exercise time stood at its last change, and whether it runs since then."""

    minute: float = 0.0
    """Exercise minute at the last change."""
    running_since: float | None = None
    """Wall-clock seconds at which it last started, or ``None`` while it stands still."""
    speed: float = 1.0
    """Exercise minutes per wall-clock minute while running."""

    @property
    def running(self) -> bool:
        """Whether exercise time follows the wall clock."""
        return self.running_since is not None

    def apply(self, event: ClockMoved | ClockStarted | ClockPaused) -> None:
        """Take one clock event into account."""
        self.minute = event.minute
        if isinstance(event, ClockStarted):
            self.running_since, self.speed = event.wall, event.speed
        elif isinstance(event, ClockPaused):
            self.running_since = None

    def at(self, wall: float) -> float:
        """The exercise minute at wall-clock time ``wall`` (seconds since the epoch)."""
        if self.running_since is None:
            return self.minute
        elapsed = max(0.0, wall - self.running_since) / 60
        return round(self.minute + elapsed * self.speed, 2)
