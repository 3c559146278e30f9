"""The engines the moderation tests use."""

from __future__ import annotations

from kanalvakt.moderation.engine.config import load_config
from kanalvakt.moderation.engine.engine import Engine


def rules_only() -> Engine:
    """The default configuration without the base model: the rule tests check what each rule
    finds and leaves alone; the base model's additions are tested in test_ngram.py."""
    config = load_config(None)
    config.base_model = False
    return Engine(config)
