from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "kanalvakt.web"
    label = "web"
