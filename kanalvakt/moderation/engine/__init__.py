"""The moderation engine: classifies Swedish social-media text into guideline 8's categories.

Pure Python with no Django imports, so it can be used from the CLI, tests and benchmarks alone.
Typical use::

    from kanalvakt.moderation.engine import Engine
    result = Engine.from_config_file(None).classify("Ring mig på 070-123 45 67", account="bibliotek")
"""

from kanalvakt.moderation.engine.results import CATEGORIES, LEGAL_BASES, Finding, Result

__all__ = ["CATEGORIES", "LEGAL_BASES", "Engine", "Finding", "Result"]


def __getattr__(name: str) -> object:
    # Imported lazily so that `results` can be used without loading lexicons and phonenumbers.
    if name == "Engine":
        from kanalvakt.moderation.engine.engine import Engine

        return Engine
    raise AttributeError(name)
