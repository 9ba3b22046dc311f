from django.urls import path

from fazhi.filings import views, views_benchmark, views_bulk, views_season

app_name = "filings"
urlpatterns = [
    path("", views.index, name="index"),
    path("seasons/new/", views_season.season_new, name="season_new"),
    path("seasons/<int:pk>/", views_season.season, name="season"),
    path("seasons/<int:pk>/edit/", views_season.season_edit, name="season_edit"),
    path("seasons/<int:pk>/export/", views_season.season_export, name="season_export"),
    path("seasons/<int:pk>/bulk/", views_bulk.season_bulk, name="season_bulk"),
    path("seasons/<int:pk>/notice/", views_season.season_notice, name="season_notice"),
    path("seasons/<int:season_pk>/units/<int:organisation_pk>/upload/", views.upload, name="upload"),
    path("benchmarks/", views_benchmark.benchmarks, name="benchmarks"),
    path("benchmarks/<int:pk>/", views_benchmark.benchmark_detail, name="benchmark"),
    path(
        "benchmarks/<int:pk>/reports/<int:report_pk>/",
        views_benchmark.benchmark_report,
        name="benchmark_report",
    ),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/versions/<int:number>/file/", views.version_file, name="version_file"),
    path("<int:pk>/submit/", views.submit, name="submit"),
    path("<int:pk>/return/", views.return_filing, name="return"),
    path("<int:pk>/accept/", views.accept, name="accept"),
    path("<int:pk>/publish/", views.publish, name="publish"),
    path("<int:pk>/shortcomings/", views.shortcomings_to_problems, name="shortcomings"),
]
