"""The demo organisation: Motala kommun with its förvaltningar, units and one user per role.

Running it again changes nothing that is already there (other than resetting the demo users'
password to the configured one), so `make run` can call it at every start.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from kanalvakt.audit.log import record
from kanalvakt.org.actions import do_create_person, do_grant_role
from kanalvakt.org.models import Administration, Municipality, Person, Role, Unit

MUNICIPALITY = ("Motala kommun", "212000-0548")

# code, name, registrar mailbox, [(unit code, unit name, communications unit?)]
ADMINISTRATIONS = [
    ("klf", "Kommunledningsförvaltningen", "kommunledningsforvaltningen@motala.se", [
        ("kommunikation", "Kommunikationsenheten", True),
        ("hr", "HR-enheten", False),
    ]),
    ("sbf", "Samhällsbyggnadsförvaltningen", "samhallsbyggnad@motala.se", [
        ("raddningstjanst", "Räddningstjänsten", False),
        ("gata-park", "Gata och park", False),
    ]),
    ("buf", "Barn- och utbildningsförvaltningen", "barnochutbildning@motala.se", [
        ("grundskola", "Grundskolan", False),
        ("ung", "Motala Ung", False),
    ]),
    ("sof", "Socialförvaltningen", "socialforvaltningen@motala.se", [
        ("individ-familj", "Individ- och familjeomsorg", False),
    ]),
    ("kof", "Kultur- och fritidsförvaltningen", "kulturochfritid@motala.se", [
        ("bibliotek", "Motala bibliotek", False),
        ("fritid", "Fritid och idrott", False),
    ]),
]


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    last_name: str
    unit: str
    title: str
    role: Role | None
    scope: str = ""
    description: str = ""


DEMO_USERS = [
    DemoUser("alva", "Alva", "Lindqvist", "kommunikation", "Kommunikatör", Role.COMMUNICATOR,
             description="kommunikatör"),
    DemoUser("erik", "Erik", "Berg", "bibliotek", "Bibliotekarie", None,
             description="redaktör (Motala bibliotek)"),
    DemoUser("sara", "Sara", "Holm", "bibliotek", "Bibliotekarie", None,
             description="ersättare (Motala bibliotek)"),
    DemoUser("maja", "Maja", "Ek", "bibliotek", "Bibliotekschef", Role.MANAGER, "bibliotek",
             description="chef (Motala bibliotek)"),
    DemoUser("rolf", "Rolf", "Sjöberg", "kommunikation", "Registrator", Role.REGISTRAR, "klf",
             description="registrator (Kommunledningsförvaltningen)"),
    DemoUser("arkiv", "Anna", "Arkivarie", "kommunikation", "Arkivarie", Role.ARCHIVIST,
             description="arkivarie"),
    DemoUser("admin", "Adam", "Drift", "kommunikation", "Systemadministratör", Role.SYSADMIN,
             description="systemadministratör"),
    DemoUser("nils", "Nils", "Nilsson", "fritid", "Fritidsledare", None,
             description="ingen roll"),
]


def ensure_demo(password: str) -> list[DemoUser]:
    with transaction.atomic():
        name, org_number = MUNICIPALITY
        municipality, created = Municipality.objects.get_or_create(
            org_number=org_number,
            defaults={"name": name, "comment_rules_url": "https://motala.se/kommentarsregler"})
        if created:
            record(None, "org.municipality_created", municipality)
        for code, adm_name, mailbox, units in ADMINISTRATIONS:
            administration, created = Administration.objects.get_or_create(
                code=code, defaults={"municipality": municipality, "name": adm_name,
                                     "registrar_email": mailbox})
            if created:
                record(None, "org.administration_created", administration)
            for unit_code, unit_name, is_comms in units:
                unit, created = Unit.objects.get_or_create(
                    code=unit_code, defaults={"administration": administration, "name": unit_name,
                                              "is_communications_unit": is_comms})
                if created:
                    record(None, "org.unit_created", unit)

        for demo in DEMO_USERS:
            unit = Unit.objects.get(code=demo.unit)
            person = Person.objects.filter(username=demo.username).first()
            if person is None:
                person = do_create_person(
                    None, username=demo.username, first_name=demo.first_name,
                    last_name=demo.last_name, email=f"{demo.username}@motala.example",
                    unit=unit, title=demo.title, password=password)
            elif not person.check_password(password):
                person.set_password(password)
                person.save(update_fields=["password"])
                record(None, "auth.password_changed", person, note="demo password reset")
            if demo.role is not None:
                do_grant_role(
                    None, person, demo.role,
                    unit=Unit.objects.get(code=demo.scope) if demo.role.needs_unit else None,
                    administration=(Administration.objects.get(code=demo.scope)
                                    if demo.role.needs_administration else None))
    return DEMO_USERS
