"""Reading an account's public profile and administrators through its platform connector.

A connected account is read through its connection; the demo page also without one. Where no
connector can be had, the profile is entered by hand.
"""

from __future__ import annotations

from kanalvakt.connectors import ConnectorConfig, get_connector
from kanalvakt.connectors.base import Connector
from kanalvakt.org.models import Person
from kanalvakt.registry.models import Account, Platform, ProfileSnapshot


def connector_for(account: Account) -> Connector | None:
    from kanalvakt.content.models import Connection
    from kanalvakt.content.sync import build_connector

    connection = Connection.objects.filter(account=account).exclude(secret="").first()
    if connection is not None and account.platform != Platform.DEMO:
        return build_connector(connection)
    if account.platform != Platform.DEMO:
        return None
    # The demo page was administered by the people once given access: the communications unit
    # and the editors appointed at the start (the connector then simulates drift from that).
    given_access = [str(p) for p in Person.objects.filter(
        unit__is_communications_unit=True, role_assignments__role="communicator").distinct()]
    given_access += [str(a.person) for a in account.appointments.order_by("role", "starts_on")
                     if str(a.person) not in given_access]
    return get_connector("demo", ConnectorConfig(
        account_id=account.handle, options={"name": account.name, "seed": account.handle,
                                            "admins": given_access}))


def read_profile(actor: Person | None, account: Account) -> ProfileSnapshot | None:
    """Profile and administrators as the platform shows them now, recorded as a snapshot."""
    from kanalvakt.registry.actions import do_record_profile

    connector = connector_for(account)
    if connector is None:
        return None
    try:
        profile = connector.profile()
        admins = connector.admins()
    finally:
        connector.close()
    links = [link for link in profile.links if link]
    return do_record_profile(
        actor, account, source=ProfileSnapshot.Source.CONNECTOR, name=profile.name,
        bio=profile.bio or "", emails=list(profile.emails), phones=list(profile.phones),
        website=profile.website or "", links=links,
        admins=None if admins is None else [
            {"platform_id": a.platform_id, "name": a.name, "email": a.email or ""} for a in admins])
