from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kanalvakt.org import access, actions
from kanalvakt.org.forms import DeactivateForm, GrantRoleForm
from kanalvakt.org.models import Administration, Municipality, Person, Role, RoleAssignment


@access.require(access.any_role)
def organisation(request: HttpRequest) -> HttpResponse:
    administrations = Administration.objects.prefetch_related("units").all()
    return render(request, "org/organisation.html", {
        "municipality": Municipality.objects.first(),
        "administrations": administrations,
    })


@access.require(access.can_manage_people)
def people(request: HttpRequest) -> HttpResponse:
    persons = Person.objects.select_related("unit").prefetch_related(
        "role_assignments__unit", "role_assignments__administration")
    return render(request, "org/people.html", {"people": persons})


@access.require(access.can_manage_people)
def person(request: HttpRequest, pk: int) -> HttpResponse:
    subject = get_object_or_404(Person.objects.select_related("unit"), pk=pk)
    return render(request, "org/person.html", {
        "subject": subject,
        "assignments": subject.role_assignments.select_related("unit", "administration"),
        "grant_form": GrantRoleForm(),
        "deactivate_form": DeactivateForm(),
    })


@require_POST
@access.require(access.can_manage_people)
def grant_role(request: HttpRequest, pk: int) -> HttpResponse:
    subject = get_object_or_404(Person, pk=pk)
    form = GrantRoleForm(request.POST)
    if not form.is_valid():
        return render(request, "org/person.html", {
            "subject": subject,
            "assignments": subject.role_assignments.select_related("unit", "administration"),
            "grant_form": form,
            "deactivate_form": DeactivateForm(),
        }, status=400)
    _assignment, created = actions.do_grant_role(
        request.user, subject, Role(form.cleaned_data["role"]),
        unit=form.cleaned_data["unit"], administration=form.cleaned_data["administration"])
    if created:
        messages.success(request, _("The role was granted."))
    else:
        messages.info(request, _("%(person)s already has that role.") % {"person": subject})
    return redirect("org:person", pk=subject.pk)


@require_POST
@access.require(access.can_manage_people)
def revoke_role(request: HttpRequest, pk: int, assignment_pk: int) -> HttpResponse:
    assignment = get_object_or_404(RoleAssignment, pk=assignment_pk, person_id=pk)
    actions.do_revoke_role(request.user, assignment)
    messages.success(request, _("The role was removed."))
    return redirect("org:person", pk=pk)


@require_POST
@access.require(access.can_manage_people)
def deactivate(request: HttpRequest, pk: int) -> HttpResponse:
    subject = get_object_or_404(Person, pk=pk)
    if subject == request.user:
        messages.error(request, _("You cannot deactivate yourself."))
        return redirect("org:person", pk=pk)
    form = DeactivateForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    if subject.is_active:
        actions.do_deactivate_person(request.user, subject, reason=reason)
        messages.success(request, _("%(person)s was deactivated.") % {"person": subject})
    return redirect("org:person", pk=pk)


@require_POST
@access.require(access.can_manage_people)
def reactivate(request: HttpRequest, pk: int) -> HttpResponse:
    subject = get_object_or_404(Person, pk=pk)
    if not subject.is_active:
        actions.do_reactivate_person(request.user, subject)
        messages.success(request, _("%(person)s can log in again.") % {"person": subject})
    return redirect("org:person", pk=pk)
