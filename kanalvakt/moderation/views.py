"""Pages of the moderation engine: its configuration versions, training and the models."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kanalvakt.content.models import Item
from kanalvakt.moderation import access, actions, active
from kanalvakt.moderation import tasks as _tasks  # noqa: F401 - registers the training task
from kanalvakt.moderation.forms import ConfigForm
from kanalvakt.moderation.models import EngineConfigVersion, ModerationDecision, TrainedModel
from kanalvakt.moderation.settings_file import Problem
from kanalvakt.moderation.training import reason_text
from kanalvakt.org import access as org_access
from kanalvakt.registry import access as registry_access
from kanalvakt.worker.jobs import enqueue
from kanalvakt.worker.models import Job


@org_access.require(access.can_see_settings)
def config(request: HttpRequest) -> HttpResponse:
    """The communications unit edits the engine's YAML; a text the engine refuses changes nothing."""
    editable = access.can_change_settings(request.user)
    in_force = active.in_force()
    # The newest saved text, also when it does not load: the warning's line numbers are its.
    form = ConfigForm(initial={"text": active.newest_text()})
    problem: Problem | None = None
    status = 200
    if request.method == "POST":
        if not editable:
            raise PermissionDenied
        form = ConfigForm(request.POST)
        if form.is_valid():
            result = actions.do_save_config(request.user, form.cleaned_data["text"],
                                            form.cleaned_data["note"])
            if isinstance(result, EngineConfigVersion):
                messages.success(request, _("Version %(version)s of the moderation settings is now in "
                                            "force.") % {"version": result.engine_version})
                return redirect("moderation:config")
            problem = result
        status = 400
    not_loaded_pks = {s.version.pk for s in in_force.not_loaded}
    return render(request, "moderation/config.html", {
        "form": form, "problem": problem, "editable": editable, "current": in_force.version,
        "not_loaded": in_force.not_loaded, "not_loaded_pks": not_loaded_pks,
        "versions": EngineConfigVersion.objects.select_related("created_by")[:50]}, status=status)


@org_access.require(access.can_see_settings)
def config_version(request: HttpRequest, number: int) -> HttpResponse:
    version = get_object_or_404(EngineConfigVersion, number=number)
    in_force = active.in_force()
    problem = next((s.problem for s in in_force.not_loaded if s.version.pk == version.pk), None)
    return render(request, "moderation/config_version.html", {
        "version": version, "current": in_force.version, "not_loaded_problem": problem,
        "in_force": in_force.version is not None and in_force.version.pk == version.pk})


@org_access.require(access.can_see_settings)
def models(request: HttpRequest) -> HttpResponse:
    in_use = TrainedModel.in_use()
    rows = [(row, reason_text(row.reason)) for row in
            TrainedModel.objects.select_related("created_by").defer("data")[:30]]
    return render(request, "moderation/models.html", {
        "rows": rows, "in_use": in_use, "can_train": access.can_change_settings(request.user),
        "decisions": ModerationDecision.objects.count(),
        "queued": Job.objects.filter(task="moderation.train",
                                     status__in=[Job.Status.WAITING, Job.Status.RUNNING]).exists()})


@require_POST
@org_access.require(access.can_change_settings)
def train(request: HttpRequest) -> HttpResponse:
    enqueue("moderation.train", actor=request.user.pk)
    messages.success(request, _("The training has been queued; its result is shown here when it is done."))
    return redirect("moderation:models")


@require_POST
@org_access.require(org_access.any_role)
def keep(request: HttpRequest, pk: int) -> HttpResponse:
    """An editor judged the item acceptable: it stays, and the decision teaches the learner."""
    subject = get_object_or_404(Item.objects.select_related("account"), pk=pk)
    account = registry_access.get_account_for(request.user, subject.account_id)
    if not registry_access.can_edit(request.user, account):
        raise PermissionDenied
    actions.do_keep(request.user, subject)
    messages.success(request, _("The item is kept; the decision was recorded."))
    return redirect("content:item", pk=pk)
