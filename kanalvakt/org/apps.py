from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrgConfig(AppConfig):
    name = "kanalvakt.org"
    label = "org"
    verbose_name = _("Organisation")

    def ready(self) -> None:
        from kanalvakt.org import signals  # noqa: F401 - connects the login audit receivers
