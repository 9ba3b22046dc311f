from django.urls import path

from fazhi.reports import views

app_name = "reports"
urlpatterns = [
    path("", views.index, name="index"),
    path("templates/", views.template_list, name="templates"),
    path("templates/<str:key>/", views.template_edit, name="template_edit"),
    path("<int:pk>/", views.draft_page, name="draft"),
    path("<int:pk>/parts/<str:part>/", views.edit_part, name="edit_part"),
    path("<int:pk>/word/", views.download, name="download"),
    path("<int:pk>/file/", views.file_draft, name="file"),
]
