"""The guidelines and the handbook, readable in kanalvakt."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kanalvakt.audit.log import record
from kanalvakt.org import access as org_access
from kanalvakt.registry import access
from kanalvakt.registry.models import GuidelineDocument, HandbookPage


@org_access.require(org_access.any_role)
def guidelines(request: HttpRequest) -> HttpResponse:
    document = GuidelineDocument.objects.first()
    sections = list(document.sections.all()) if document else []
    checks: dict[str, list[str]] = {}
    if document:
        for source in document.checks.select_related("section"):
            checks.setdefault(source.anchor, []).append(source.check_id)
    rows = [(section, [(f"{section.anchor}-{i + 1}", sentence, checks.get(f"{section.anchor}-{i + 1}", []))
                       for i, sentence in enumerate(section.sentences)]) for section in sections]
    return render(request, "registry/guidelines.html", {
        "document": document, "rows": rows, "pages": HandbookPage.objects.all()})


class HandbookForm(forms.ModelForm):
    class Meta:
        model = HandbookPage
        fields = ["title", "body", "position"]
        widgets = {"body": forms.Textarea(attrs={"rows": 16})}
        labels = {"position": gettext_lazy("Order")}


@org_access.require(org_access.any_role)
def handbook_page(request: HttpRequest, slug: str) -> HttpResponse:
    page = get_object_or_404(HandbookPage, slug=slug)
    return render(request, "registry/handbook_page.html", {
        "page": page, "editable": access.can_decide(request.user)})


@org_access.require(org_access.any_role)
def handbook_edit(request: HttpRequest, slug: str | None = None) -> HttpResponse:
    if not access.can_decide(request.user):
        raise PermissionDenied
    page = get_object_or_404(HandbookPage, slug=slug) if slug else None
    form = HandbookForm(request.POST or None, instance=page)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            before = {"title": page.title, "body": page.body} if page else None
            saved = form.save(commit=False)
            if not saved.slug:
                saved.slug = slugify(saved.title)[:50] or "sida"
                while HandbookPage.objects.filter(slug=saved.slug).exists():
                    saved.slug = f"{saved.slug[:45]}-{HandbookPage.objects.count() + 1}"
            saved.updated_by = request.user
            saved.save()
            record(request.user, "registry.handbook_saved", saved, before=before,
                   after={"title": saved.title, "body": saved.body})
        messages.success(request, _("The handbook page was saved."))
        return redirect("registry:handbook_page", slug=saved.slug)
    return render(request, "registry/handbook_edit.html", {"form": form, "page": page},
                  status=400 if request.method == "POST" else 200)
