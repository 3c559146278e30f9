"""The engine in use in this process: built from the configuration and the model in force.

Building an engine is cheap once the lexicons are loaded, but not free, so each process keeps
one and rebuilds it only when the configuration version or the model in use has changed; the
check is two indexed one-row queries, made once per `current_engine()` call (once per sync batch).

The configuration in force is the newest saved version that this version of kanalvakt can
load. Every saved version was accepted when it was saved, but a newer kanalvakt may check more
strictly (an unknown key, a threshold above 1): such a version is passed over, with a warning in
the log, an audit entry and on the settings page, and moderation goes on with the newest version
before it that still loads, else with the shipped default, until a corrected version is saved.
"""

from __future__ import annotations

import io
import logging
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy

from kanalvakt.moderation.models import EngineConfigVersion, TrainedModel

if TYPE_CHECKING:
    from kanalvakt.moderation.engine.config import EngineConfig
    from kanalvakt.moderation.settings_file import Problem

log = logging.getLogger(__name__)

_lock = threading.Lock()
Key = tuple[Any, Any]
_built: tuple[Key, Any] | None = None

NOT_LOADED_ACTION = "moderation.config_not_loaded"


def _register_audit_label() -> None:
    # With the module that records the entry; moderation/hooks.py has the app's other labels.
    from kanalvakt.audit.labels import register

    register(NOT_LOADED_ACTION, gettext_lazy("Moderation settings could not be loaded"))


_register_audit_label()


@dataclass(frozen=True)
class NotLoaded:
    """A saved version this version of kanalvakt cannot load, and why (in the active language)."""

    version: EngineConfigVersion
    problem: Problem


@dataclass(frozen=True)
class InForce:
    """The configuration moderation runs with, and the newer saved versions passed over."""

    version: EngineConfigVersion | None  # None: the shipped default
    config: EngineConfig
    not_loaded: list[NotLoaded] = field(default_factory=list)  # newest first

    @property
    def label(self) -> str:
        """The version as the audit log names it: db-N, or 'default' for the shipped file."""
        return self.version.engine_version if self.version is not None else "default"

    def text(self) -> str:
        from kanalvakt.moderation.settings_file import default_text

        return self.version.text if self.version is not None else default_text()


def _key() -> Key:
    """Which configuration and model are in force; the time guards against a reused id."""
    config = EngineConfigVersion.objects.order_by("-number").values_list("pk", "created_at").first()
    model = (TrainedModel.objects.filter(accepted=True, data__isnull=False)
             .order_by("-created_at", "-pk").values_list("pk", "created_at").first())
    return config, model


def in_force(newest: int | None = None) -> InForce:
    """The newest saved version that loads (from the version with pk `newest` down, else from
    the newest), else the shipped default; reasons are in the active language."""
    from kanalvakt.moderation.engine.config import load_config
    from kanalvakt.moderation.settings_file import Problem, parse

    versions = EngineConfigVersion.objects.order_by("-number")
    if newest is not None:
        top = EngineConfigVersion.objects.filter(pk=newest).values_list("number", flat=True).first()
        if top is not None:
            versions = versions.filter(number__lte=top)
    not_loaded: list[NotLoaded] = []
    for saved in versions.iterator(chunk_size=20):
        parsed = parse(saved.text, saved.engine_version)
        if isinstance(parsed, Problem):
            not_loaded.append(NotLoaded(saved, parsed))
            continue
        return InForce(saved, parsed, not_loaded)
    return InForce(None, load_config(None), not_loaded)


def current_config_text() -> str:
    """The text of the configuration moderation runs with (see `in_force`)."""
    return in_force().text()


def newest_text() -> str:
    """The newest saved text (the one to correct when it does not load), else the default."""
    from kanalvakt.moderation.settings_file import default_text

    latest = EngineConfigVersion.objects.order_by("-number").first()
    return latest.text if latest else default_text()


def load_model(row: TrainedModel) -> Any:
    from kanalvakt.moderation.engine.learn import Model

    return Model.load(io.BytesIO(bytes(row.data)))


def _report_not_loaded(chosen: InForce, reasons: list[str]) -> None:
    """Log the versions passed over (with the reasons in English), and record them in the
    audit log once."""
    newest = chosen.not_loaded[0].version
    used = chosen.label if chosen.version is not None else "the shipped default configuration"
    for skipped, reason in zip(chosen.not_loaded, reasons, strict=True):
        log.warning("moderation settings %s no longer load with this version of kanalvakt (%s); "
                    "moderation goes on with %s until a corrected version is saved on the "
                    "moderation settings page", skipped.version.engine_version, reason, used)
    from kanalvakt.audit.log import record
    from kanalvakt.audit.models import Entry
    from kanalvakt.moderation.settings_file import parse

    with transaction.atomic():
        # Every process builds its own engine: the first to notice records it.
        EngineConfigVersion.objects.select_for_update().filter(pk=newest.pk).first()
        if Entry.objects.filter(action=NOT_LOADED_ACTION, object_id=str(newest.pk),
                                after__version=chosen.label).exists():
            return
        with translation.override(settings.LANGUAGE_CODE):  # the audit log is read in the UI's language
            note = "\n".join(f"{s.version.engine_version}: {parse(s.version.text, s.version.engine_version)}"
                             for s in chosen.not_loaded)
        record("system", NOT_LOADED_ACTION, newest, before={"version": newest.engine_version},
               after={"version": chosen.label,
                      "not_loaded": [s.version.engine_version for s in chosen.not_loaded]},
               note=note)


def build(config: tuple[int, Any] | None, model: tuple[int, Any] | None) -> Any:
    """An engine from the newest saved configuration that loads (or the shipped default) and a
    model (or none); its `config.version` is the version actually used."""
    from kanalvakt.moderation.engine import Engine
    from kanalvakt.moderation.engine.config import load_config

    if config is None:
        loaded = load_config(None)
    else:
        with translation.override("en"):  # the reasons are for the log
            chosen = in_force(config[0])
            reasons = [str(skipped.problem) for skipped in chosen.not_loaded]
        if chosen.not_loaded:
            _report_not_loaded(chosen, reasons)
        loaded = chosen.config
    learned = load_model(TrainedModel.objects.get(pk=model[0])) if model is not None else None
    return Engine(loaded, learned)


def current_engine() -> Any:
    """The engine for the configuration and model in force now, rebuilt when either changed."""
    global _built
    key = _key()
    built = _built
    if built is not None and built[0] == key:
        return built[1]
    with _lock:
        if _built is None or _built[0] != key:
            engine = build(*key)
            # Load the lazily read word lists now, not during the first classification.
            engine.classify("Hej! När öppnar badhuset igen efter renoveringen?")
            _built = (key, engine)
        return _built[1]
