from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistryConfig(AppConfig):
    name = "kanalvakt.registry"
    label = "registry"
    verbose_name = _("Account registry")

    def ready(self) -> None:
        from kanalvakt.registry import hooks  # noqa: F401 - navigation, audit labels
