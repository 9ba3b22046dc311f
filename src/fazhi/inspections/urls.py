from django.urls import path

from fazhi.inspections import pool_views, views

app_name = "inspections"
urlpatterns = [
    path("", views.index, name="index"),
    path("export/", views.export, name="export"),
    path("plans/new/", views.plan_create, name="plan_create"),
    path("plans/<int:pk>/", views.plan, name="plan"),
    path("plans/<int:pk>/commit/", views.commit, name="commit"),
    path("plans/<int:pk>/publish/", views.publish, name="publish"),
    path("draws/<int:pk>/", views.draw, name="draw"),
    path("draws/<int:pk>/draw/", views.perform, name="perform"),
    path("draws/<int:pk>/void/", views.void, name="void"),
    path("draws/<int:pk>/results.xlsx", views.results_export, name="results_export"),
    path("draws/<int:pk>/<str:name>/", views.draw_file, name="draw_file"),
    path("tasks/<int:pk>/", views.task, name="task"),
    path("matters/", pool_views.matters, name="matters"),
    path("matters/new/", pool_views.matter_create, name="matter_create"),
    path("matters/<int:pk>/", pool_views.matter, name="matter"),
    path("entities/", pool_views.entities, name="entities"),
    path("entities/export/", pool_views.entities_export, name="entities_export"),
    path("entities/new/", pool_views.entity_create, name="entity_create"),
    path("entity-batches/<int:pk>/check/", pool_views.batch_confirm, name="batch_confirm"),
    path("entities/import/", pool_views.entities_import, name="entities_import"),
    path("entities/import/template/", pool_views.entities_import_template, name="entities_import_template"),
    path("inspectors/", pool_views.inspectors, name="inspectors"),
    path("inspectors/new/", pool_views.inspector_create, name="inspector_create"),
    path("inspectors/roster/", pool_views.roster, name="roster"),
    path("inspectors/recusals/new/", pool_views.conflict_create, name="conflict_create"),
]
