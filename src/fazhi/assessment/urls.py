from django.urls import path

from fazhi.assessment import views, views_schemes

app_name = "assessment"
urlpatterns = [
    path("", views_schemes.index, name="index"),
    path("schemes/default/", views_schemes.create_default, name="scheme_default"),
    path("schemes/import/", views_schemes.import_scheme, name="scheme_import"),
    path("schemes/<int:pk>/", views_schemes.scheme_detail, name="scheme"),
    path("schemes/<int:pk>/export.yaml", views_schemes.export_yaml, name="scheme_yaml"),
    path("schemes/<int:pk>/export.xlsx", views_schemes.export_xlsx, name="scheme_xlsx"),
    path("schemes/<int:pk>/copy/", views_schemes.copy, name="scheme_copy"),
    path("schemes/<int:pk>/publish/", views_schemes.publish, name="scheme_publish"),
    path("schemes/<int:pk>/open/", views_schemes.open_assessments, name="scheme_open"),
    path("schemes/<int:pk>/rank/", views_schemes.rank, name="scheme_rank"),
    path("schemes/<int:pk>/finalise/", views_schemes.finalise_chosen, name="scheme_finalise"),
    path("schemes/<int:pk>/results.xlsx", views.export_results, name="results_xlsx"),
    path("schemes/<int:pk>/areas/new/", views_schemes.edit_area, name="area_add"),
    path("schemes/<int:pk>/areas/<int:area_pk>/", views_schemes.edit_area, name="area_edit"),
    path("schemes/<int:pk>/areas/<int:area_pk>/items/new/", views_schemes.edit_item, name="item_add"),
    path(
        "schemes/<int:pk>/areas/<int:area_pk>/items/<int:item_pk>/", views_schemes.edit_item, name="item_edit"
    ),
    path("schemes/<int:pk>/items/<int:item_pk>/delete/", views_schemes.delete_item, name="item_delete"),
    path("sheets/<int:pk>/", views.detail, name="detail"),
    path("sheets/<int:pk>/self/", views.self_assessment, name="self_assessment"),
    path("sheets/<int:pk>/compute/", views.compute, name="compute"),
    path("sheets/<int:pk>/<str:name>/", views.transition, name="transition"),
    path("sheets/<int:pk>/letter.docx", views.letter_docx, name="letter_docx"),
    path("sheets/<int:pk>/letter.pdf", views.letter_pdf, name="letter_pdf"),
    path("scores/<int:pk>/self/", views.self_assess, name="self_assess"),
    path("scores/<int:pk>/judge/", views.judge, name="judge"),
    path("scores/<int:pk>/adjust/", views.adjust, name="adjust"),
    path("scores/<int:pk>/deduct/", views.deduct, name="deduct"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("dashboard/units/<int:pk>/", views.unit_dashboard, name="unit_dashboard"),
]
