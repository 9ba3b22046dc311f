from django.urls import path

from fazhi.disputes import legal_service_views, litigation_views, mediation_views, views

app_name = "disputes"
urlpatterns = [
    path("", views.index, name="index"),
    path("export/", views.export, name="export"),
    path("new/", views.receive, name="receive"),
    path("import/", views.import_cases, name="import"),
    path("import/template/", views.import_cases_template, name="import_template"),
    path("statistics/", views.statistics, name="statistics"),
    path("<int:pk>/", views.detail, name="case"),
    path("<int:pk>/step/<slug:name>/", views.step, name="step"),
    path("<int:pk>/document/<slug:kind>/", views.document, name="document"),
    path("opinion-letters/", views.opinion_letters, name="opinion_letters"),
    path("opinion-letters/<int:pk>/report/", views.report_correction, name="report_correction"),
    path("lawsuits/", litigation_views.index, name="lawsuits"),
    path("lawsuits/export/", litigation_views.export, name="lawsuit_export"),
    path("lawsuits/new/", litigation_views.create, name="lawsuit_create"),
    path("lawsuits/statistics/", litigation_views.statistics, name="lawsuit_statistics"),
    path("lawsuits/<int:pk>/", litigation_views.detail, name="lawsuit"),
    path("lawsuits/<int:pk>/step/<slug:name>/", litigation_views.step, name="lawsuit_step"),
    path("suggestions/<int:pk>/reply/", litigation_views.reply, name="suggestion_reply"),
    path("mediation/", mediation_views.index, name="mediation"),
    path("mediation/export/", mediation_views.export, name="mediation_export"),
    path("mediation/new/", mediation_views.create, name="mediation_create"),
    path("mediation/import/", mediation_views.import_reports, name="mediation_import"),
    path("mediation/import/template/", mediation_views.import_template, name="mediation_import_template"),
    path("legal-services/", legal_service_views.index, name="legal_services"),
    path("legal-services/import/", legal_service_views.import_reports, name="legal_services_import"),
    path(
        "legal-services/import/template/",
        legal_service_views.import_template,
        name="legal_services_import_template",
    ),
    path("mediation/<int:pk>/", mediation_views.detail, name="mediation_organisation"),
    path("mediation/<int:pk>/mediators/new/", mediation_views.add_mediator, name="mediator_create"),
    path("mediation/cases/<int:pk>/<slug:name>/", mediation_views.case_step, name="mediation_case_step"),
]
