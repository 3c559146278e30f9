"""The registry's place in the navigation, the audit log's labels, and reactions to people leaving."""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from kanalvakt.audit.labels import register as register_label
from kanalvakt.org import access
from kanalvakt.org.actions import person_deactivated
from kanalvakt.web.navigation import NavEntry, register

register(NavEntry("registry:accounts", _("Accounts"), access.any_role), before="org:organisation")
register(NavEntry("registry:guidelines", _("Guidelines"), access.any_role), before="org:organisation")

for action, label in {
    "registry.account_applied": _("Account applied for"),
    "registry.account_approved": _("Account approved"),
    "registry.account_returned": _("Application returned"),
    "registry.account_resubmitted": _("Application sent again"),
    "registry.plan_updated": _("Plan changed"),
    "registry.plan_signed_off": _("Plan signed off"),
    "registry.appointed": _("Editor appointed"),
    "registry.appointment_ended": _("Appointment ended"),
    "registry.communications_admin_set": _("Communications unit's admin rights changed"),
    "registry.profile_recorded": _("Profile recorded"),
    "registry.account_inactive": _("Account marked inactive"),
    "registry.closing_started": _("Closing started"),
    "registry.policy_saved": _("Policy rules saved"),
    "registry.guidelines_loaded": _("Guidelines loaded"),
    "registry.handbook_saved": _("Handbook page saved"),
}.items():
    register_label(action, label)


@receiver(person_deactivated)
def flag_accounts_of_departed(sender: Any, person: Any, actor: Any, **kwargs: Any) -> None:
    from kanalvakt.registry.actions import check_still_compliant
    from kanalvakt.registry.models import Account

    for account in Account.objects.filter(appointments__person=person).distinct():
        if account.current_appointments().filter(person=person).exists():
            check_still_compliant(account, f"{person} har inaktiverats (slutat) men är utsedd för kontot.")
