from __future__ import annotations

import csv
from datetime import datetime, time
from typing import Any

from django import forms
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kanalvakt.audit.labels import action_label
from kanalvakt.audit.models import Entry
from kanalvakt.org import access


class FilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False)
    actor = forms.CharField(label=_("Who"), required=False)
    action = forms.CharField(label=_("Action"), required=False)
    since = forms.DateField(label=_("From date"), required=False,
                            widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(label=_("To date"), required=False,
                            widget=forms.DateInput(attrs={"type": "date"}))


def _filtered(request: HttpRequest) -> tuple[FilterForm, QuerySet[Entry]]:
    form = FilterForm(request.GET or None)
    entries = Entry.objects.all()
    if form.is_valid():
        data: dict[str, Any] = form.cleaned_data
        tz = timezone.get_current_timezone()
        if data["q"]:
            entries = entries.filter(Q(object_repr__icontains=data["q"]) | Q(note__icontains=data["q"]))
        if data["actor"]:
            entries = entries.filter(actor_name__icontains=data["actor"])
        if data["action"]:
            entries = entries.filter(action__startswith=data["action"])
        if data["since"]:
            entries = entries.filter(created_at__gte=datetime.combine(data["since"], time.min, tz))
        if data["until"]:
            entries = entries.filter(created_at__lte=datetime.combine(data["until"], time.max, tz))
    return form, entries


@access.require(access.can_read_audit)
def log(request: HttpRequest) -> HttpResponse:
    form, entries = _filtered(request)
    page = Paginator(entries, 50).get_page(request.GET.get("sida"))
    for entry in page:
        entry.label = action_label(entry.action)  # type: ignore[attr-defined]
    query = request.GET.copy()
    query.pop("sida", None)
    return render(request, "audit/log.html", {"form": form, "page": page,
                                              "query": query.urlencode()})


class _Echo:
    def write(self, value: str) -> str:
        return value


@access.require(access.can_read_audit)
def export_csv(request: HttpRequest) -> StreamingHttpResponse:
    _form, entries = _filtered(request)
    writer = csv.writer(_Echo())
    header = ["seq", "created_at", "actor", "action", "action_label", "object_type", "object_id",
              "object", "before", "after", "note", "hash"]

    def rows() -> Any:
        yield writer.writerow(header)
        for e in entries.order_by("seq").iterator(chunk_size=2000):
            yield writer.writerow([
                e.seq, timezone.localtime(e.created_at).isoformat(), e.actor_name, e.action,
                action_label(e.action), e.object_type, e.object_id, e.object_repr,
                "" if e.before is None else e.before, "" if e.after is None else e.after,
                e.note, e.hash,
            ])

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="kanalvakt-logg.csv"'
    return response
