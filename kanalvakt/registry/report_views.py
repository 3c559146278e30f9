"""The scorecard as a printable PDF for the management group."""

from __future__ import annotations

import logging

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from kanalvakt.org import access as org_access
from kanalvakt.registry import access, report

logger = logging.getLogger(__name__)


@org_access.require(org_access.any_role)
def scorecard_pdf(request: HttpRequest) -> HttpResponse:
    try:
        pdf = report.scorecard_pdf(list(access.visible_accounts(request.user)))
    except report.ReportUnavailable:
        logger.exception("The scorecard PDF could not be made")
        return HttpResponse(_("The PDF cannot be made right now because the server has no browser to "
                              "print it with. Export the scorecards as CSV instead, or ask your system "
                              "administrator."), status=503, content_type="text/plain; charset=utf-8")
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="kanalvakt-efterlevnad.pdf"'
    return response
