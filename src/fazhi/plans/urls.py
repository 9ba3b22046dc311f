from django.urls import path

from fazhi.plans import views

app_name = "plans"
urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.plan_create, name="plan_create"),
    path("<int:pk>/", views.plan_detail, name="plan_detail"),
    path("<int:pk>/export/", views.plan_export, name="plan_export"),
    path("<int:pk>/notice/", views.plan_notice, name="plan_notice"),
    path("<int:pk>/tasks/new/", views.task_create, name="task_create"),
    path("<int:pk>/tasks/import/", views.task_import, name="task_import"),
    path("<int:pk>/tasks/import/template/", views.task_import_template, name="task_import_template"),
    path("tasks/<int:pk>/", views.task_detail, name="task_detail"),
    path("tasks/<int:pk>/adjust/", views.task_adjust, name="task_adjust"),
    path("tasks/<int:pk>/confirm/", views.task_confirm, name="task_confirm"),
    path("tasks/<int:pk>/progress/", views.progress_create, name="progress_create"),
    path("tasks/<int:pk>/progress/<int:report_pk>/file/", views.progress_file, name="progress_file"),
]
