"""The tasks the worker can run, registered by each app's `tasks.py`.

    @task("audit.verify_chain", every=timedelta(days=1))
    def verify_chain() -> str: ...

A periodic task gets one job row that is rescheduled after each run; a one-off job is queued with
`kanalvakt.worker.jobs.enqueue`. Tasks take JSON-serialisable keyword arguments and return an
optional short text that is kept as the job's last result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

TaskFunction = Callable[..., object]


@dataclass(frozen=True)
class Task:
    name: str
    function: TaskFunction
    every: timedelta | None
    max_attempts: int


_tasks: dict[str, Task] = {}


def task(name: str, *, every: timedelta | None = None,
         max_attempts: int = 5) -> Callable[[TaskFunction], TaskFunction]:
    def register(function: TaskFunction) -> TaskFunction:
        _tasks[name] = Task(name, function, every, max_attempts)
        return function

    return register


def get(name: str) -> Task | None:
    return _tasks.get(name)


def periodic() -> list[Task]:
    return [t for t in _tasks.values() if t.every is not None]


def all_tasks() -> list[Task]:
    return list(_tasks.values())
