from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    name = "kanalvakt.moderation"
    label = "moderation"
    verbose_name = _("Moderation")

    def ready(self) -> None:
        from kanalvakt.moderation import hooks  # noqa: F401 - navigation, audit labels
