from __future__ import annotations

import csv
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kanalvakt.org import access as org_access
from kanalvakt.registry import access, actions, platform, rules
from kanalvakt.registry import policy as policy_rules
from kanalvakt.registry.drift import role_drift
from kanalvakt.registry.forms import (
    AccountForm,
    ApplicationForm,
    AppointForm,
    DecisionForm,
    PlanForm,
    ProfileForm,
    ReturnForm,
)
from kanalvakt.registry.models import (
    Account,
    Appointment,
    InvalidTransition,
    Plan,
    PolicyVersion,
    ProfileSnapshot,
)
from kanalvakt.registry.scorecard import scorecard


@org_access.require(org_access.any_role)
def accounts(request: HttpRequest) -> HttpResponse:
    rows = [(account, rules.deficiencies(account)) for account in access.visible_accounts(request.user)]
    return render(request, "registry/accounts.html", {"rows": rows})


@org_access.require(org_access.any_role)
def apply(request: HttpRequest) -> HttpResponse:
    account_form = AccountForm(request.POST or None, prefix="account")
    plan_form = PlanForm(request.POST or None, prefix="plan")
    people_form = ApplicationForm(request.POST or None, prefix="people")
    if request.method == "POST" and all(f.is_valid() for f in (account_form, plan_form, people_form)):
        account = actions.do_apply(
            request.user, account_fields=account_form.cleaned_data, plan_fields=plan_form.cleaned_data,
            editor=people_form.cleaned_data["editor"], substitute=people_form.cleaned_data["substitute"])
        messages.success(request, _("The application was sent to the communications unit."))
        return redirect("registry:account", pk=account.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "registry/apply.html", {
        "account_form": account_form, "plan_form": plan_form, "people_form": people_form}, status=status)


def _detail_context(request: HttpRequest, account: Account, **extra: Any) -> dict[str, Any]:
    user = request.user
    return {
        "account": account,
        "plan": Plan.objects.filter(account=account).first(),
        "lines": scorecard(account),
        "deficiencies": rules.deficiencies(account),
        "appointments": account.appointments.select_related("person"),
        "profile": account.profiles.first(),
        "drift": role_drift(account),
        "can_decide": access.can_decide(user),
        "can_edit": access.can_edit(user, account),
        "can_sign_off": access.is_manager_of(user, account),
        "appoint_form": AppointForm(),
        "decision_form": DecisionForm(),
        "return_form": ReturnForm(),
        "profile_form": ProfileForm(),
        "can_read_platform": platform.connector_for(account) is not None,
        **extra,
    }


@org_access.require(org_access.any_role)
def account(request: HttpRequest, pk: int) -> HttpResponse:
    subject = access.get_account_for(request.user, pk)
    return render(request, "registry/account.html", _detail_context(request, subject))


def _decider(request: HttpRequest, pk: int) -> Account:
    subject = access.get_account_for(request.user, pk)
    if not access.can_decide(request.user):
        raise PermissionDenied
    return subject


def _editor(request: HttpRequest, pk: int) -> Account:
    subject = access.get_account_for(request.user, pk)
    if not access.can_edit(request.user, subject):
        raise PermissionDenied
    return subject


@require_POST
@org_access.require(org_access.any_role)
def approve(request: HttpRequest, pk: int) -> HttpResponse:
    subject = _decider(request, pk)
    form = DecisionForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    try:
        actions.do_approve(request.user, subject, note)
    except actions.NotReady as not_ready:
        for deficiency in not_ready.deficiencies:
            messages.error(request, deficiency.message)
        messages.error(request, _("The account cannot be activated until the deficiencies are fixed."))
    except InvalidTransition:
        messages.error(request, _("Only an account that has been applied for can be approved."))
    else:
        messages.success(request, _("The account is approved and active."))
    return redirect("registry:account", pk=pk)


@require_POST
@org_access.require(org_access.any_role)
def return_application(request: HttpRequest, pk: int) -> HttpResponse:
    subject = _decider(request, pk)
    form = ReturnForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say what must be changed before returning the application."))
        return redirect("registry:account", pk=pk)
    if subject.status != Account.Status.APPLIED:
        messages.error(request, _("Only an account that has been applied for can be returned."))
        return redirect("registry:account", pk=pk)
    actions.do_return(request.user, subject, form.cleaned_data["note"])
    messages.success(request, _("The application was returned to the applicant."))
    return redirect("registry:account", pk=pk)


@require_POST
@org_access.require(org_access.any_role)
def resubmit(request: HttpRequest, pk: int) -> HttpResponse:
    subject = _editor(request, pk)
    if subject.status == Account.Status.RETURNED:
        actions.do_resubmit(request.user, subject)
        messages.success(request, _("The application was sent again."))
    return redirect("registry:account", pk=pk)


@org_access.require(org_access.any_role)
def plan(request: HttpRequest, pk: int) -> HttpResponse:
    subject = _editor(request, pk)
    current, _created = Plan.objects.get_or_create(account=subject)
    form = PlanForm(request.POST or None, instance=current)
    if request.method == "POST" and form.is_valid():
        actions.do_update_plan(request.user, Plan.objects.get(pk=current.pk), form.cleaned_data)
        messages.success(request, _("The plan was saved."))
        return redirect("registry:account", pk=pk)
    return render(request, "registry/plan.html", {"account": subject, "form": form},
                  status=400 if request.method == "POST" else 200)


