from django.urls import path

from kanalvakt.org import views

app_name = "org"
urlpatterns = [
    path("organisation/", views.organisation, name="organisation"),
    path("personer/", views.people, name="people"),
    path("personer/<int:pk>/", views.person, name="person"),
    path("personer/<int:pk>/roller/", views.grant_role, name="grant_role"),
    path("personer/<int:pk>/roller/<int:assignment_pk>/ta-bort/", views.revoke_role,
         name="revoke_role"),
    path("personer/<int:pk>/inaktivera/", views.deactivate, name="deactivate"),
    path("personer/<int:pk>/aktivera/", views.reactivate, name="reactivate"),
]
