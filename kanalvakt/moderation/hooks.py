"""The moderation app's place in the navigation and the audit log's labels."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from kanalvakt.audit.labels import register as register_label
from kanalvakt.moderation.access import can_see_settings
from kanalvakt.web.navigation import NavEntry, register

register(NavEntry("moderation:config", _("Moderation settings"), can_see_settings),
         before="org:organisation")
register(NavEntry("moderation:models", _("Trained models"), can_see_settings),
         before="org:organisation")

for action, label in {
    "moderation.config_saved": _("Moderation settings saved"),
    "moderation.kept": _("Item kept after moderation"),
    "moderation.model_trained": _("Moderation model trained"),
}.items():
    register_label(action, label)
