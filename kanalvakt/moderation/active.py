"""The engine in use in this process: built from the configuration and the model in force.

Building an engine is cheap once the lexicons are loaded, but not free, so each process keeps
one and rebuilds it only when the configuration version or the model in use has changed; the
check is two indexed one-row queries, made once per `current_engine()` call (once per sync batch).
"""

from __future__ import annotations

import io
import threading
from typing import Any

from kanalvakt.moderation.models import EngineConfigVersion, TrainedModel

_lock = threading.Lock()
Key = tuple[Any, Any]
_built: tuple[Key, Any] | None = None


def _key() -> Key:
    """Which configuration and model are in force; the time guards against a reused id."""
    config = EngineConfigVersion.objects.order_by("-number").values_list("pk", "created_at").first()
    model = (TrainedModel.objects.filter(accepted=True, data__isnull=False)
             .order_by("-created_at", "-pk").values_list("pk", "created_at").first())
    return config, model


def current_config_text() -> str:
    from kanalvakt.moderation.settings_file import default_text

    latest = EngineConfigVersion.objects.order_by("-number").first()
    return latest.text if latest else default_text()


def load_model(row: TrainedModel) -> Any:
    from kanalvakt.moderation.engine.learn import Model

    return Model.load(io.BytesIO(bytes(row.data)))


def build(config: tuple[int, Any] | None, model: tuple[int, Any] | None) -> Any:
    """An engine from a saved configuration (or the shipped default) and a model (or none)."""
    from kanalvakt.moderation.engine import Engine
    from kanalvakt.moderation.engine.config import load_config
    from kanalvakt.moderation.settings_file import parse

    if config is None:
        loaded = load_config(None)
    else:
        saved = EngineConfigVersion.objects.get(pk=config[0])
        parsed = parse(saved.text, saved.engine_version)
        if not hasattr(parsed, "accounts"):  # only accepted texts are saved; a newer engine may differ
            raise RuntimeError(f"configuration {saved.engine_version} no longer loads: {parsed}")
        loaded = parsed
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
