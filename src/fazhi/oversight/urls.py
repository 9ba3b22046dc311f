from django.urls import path

from fazhi.oversight import views, views_consequences, views_problems

app_name = "oversight"
urlpatterns = [
    path("", views.index, name="index"),
    path("inspections/new/", views.inspection_create, name="inspection_create"),
    path("inspections/<int:pk>/", views.inspection_detail, name="inspection_detail"),
    path("inspections/<int:pk>/step/<slug:step>/", views.inspection_step, name="inspection_step"),
    path("inspections/<int:pk>/checks/new/", views.check_create, name="check_create"),
    path("inspections/<int:pk>/findings/new/", views.finding_create, name="finding_create"),
    path("consequences/", views_consequences.consequence_list, name="consequences"),
    path("consequences/new/", views.consequence_create, name="consequence_create"),
    path("consequences/<int:pk>/", views_consequences.consequence_detail, name="consequence_detail"),
    path(
        "consequences/<int:pk>/minutes/", views_consequences.consequence_minutes, name="consequence_minutes"
    ),
    path(
        "consequences/<int:pk>/follow-up/",
        views_consequences.consequence_follow_up,
        name="consequence_follow_up",
    ),
    path("problems/", views_problems.problem_list, name="problems"),
    path("problems/export/", views_problems.problem_export, name="problem_export"),
    path("problems/notice/", views_problems.problem_notice, name="problem_notice"),
    path("problems/new/", views_problems.problem_create, name="problem_create"),
    path("problems/<int:pk>/", views_problems.problem_detail, name="problem_detail"),
    path("problems/<int:pk>/evidence/", views_problems.problem_evidence_file, name="problem_evidence_file"),
    path("problems/<int:pk>/step/<slug:step>/", views_problems.problem_step, name="problem_step"),
]
