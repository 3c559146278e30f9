from django.urls import path

from kanalvakt.worker import views

app_name = "worker"
urlpatterns = [
    path("drift/jobb/", views.jobs, name="jobs"),
    path("drift/jobb/<int:pk>/kor-nu/", views.run_now, name="run_now"),
]
