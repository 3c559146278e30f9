"""Demo accounts of Motala kommun on several platforms; Motala Ung on Bluesky fails on purpose."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from kanalvakt.content.demo import ensure_demo_connection
from kanalvakt.org.actions import do_create_person
from kanalvakt.org.models import Person, Unit
from kanalvakt.registry import actions
from kanalvakt.registry.guidelines import bundled_motala, load_guidelines
from kanalvakt.registry.models import Account, Appointment, GuidelineDocument, HandbookPage, Plan

EXTRA_STAFF = [("lena", "Lena", "Brand", "raddningstjanst"), ("omar", "Omar", "Haddad", "ung"),
               ("karin", "Karin", "Ljung", "fritid")]

PLAN = {
    "purpose": "Informera invånarna om {what} och svara på frågor.",
    "goals": "Fler invånare känner till {what}; frågor besvaras inom två arbetsdagar.",
    "audience": "Invånare i Motala kommun, särskilt {who}.",
    "themes": "Nyheter, evenemang, service och tips",
    "cadence": "Tre inlägg i veckan",
    "calendar": "Måndag: veckans nyheter\nOnsdag: tips\nFredag: helgens evenemang",
    "connection": "Kontot stödjer {unit}s uppdrag att informera och föra dialog med invånarna.",
}

# platform, name, handle, url, unit, editor, substitute, who, what
ACCOUNTS = [
    ("facebook", "Motala kommun", "motalakommun", "https://www.facebook.com/motalakommun",
     "kommunikation", "alva", "karin", "alla åldrar", "kommunens service"),
    ("instagram", "Motala bibliotek", "motalabibliotek", "https://www.instagram.com/motalabibliotek",
     "bibliotek", "erik", "sara", "barn och unga", "bibliotekets utbud"),
    ("x", "Räddningstjänsten Motala", "raddningmotala", "https://x.com/raddningmotala",
     "raddningstjanst", "lena", "omar", "alla", "brandsäkerhet och störningar"),
    ("linkedin", "Motala kommun", "motala-kommun", "https://www.linkedin.com/company/motala-kommun",
     "kommunikation", "alva", "karin", "arbetssökande", "kommunen som arbetsgivare"),
    ("youtube", "Motala kommun", "@motalakommun", "https://www.youtube.com/@motalakommun",
     "kommunikation", "alva", "karin", "alla", "kommunens verksamheter"),
    ("mastodon", "Kultur och fritid Motala", "@kulturfritid@mastodon.nu",
     "https://mastodon.nu/@kulturfritid", "fritid", "karin", "sara", "föreningar",
     "kultur- och fritidsutbudet"),
    ("demo", "Motala kommun – demosida", "motala-demo", "",
     "kommunikation", "alva", "karin", "alla", "kommunens service"),
    ("bluesky", "Motala Ung", "motalaung.bsky.social", "https://bsky.app/profile/motalaung.bsky.social",
     "ung", "omar", "lena", "unga 13–25 år", "verksamheten för unga"),
]


def ensure_demo_accounts(password: str) -> int:
    created = 0
    if not GuidelineDocument.objects.exists():
        load_guidelines(None, *bundled_motala())
    with transaction.atomic():
        for username, first, last, unit_code in EXTRA_STAFF:
            if not Person.objects.filter(username=username).exists():
                do_create_person(None, username=username, first_name=first, last_name=last,
                                 email=f"{username}@motala.example", unit=Unit.objects.get(code=unit_code),
                                 password=password)
        people = {p.username: p for p in Person.objects.all()}
        for platform, name, handle, url, unit_code, editor, substitute, who, what in ACCOUNTS:
            if Account.objects.filter(platform=platform, handle=handle).exists():
                continue
            unit = Unit.objects.get(code=unit_code)
            plan = {key: value.format(who=who, what=what, unit=unit.name) for key, value in PLAN.items()}
            account = actions.do_apply(
                people[editor], account_fields={
                    "platform": platform, "name": name, "handle": handle, "url": url, "unit": unit,
                    "contact": "kontaktcenter@motala.se, 0141-22 50 00",
                    "expectations": "Vi svarar på frågor vardagar 8–16 inom två arbetsdagar."},
                plan_fields=plan, editor=people[editor], substitute=people[substitute])
            actions.do_sign_off_plan(people["maja"], Plan.objects.get(account=account))
            actions.do_set_communications_admin(people["alva"], account, True)
            actions.do_approve(people["alva"], account, "Godkänt i demo")
            Account.objects.filter(pk=account.pk).update(last_own_post_at=timezone.now())
            created += 1
            if platform == "bluesky":
                # The substitute left the account and nobody took over: the scorecard shows red.
                appointment = Appointment.objects.get(account=account, role=Appointment.Role.SUBSTITUTE)
                actions.do_end_appointment(people["alva"], appointment)
            if platform == "mastodon":
                Account.objects.filter(pk=account.pk).update(
                    last_own_post_at=timezone.now() - timedelta(days=120))
            if platform == "demo":
                from kanalvakt.registry.platform import read_profile

                read_profile(None, account)
            if platform == "facebook":
                actions.do_record_profile(
                    None, account, source="connector", name="Motala kommun",
                    bio="Välkommen till Motala kommuns officiella Facebooksida! Vi svarar på frågor "
                        "vardagar 8–16. Kommentarsregler: https://motala.se/kommentarsregler",
                    emails=["kontaktcenter@motala.se"], phones=["0141-22 50 00"],
                    website="https://motala.se",
                    admins=[{"name": "Alva Lindqvist", "email": "alva@motala.example"},
                            {"name": "Karin Ljung", "email": "karin@motala.example"},
                            {"name": "Peter Gammal", "email": "peter.gammal@gmail.example"}])
        if not HandbookPage.objects.exists():
            HandbookPage.objects.create(
                slug="svara-pa-kommentarer", title="Så svarar du på kommentarer", position=1,
                body="Svara inom två arbetsdagar, med ett personligt tilltal och ditt förnamn.\n\n"
                     "Lämna aldrig ut personuppgifter i ett svar. Hänvisa ärenden som kräver "
                     "handläggning till kontaktcenter och diarieför inlägg som leder till en åtgärd.")
    ensure_demo_connection()
    return created
