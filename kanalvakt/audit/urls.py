from django.urls import path

from kanalvakt.audit import views

app_name = "audit"
urlpatterns = [
    path("logg/", views.log, name="log"),
    path("logg/export.csv", views.export_csv, name="export"),
]
