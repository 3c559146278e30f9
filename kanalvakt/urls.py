from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import include, path

from kanalvakt.web import auth as auth_forms
from kanalvakt.web import views

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("logga-in/", auth_views.LoginView.as_view(authentication_form=auth_forms.LoginForm,
                                                   redirect_authenticated_user=True), name="login"),
    path("logga-ut/", auth_views.LogoutView.as_view(), name="logout"),
    path("losenord/aterstall/", auth_views.PasswordResetView.as_view(
        form_class=auth_forms.PasswordResetForm), name="password_reset"),
    path("losenord/aterstall/skickat/", auth_views.PasswordResetDoneView.as_view(),
         name="password_reset_done"),
    path("losenord/aterstall/<uidb64>/<token>/", auth_views.PasswordResetConfirmView.as_view(
        form_class=auth_forms.SetPasswordForm), name="password_reset_confirm"),
    path("losenord/aterstall/klart/", auth_views.PasswordResetCompleteView.as_view(),
         name="password_reset_complete"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("kanalvakt.org.urls")),
    path("", include("kanalvakt.audit.urls")),
    path("", include("kanalvakt.worker.urls")),
    path("", include("kanalvakt.registry.urls")),
    path("", include("kanalvakt.content.urls")),
    path("", include("kanalvakt.moderation.urls")),
]

if settings.OIDC_ENABLED:
    urlpatterns.append(path("oidc/", include("mozilla_django_oidc.urls")))
