from __future__ import annotations

from kanalvakt.moderation.actions import do_train
from kanalvakt.moderation.training import reason_text
from kanalvakt.org.models import Person
from kanalvakt.worker.registry import task


@task("moderation.train", max_attempts=1)
def train_model(actor: int | None = None) -> str:
    """Train a model on every moderator decision; it is put in use only if the evaluation accepts it."""
    person = Person.objects.filter(pk=actor).first() if actor else None
    row = do_train(person)
    return f"model {row.pk}: {'accepted' if row.accepted else 'refused'} ({reason_text(row.reason)})"
