"""kanalvakt's URLs with single sign-on switched on, for tests that enable OIDC in settings.

kanalvakt.urls adds the OIDC routes only when OIDC_ENABLED is true at import time, which it is
not in the test environment."""

from django.urls import include, path

from kanalvakt.urls import urlpatterns as kanalvakt_urlpatterns

urlpatterns = [*kanalvakt_urlpatterns, path("oidc/", include("mozilla_django_oidc.urls"))]
