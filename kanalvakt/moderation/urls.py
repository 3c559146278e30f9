from django.urls import path

from kanalvakt.moderation import views

app_name = "moderation"

urlpatterns = [
    path("moderering/installningar/", views.config, name="config"),
    path("moderering/installningar/<int:number>/", views.config_version, name="config_version"),
    path("moderering/modeller/", views.models, name="models"),
    path("moderering/modeller/trana/", views.train, name="train"),
    path("moderering/inlagg/<int:pk>/behall/", views.keep, name="keep"),
]
