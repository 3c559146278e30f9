from django.urls import path

from kanalvakt.content import views

app_name = "content"

urlpatterns = [
    path("webhooks/meta/", views.meta_webhook, name="meta_webhook"),
]
