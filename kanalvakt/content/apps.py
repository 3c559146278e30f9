from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    name = "kanalvakt.content"
    label = "content"
    verbose_name = _("Content")

    def ready(self) -> None:
        from kanalvakt.audit.labels import register

        for action, label in {
            "content.connected": _("Account connected to its platform"),
            "content.disconnected": _("Account disconnected from its platform"),
            "content.synced": _("Content synced from the platform"),
            "content.imported": _("Content imported from files"),
            "content.evidence_stored": _("Evidence stored"),
            "content.replied": _("Replied on the platform"),
            "content.hidden": _("Hidden on the platform"),
            "content.unhidden": _("Shown again on the platform"),
            "content.deleted": _("Removed from the platform"),
            "content.published": _("Published on the platform"),
            "content.platform_action_failed": _("Action on the platform failed"),
        }.items():
            register(action, label)