@require_POST
@org_access.require(org_access.any_role)
def sign_off(request: HttpRequest, pk: int) -> HttpResponse:
    subject = access.get_account_for(request.user, pk)
    if not access.is_manager_of(request.user, subject):
        raise PermissionDenied
    try:
        actions.do_sign_off_plan(request.user, get_object_or_404(Plan, account=subject))
    except actions.NotReady as not_ready:
        for deficiency in not_ready.deficiencies:
            messages.error(request, deficiency.message)
    else:
        messages.success(request, _("You signed off the plan."))
    return redirect("registry:account", pk=pk)


@require_POST
@org_access.require(org_access.any_role)
def appoint(request: HttpRequest, pk: int) -> HttpResponse:
    subject = _editor(request, pk)
    form = AppointForm(request.POST)
    if not form.is_valid():
        return render(request, "registry/account.html",
                      _detail_context(request, subject, appoint_form=form), status=400)
    actions.do_appoint(request.user, subject, form.cleaned_data["person"], form.cleaned_data["role"],
                       form.cleaned_data["starts_on"], form.cleaned_data["ends_on"])
    messages.success(request, _("The appointment was saved."))
    return redirect("registry:account", pk=pk)


@require_POST
@org_access.require(org_access.any_role)
def end_appointment(request: HttpRequest, pk: int, appointment_pk: int) -> HttpResponse:
    subject = _editor(request, pk)
    appointment = get_object_or_404(Appointment, pk=appointment_pk, account=subject)
    actions.do_end_appointment(request.user, appointment)
    messages.success(request, _("The appointment was ended."))
    return redirect("registry:account", pk=pk)


@require_POST
@org_access.require(org_access.any_role)
def communications_admin(request: HttpRequest, pk: int) -> HttpResponse:
    subject = _decider(request, pk)
    actions.do_set_communications_admin(request.user, subject, request.POST.get("has_admin") == "true")
    messages.success(request, _("Saved."))
    return redirect("registry:account", pk=pk)


@require_POST
@org_access.require(org_access.any_role)
def record_profile(request: HttpRequest, pk: int) -> HttpResponse:
    subject = _editor(request, pk)
    form = ProfileForm(request.POST)
    if not form.is_valid():
        return render(request, "registry/account.html",
                      _detail_context(request, subject, profile_form=form), status=400)
    data = form.cleaned_data
    actions.do_record_profile(
        request.user, subject, source=ProfileSnapshot.Source.MANUAL, name=data["name"],
        bio=data["bio"], emails=form.split(data["emails"]), phones=form.split(data["phones"]),
        website=data["website"], links=form.split(data["links"]))
    messages.success(request, _("The profile was recorded and checked."))
    return redirect("registry:account", pk=pk)


@require_POST
@org_access.require(org_access.any_role)
def start_closing(request: HttpRequest, pk: int) -> HttpResponse:
    subject = _decider(request, pk)
    if subject.status not in {Account.Status.ACTIVE, Account.Status.INACTIVE}:
        messages.error(request, _("Only an active or inactive account can be closed."))
    else:
        actions.do_start_closing(request.user, subject, request.POST.get("note", ""))
        messages.success(request, _("The account is being closed."))
    return redirect("registry:account", pk=pk)


@org_access.require(org_access.any_role)
def scorecard_csv(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="kanalvakt-efterlevnad.csv"'
    writer = csv.writer(response)
    writer.writerow(["konto", "plattform", "enhet", "status", "anvisning", "rubrik", "bedömning", "skäl"])
    for subject in access.visible_accounts(request.user):
        for line in scorecard(subject):
            writer.writerow([subject.name, subject.get_platform_display(), subject.unit.name,
                             subject.get_status_display(), line.number, line.title, line.status_label,
                             " ".join(line.reasons)])
    return response


def _public_accounts() -> list[Account]:
    return [a for a in Account.objects.select_related("unit").filter(
        status__in=[Account.Status.ACTIVE, Account.Status.INACTIVE, Account.Status.CLOSING])]


def public_list(request: HttpRequest) -> HttpResponse:
    """The kanalförteckning: no login needed."""
    return render(request, "registry/public_list.html", {"accounts": _public_accounts()})


def public_json(request: HttpRequest) -> JsonResponse:
    data = [{
        "platform": a.platform, "platform_name": a.get_platform_display(), "name": a.name,
        "address": a.url or a.handle, "handle": a.handle, "unit": a.unit.name,
        "administration": a.unit.administration.name, "contact": a.contact,
        "what_to_expect": a.expectations, "status": a.status,
    } for a in _public_accounts()]
    response = JsonResponse({"accounts": data}, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response


@org_access.require(org_access.any_role)
def policy(request: HttpRequest) -> HttpResponse:
    """The communications unit edits the policy rule file; a file with errors changes nothing."""
    editable = access.can_decide(request.user)
    text, errors, status = policy_rules.current_text(), [], 200
    if request.method == "POST":
        if not editable:
            raise PermissionDenied
        text = request.POST.get("text", "").replace("\r\n", "\n")
        result = policy_rules.do_save_policy(request.user, text, request.POST.get("note", "")[:300])
        if isinstance(result, list):
            errors, status = result, 400
        else:
            messages.success(request, _("Version %(n)d of the policy is now in force.") % {"n": result.number})
            return redirect("registry:policy")
    return render(request, "registry/policy.html", {
        "text": text, "errors": errors, "editable": editable,
        "versions": PolicyVersion.objects.select_related("created_by")[:20]}, status=status)


@require_POST
@org_access.require(org_access.any_role)
def read_profile(request: HttpRequest, pk: int) -> HttpResponse:
    subject = _editor(request, pk)
    if platform.read_profile(request.user, subject) is None:
        messages.error(request, _("kanalvakt cannot read this platform yet: enter the profile by hand."))
    else:
        messages.success(request, _("The profile and the page's administrators were read from the platform."))
    return redirect("registry:account", pk=pk)
