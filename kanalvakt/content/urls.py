from django.urls import path

from kanalvakt.content import pages, views

app_name = "content"

urlpatterns = [
    path("webhooks/meta/", views.meta_webhook, name="meta_webhook"),
    path("konton/<int:pk>/innehall/", pages.items, name="items"),
    path("konton/<int:pk>/innehall/publicera/", pages.publish, name="publish"),
    path("konton/<int:pk>/innehall/importera/", pages.import_files, name="import"),
    path("konton/<int:pk>/koppling/", pages.connect, name="connect"),
    path("konton/<int:pk>/koppling/koppla-bort/", pages.disconnect, name="disconnect"),
    path("konton/<int:pk>/koppling/synka/", pages.sync_now, name="sync_now"),
    path("inlagg/<int:pk>/", pages.item, name="item"),
    path("inlagg/<int:pk>/manuellt/<str:action>/", pages.confirm_manual, name="confirm_manual"),
    path("inlagg/<int:pk>/<str:action>/", pages.act, name="act"),
]
