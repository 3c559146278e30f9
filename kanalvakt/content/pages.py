"""Pages of an account's content: its connection, its items and versions, and what editors do."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from kanalvakt.connectors import connector_class
from kanalvakt.connectors.base import CAPABILITY_LABELS_SV, Capability, ConnectorError, Unsupported
from kanalvakt.connectors.importers import ImportFileError
from kanalvakt.content import actions, removal
from kanalvakt.content.models import Connection, Item
from kanalvakt.moderation.forms import CategoriesForm
from kanalvakt.org import access as org_access
from kanalvakt.registry import access
from kanalvakt.registry.models import Account

MAX_IMPORT_BYTES = 50 * 1024 * 1024


class ConnectForm(forms.Form):
    platform_account_id = forms.CharField(label=gettext_lazy("The account's id on the platform"),
                                          max_length=300)
    token = forms.CharField(label=gettext_lazy("Access token"), strip=True,
                            widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}))


class ReplyForm(forms.Form):
    text = forms.CharField(label=gettext_lazy("Reply"), widget=forms.Textarea(attrs={"rows": 3}),
                           max_length=5000)


class PublishForm(forms.Form):
    text = forms.CharField(label=gettext_lazy("Post"), widget=forms.Textarea(attrs={"rows": 4}),
                           max_length=5000)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class ImportForm(forms.Form):
    files = forms.FileField(label=gettext_lazy("Files (JSON from the platform's data export, or CSV)"),
                            widget=MultipleFileInput(attrs={"multiple": True}))


def _capabilities(account: Account) -> frozenset[Capability]:
    try:
        return connector_class(account.platform).capabilities
    except (KeyError, ValueError, LookupError):
        return frozenset()


def _connection(account: Account) -> Connection | None:
    return Connection.objects.filter(account=account).first()


@org_access.require(org_access.any_role)
def items(request: HttpRequest, pk: int) -> HttpResponse:
    account = access.get_account_for(request.user, pk)
    rows = Item.objects.filter(account=account).order_by("-first_seen_at", "-pk")
    only = request.GET.get("visa")
    if only == "granska":
        rows = rows.filter(action__in=["review", "remove"])
    page = Paginator(rows, 50).get_page(request.GET.get("sida"))
    capabilities = _capabilities(account)
    return render(request, "content/items.html", {
        "account": account, "page": page, "only": only, "connection": _connection(account),
        "can_edit": access.can_edit(request.user, account),
        "can_operate": org_access.can_operate(request.user),
        "can_publish": Capability.PUBLISH in capabilities,
        "capability_labels": [label for cap, label in CAPABILITY_LABELS_SV.items() if cap in capabilities],
        "publish_form": PublishForm(), "import_form": ImportForm(), "connect_form": ConnectForm(),
    })


@org_access.require(org_access.any_role)
def item(request: HttpRequest, pk: int) -> HttpResponse:
    subject = get_object_or_404(Item.objects.select_related("account"), pk=pk)
    account = access.get_account_for(request.user, subject.account_id)
    capabilities = _capabilities(account)
    delete_cap = Capability.DELETE_OWN if subject.is_own else Capability.DELETE
    return render(request, "content/item.html", {
        "account": account, "item": subject, "versions": subject.versions.order_by("seq"),
        "evidence": subject.evidence.all(), "can_edit": access.can_edit(request.user, account),
        "can_reply": Capability.REPLY in capabilities,
        "can_hide": Capability.HIDE in capabilities,
        "can_unhide": Capability.UNHIDE in capabilities,
        "can_delete": delete_cap in capabilities,
        "reply_form": ReplyForm(),
        "categories_form": CategoriesForm(initial={"categories": subject.categories}),
        "decisions": subject.decisions.select_related("decided_by"),
    })


def _categories(request: HttpRequest) -> list[str] | None:
    """The categories the editor ticked; None when the form offered none (the classifier's then)."""
    if not request.POST.get("categories_shown"):
        return None
    form = CategoriesForm(request.POST)
    return form.cleaned_data["categories"] if form.is_valid() else []


def _editable_item(request: HttpRequest, pk: int) -> Item:
    subject = get_object_or_404(Item.objects.select_related("account"), pk=pk)
    account = access.get_account_for(request.user, subject.account_id)
    if not access.can_edit(request.user, account):
        raise PermissionDenied
    return subject


@require_POST
@org_access.require(org_access.any_role)
def act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """Reply, hide, unhide or delete through the platform's API (evidence first for removals)."""
    subject = _editable_item(request, pk)
    if action not in {"reply", "hide", "unhide", "delete"}:
        raise PermissionDenied
    try:
        if action == "reply":
            form = ReplyForm(request.POST)
            if not form.is_valid():
                messages.error(request, _("Write the reply first."))
                return redirect("content:item", pk=pk)
            actions.do_platform_action(request.user, subject, "reply", form.cleaned_data["text"])
            messages.success(request, _("The reply was published."))
        elif action in ("hide", "delete"):
            removal.do_remove(request.user, subject, action, _categories(request))
            messages.success(request, _("The evidence was saved and sent to the registrar; the item "
                                        "is now hidden.") if action == "hide" else _(
                "The evidence was saved and sent to the registrar; the item is now deleted."))
        else:
            actions.do_platform_action(request.user, subject, "unhide")
            messages.success(request, _("The item is shown again."))
    except Unsupported:
        messages.error(request, _("The platform cannot do this through its API. Do it in the "
                                  "platform's own app, then confirm it here."))
    except ConnectorError as exc:
        messages.error(request, exc.message_sv)
    except Connection.DoesNotExist:
        messages.error(request, _("The account is not connected to its platform."))
    return redirect("content:item", pk=pk)


@require_POST
@org_access.require(org_access.any_role)
def confirm_manual(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """The manual route: done in the platform's app, recorded here (evidence first)."""
    subject = _editable_item(request, pk)
    if action not in removal.MANUAL_CHANGES:
        raise PermissionDenied
    removal.do_confirm_manual(request.user, subject, action, request.POST.get("note", "")[:300],
                              categories=_categories(request))
    messages.success(request, _("Recorded as done in the platform's app."))
    return redirect("content:item", pk=pk)


@require_POST
@org_access.require(org_access.any_role)
def publish(request: HttpRequest, pk: int) -> HttpResponse:
    account = access.get_account_for(request.user, pk)
    if not access.can_edit(request.user, account):
        raise PermissionDenied
    form = PublishForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write the post first."))
        return redirect("content:items", pk=pk)
    try:
        actions.do_publish(request.user, account, form.cleaned_data["text"])
        messages.success(request, _("The post was published."))
    except Unsupported:
        messages.error(request, _("The platform cannot publish through its API: publish in its app."))
    except ConnectorError as exc:
        messages.error(request, exc.message_sv)
    except Connection.DoesNotExist:
        messages.error(request, _("The account is not connected to its platform."))
    return redirect("content:items", pk=pk)


@require_POST
@org_access.require(org_access.any_role)
def import_files(request: HttpRequest, pk: int) -> HttpResponse:
    account = access.get_account_for(request.user, pk)
    if not access.can_edit(request.user, account):
        raise PermissionDenied
    uploads = request.FILES.getlist("files")
    if not uploads:
        messages.error(request, _("Choose one or more files to import."))
        return redirect("content:items", pk=pk)
    if sum(u.size for u in uploads) > MAX_IMPORT_BYTES:
        messages.error(request, _("The files are larger than 50 MB together; import them a few at a time."))
        return redirect("content:items", pk=pk)
    try:
        result = actions.import_files(request.user, account, {u.name: u.read() for u in uploads})
    except ImportFileError as exc:
        messages.error(request, exc.message_sv)
    else:
        messages.success(request, _("%(items)d items read from %(files)d files: %(created)d new, "
                                    "%(unchanged)d already archived.") % {
            "items": result.items, "files": result.files, "created": result.created,
            "unchanged": result.unchanged})
    return redirect("content:items", pk=pk)


def _operator_account(request: HttpRequest, pk: int) -> Account:
    account = access.get_account_for(request.user, pk)
    if not org_access.can_operate(request.user):
        raise PermissionDenied
    return account


@require_POST
@org_access.require(org_access.any_role)
def connect(request: HttpRequest, pk: int) -> HttpResponse:
    account = _operator_account(request, pk)
    form = ConnectForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give both the account's id on the platform and the access token."))
        return redirect("content:items", pk=pk)
    actions.do_connect(request.user, account, form.cleaned_data["token"],
                       platform_account_id=form.cleaned_data["platform_account_id"])
    messages.success(request, _("The account is connected; the first sync runs shortly."))
    return redirect("content:items", pk=pk)


@require_POST
@org_access.require(org_access.any_role)
def disconnect(request: HttpRequest, pk: int) -> HttpResponse:
    account = _operator_account(request, pk)
    if _connection(account) is not None:
        actions.do_disconnect(request.user, account)
        messages.success(request, _("The account is disconnected; its archived items stay."))
    return redirect("content:items", pk=pk)


@require_POST
@org_access.require(org_access.any_role)
def sync_now(request: HttpRequest, pk: int) -> HttpResponse:
    account = access.get_account_for(request.user, pk)
    if not (access.can_edit(request.user, account) or org_access.can_operate(request.user)):
        raise PermissionDenied
    Connection.objects.filter(account=account).exclude(secret="").update(next_sync_at=timezone.now())
    messages.success(request, _("The account will be synced within a minute."))
    return redirect("content:items", pk=pk)
