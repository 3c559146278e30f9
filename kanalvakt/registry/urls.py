from django.urls import path

from kanalvakt.registry import guideline_views, report_views, views

app_name = "registry"
urlpatterns = [
    path("konton/", views.accounts, name="accounts"),
    path("konton/ansok/", views.apply, name="apply"),
    path("konton/policy/", views.policy, name="policy"),
    path("konton/efterlevnad.csv", views.scorecard_csv, name="scorecard_csv"),
    path("konton/efterlevnad.pdf", report_views.scorecard_pdf, name="scorecard_pdf"),
    path("konton/<int:pk>/", views.account, name="account"),
    path("konton/<int:pk>/godkann/", views.approve, name="approve"),
    path("konton/<int:pk>/returnera/", views.return_application, name="return"),
    path("konton/<int:pk>/skicka-igen/", views.resubmit, name="resubmit"),
    path("konton/<int:pk>/plan/", views.plan, name="plan"),
    path("konton/<int:pk>/plan/signera/", views.sign_off, name="sign_off"),
    path("konton/<int:pk>/redaktorer/", views.appoint, name="appoint"),
    path("konton/<int:pk>/redaktorer/<int:appointment_pk>/avsluta/", views.end_appointment,
         name="end_appointment"),
    path("konton/<int:pk>/kommunikationsenheten/", views.communications_admin,
         name="communications_admin"),
    path("konton/<int:pk>/profil/", views.record_profile, name="profile"),
    path("konton/<int:pk>/profil/las/", views.read_profile, name="read_profile"),
    path("konton/<int:pk>/avveckla/", views.start_closing, name="start_closing"),
    path("anvisningar/", guideline_views.guidelines, name="guidelines"),
    path("anvisningar/handbok/ny/", guideline_views.handbook_edit, name="handbook_new"),
    path("anvisningar/handbok/<slug:slug>/", guideline_views.handbook_page, name="handbook_page"),
    path("anvisningar/handbok/<slug:slug>/andra/", guideline_views.handbook_edit, name="handbook_edit"),
    path("kanaler/", views.public_list, name="public_list"),
    path("kanaler.json", views.public_json, name="public_json"),
]
