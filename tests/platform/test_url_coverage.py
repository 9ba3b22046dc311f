"""A tripwire: every URL of fazhi has a test where unit B tries unit A's data.

When you add a view or endpoint, write that test (see CONTRIBUTING.md) and
add the URL name here with the test that covers it. A URL missing from this
table fails the suite, so no page ships without its isolation test.
"""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, get_resolver

# URL name -> the test (file::function) where another unit's user tries it.
ISOLATION_TESTS = {
    "home": "test_org_views.py::test_home_shows_own_organisation",
    "notices": "test_core_notices.py::test_notices_are_private",
    "notices_mark_read": "test_core_notices.py::test_notices_are_private",
    "login": "test_core_security.py::test_lockout_after_repeated_failures",
    "logout": "test_core_security.py::test_successful_login_and_logout",
    "password_change": "test_core_security.py::test_password_validators_apply_in_chinese",
    "password_change_done": "public after login: a fixed message",
    "org:index": "test_org_views.py::test_list_shows_only_visible_organisations",
    "org:export": "test_org_views.py::test_export_holds_only_visible_rows",
    "org:import": "test_org_views.py::test_import_page_is_for_the_office_only",
    "org:import_template": "an empty template: no data",
    "org:detail": "test_org_views.py::test_b_cannot_open_a_pages",
    "org:edit_contact": "test_org_views.py::test_forged_post_for_another_unit_changes_nothing",
    "org:add_person": "test_org_people.py::test_forged_post_to_join_another_unit_changes_nothing",
    "org:revoke_membership": "test_org_people.py::test_revoke_needs_manage_and_post",
    "portal:home": "public: test_core_security.py::test_portal_needs_no_login_and_shows_no_unit_data",
    "api:api-root": "public OpenAPI description",
    "api:openapi-json": "public OpenAPI description",
    "api:openapi-view": "public OpenAPI description",
    "api:me": "test_api_scoping.py::test_me_lists_own_roles",
    "api:list_organisations": "test_api_scoping.py::test_list_is_scoped",
    "api:get_organisation": "test_api_scoping.py::test_b_cannot_read_a",
    "api:update_contact": "test_api_scoping.py::test_b_cannot_change_a",
    "normdocs:index": "../normdocs/test_permissions.py::test_lists_hold_nothing_of_a",
    "normdocs:export": "../normdocs/test_permissions.py::test_export_holds_nothing_of_a",
    "normdocs:create": "../normdocs/test_permissions.py::test_forged_post_to_draft_for_a_changes_nothing",
    "normdocs:detail": "../normdocs/test_permissions.py::test_b_gets_404_on_a_records_and_nothing_changes",
    "normdocs:edit": "../normdocs/test_permissions.py::test_b_gets_404_on_a_records_and_nothing_changes",
    "normdocs:submit": "../normdocs/test_permissions.py::test_b_gets_404_on_a_records_and_nothing_changes",
    "normdocs:review": "../normdocs/test_permissions.py::test_b_gets_404_on_a_records_and_nothing_changes",
    "normdocs:issue": "../normdocs/test_permissions.py::test_b_gets_404_on_a_records_and_nothing_changes",
    "normdocs:file": "../normdocs/test_permissions.py::test_b_gets_404_on_a_records_and_nothing_changes",
    "normdocs:decide_filing": "../normdocs/test_permissions.py::test_b_gets_404_on_a_records_and_nothing_changes",
    "normdocs:evaluate": "../normdocs/test_permissions.py::test_b_gets_404_on_a_records_and_nothing_changes",
    "normdocs:cleanup_detail": "../normdocs/test_permissions.py::test_b_gets_404_on_a_records_and_nothing_changes",
    "normdocs:filings": "../normdocs/test_permissions.py::test_lists_hold_nothing_of_a",
    "normdocs:issuers": "../normdocs/test_permissions.py::test_office_pages_are_refused_to_a_unit",
    "normdocs:checklist": "../normdocs/test_permissions.py::test_office_pages_are_refused_to_a_unit",
    "normdocs:cleanups": "../normdocs/test_permissions.py::test_office_pages_are_refused_to_a_unit",
    "normdocs:import": "../normdocs/test_permissions.py::test_import_for_a_is_refused_row_by_row",
    "normdocs:import_template": "../normdocs/test_permissions.py::test_office_pages_are_refused_to_a_unit",
    "normdocs_portal:index": "public: ../normdocs/test_rules.py::test_portal_never_shows_drafts",
    "normdocs_portal:detail": "public: ../normdocs/test_rules.py::test_portal_never_shows_drafts",
    "api:list_normative_documents": "../normdocs/test_permissions.py::test_lists_hold_nothing_of_a",
    "api:create_normative_document": "../normdocs/test_permissions.py::test_forged_post_to_draft_for_a_changes_nothing",
    "api:list_normdoc_filings": "../normdocs/test_permissions.py::test_lists_hold_nothing_of_a",
    "api:get_normative_document": "../normdocs/test_permissions.py::test_api_b_gets_404_on_a_records_and_nothing_changes",
    "api:submit_normative_document": "../normdocs/test_permissions.py::test_api_b_gets_404_on_a_records_and_nothing_changes",
    "api:review_normative_document": "../normdocs/test_permissions.py::test_api_b_gets_404_on_a_records_and_nothing_changes",
    "api:issue_normative_document": "../normdocs/test_permissions.py::test_api_b_gets_404_on_a_records_and_nothing_changes",
    "api:file_normative_document": "../normdocs/test_permissions.py::test_api_b_gets_404_on_a_records_and_nothing_changes",
    "api:decide_normdoc_filing": "../normdocs/test_permissions.py::test_api_b_gets_404_on_a_records_and_nothing_changes",
    "decisions:index": "../decisions/test_permissions.py::test_lists_hold_nothing_of_a",
    "decisions:export": "../decisions/test_permissions.py::test_lists_hold_nothing_of_a",
    "decisions:catalogue_create": "../decisions/test_permissions.py::test_office_pages_are_refused_to_a_unit",
    "decisions:catalogue": "../decisions/test_permissions.py::test_b_gets_404_on_a_records_and_nothing_changes",
    "decisions:catalogue_publish": "../decisions/test_permissions.py::test_b_gets_404_on_a_records_and_nothing_changes",
    "decisions:item_add": "../decisions/test_permissions.py::test_b_gets_404_on_a_records_and_nothing_changes",
    "decisions:import": "../decisions/test_permissions.py::test_b_gets_404_on_a_records_and_nothing_changes",
    "decisions:import_template": "an empty template: no data",
    "decisions:detail": "../decisions/test_permissions.py::test_b_gets_404_on_a_records_and_nothing_changes",
    "decisions:item_adjust": "../decisions/test_permissions.py::test_b_gets_404_on_a_records_and_nothing_changes",
    "decisions:procedure": "../decisions/test_permissions.py::test_b_gets_404_on_a_records_and_nothing_changes",
    "decisions:take": "../decisions/test_permissions.py::test_b_gets_404_on_a_records_and_nothing_changes",
    "decisions:document": "../decisions/test_permissions.py::test_b_gets_404_on_a_records_and_nothing_changes",
    "decisions:evaluate": "../decisions/test_permissions.py::test_b_gets_404_on_a_records_and_nothing_changes",
    "decisions_portal:index": "public: ../decisions/test_rules.py::test_open_calls_for_comment_on_the_portal",
    "decisions_portal:catalogue": "public: ../decisions/test_rules.py::test_jingan_catalogue_22_plus_3_merged_1_removed_1_is_23",
    "api:list_major_decisions": "../decisions/test_permissions.py::test_lists_hold_nothing_of_a",
    "api:get_major_decision": "../decisions/test_permissions.py::test_api_b_gets_404_on_a_records_and_nothing_changes",
    "api:record_decision_procedure": "../decisions/test_permissions.py::test_api_b_gets_404_on_a_records_and_nothing_changes",
    "api:take_major_decision": "../decisions/test_permissions.py::test_api_b_gets_404_on_a_records_and_nothing_changes",
    "counsel:index": "../counsel/test_counsel.py::test_lists_hold_nothing_of_a",
    "counsel:export": "../counsel/test_counsel.py::test_lists_hold_nothing_of_a",
    "counsel:coverage": "../counsel/test_counsel.py::test_lists_hold_nothing_of_a",
    "counsel:create": "../counsel/test_counsel.py::test_forged_post_for_another_unit_changes_nothing",
    "counsel:import": "../counsel/test_counsel.py::test_import_with_row_errors",
    "counsel:import_template": "an empty template: no data",
    "counsel:detail": "../counsel/test_counsel.py::test_b_gets_404_on_a_records_and_nothing_changes",
    "counsel:end": "../counsel/test_counsel.py::test_b_gets_404_on_a_records_and_nothing_changes",
    "api:list_engagements": "../counsel/test_counsel.py::test_lists_hold_nothing_of_a",
    "api:counsel_coverage": "../counsel/test_counsel.py::test_lists_hold_nothing_of_a",
    "api:get_engagement": "../counsel/test_counsel.py::test_api_b_gets_404_on_a_records_and_nothing_changes",
    "api:record_counsel_participation": "../counsel/test_counsel.py::test_api_b_gets_404_on_a_records_and_nothing_changes",
    "indicators:index": "../indicators/test_indicators_views.py::test_list_shows_only_own_values_to_a_unit_and_the_region_to_the_office",
    "indicators:export": "../indicators/test_indicators_views.py::test_export_holds_only_visible_rows",
    "indicators:detail": "../indicators/test_indicators_views.py::test_b_cannot_open_a_value",
    "indicators:enter": "../indicators/test_indicators_views.py::test_forged_entry_for_another_unit_changes_nothing",
    "indicators:import": "../indicators/test_indicators_importer.py::test_a_filer_cannot_import_for_another_unit",
    "indicators:import_template": "an empty template: no data",
    "api:list_indicator_codes": "public vocabulary: the catalog's codes",
    "api:list_indicator_values": "../indicators/test_indicators_views.py::test_api_lists_only_visible_values_and_hides_others",
    "api:get_indicator_value": "../indicators/test_indicators_views.py::test_api_lists_only_visible_values_and_hides_others",
    "assessment:index": "../assessment/test_assessment_views.py::test_index_lists_only_own_sheets",
    "assessment:scheme_default": "../assessment/test_assessment_views.py::test_evaluator_reviews_but_cannot_manage_schemes",
    "assessment:scheme_import": "../assessment/test_assessment_views.py::test_unit_reads_scheme_but_cannot_change_it",
    "assessment:scheme": "../assessment/test_assessment_views.py::test_scheme_of_another_region_is_invisible",
    "assessment:scheme_yaml": "../assessment/test_assessment_views.py::test_scheme_of_another_region_is_invisible",
    "assessment:scheme_xlsx": "../assessment/test_assessment_views.py::test_scheme_of_another_region_is_invisible",
    "assessment:results_xlsx": "../assessment/test_assessment_views.py::test_results_export_holds_only_visible_rows",
    "assessment:scheme_copy": "../assessment/test_assessment_views.py::test_evaluator_reviews_but_cannot_manage_schemes",
    "assessment:scheme_publish": "../assessment/test_assessment_views.py::test_unit_reads_scheme_but_cannot_change_it",
    "assessment:scheme_open": "../assessment/test_assessment_views.py::test_unit_reads_scheme_but_cannot_change_it",
    "assessment:scheme_rank": "../assessment/test_assessment_views.py::test_evaluator_reviews_but_cannot_manage_schemes",
    "assessment:item_add": "../assessment/test_assessment_views.py::test_unit_reads_scheme_but_cannot_change_it",
    "assessment:item_edit": "../assessment/test_assessment_views.py::test_unit_reads_scheme_but_cannot_change_it",
    "assessment:item_delete": "../assessment/test_assessment_views.py::test_unit_reads_scheme_but_cannot_change_it",
    "assessment:detail": "../assessment/test_assessment_views.py::test_b_cannot_open_a_sheet_or_its_letters",
    "assessment:compute": "../assessment/test_assessment_views.py::test_b_cannot_open_a_sheet_or_its_letters",
    "assessment:letter_docx": "../assessment/test_assessment_views.py::test_b_cannot_open_a_sheet_or_its_letters",
    "assessment:letter_pdf": "../assessment/test_assessment_views.py::test_b_cannot_open_a_sheet_or_its_letters",
    "assessment:transition": "../assessment/test_assessment_views.py::test_forged_transition_for_another_unit_changes_nothing",
    "assessment:self_assess": "../assessment/test_assessment_views.py::test_forged_score_posts_for_another_unit_change_nothing",
    "assessment:judge": "../assessment/test_assessment_views.py::test_forged_score_posts_for_another_unit_change_nothing",
    "assessment:adjust": "../assessment/test_assessment_views.py::test_forged_score_posts_for_another_unit_change_nothing",
    "assessment:deduct": "../assessment/test_assessment_views.py::test_forged_score_posts_for_another_unit_change_nothing",
    "assessment:dashboard": "../assessment/test_assessment_views.py::test_dashboards_show_region_to_office_and_only_own_to_unit",
    "assessment:unit_dashboard": "../assessment/test_assessment_views.py::test_dashboards_show_region_to_office_and_only_own_to_unit",
    "api:list_assessment_schemes": "../assessment/test_assessment_views.py::test_api_scoping",
    "api:get_assessment_scheme": "../assessment/test_assessment_views.py::test_scheme_of_another_region_is_invisible",
    "api:list_assessments": "../assessment/test_assessment_views.py::test_api_scoping",
    "api:get_assessment": "../assessment/test_assessment_views.py::test_api_scoping",
    "oversight:index": "../oversight/test_oversight_views.py::test_index_and_problem_list_show_only_own_problems",
    "oversight:inspection_create": "../oversight/test_oversight_views.py::test_units_cannot_plan_inspections_or_record_checks_and_findings",
    "oversight:inspection_detail": "../oversight/test_oversight_views.py::test_b_cannot_open_an_inspection_it_is_not_part_of",
    "oversight:inspection_step": "../oversight/test_oversight_views.py::test_units_cannot_plan_inspections_or_record_checks_and_findings",
    "oversight:check_create": "../oversight/test_oversight_views.py::test_units_cannot_plan_inspections_or_record_checks_and_findings",
    "oversight:finding_create": "../oversight/test_oversight_views.py::test_units_cannot_plan_inspections_or_record_checks_and_findings",
    "oversight:consequence_create": "../oversight/test_oversight_views.py::test_consequence_form_forged_unit_and_success",
    "oversight:problems": "../oversight/test_oversight_views.py::test_index_and_problem_list_show_only_own_problems",
    "oversight:problem_export": "../oversight/test_oversight_views.py::test_export_holds_only_visible_rows",
    "oversight:problem_create": "../oversight/test_oversight_views.py::test_self_inspection_page_forged_post_for_another_unit",
    "oversight:problem_detail": "../oversight/test_oversight_views.py::test_b_cannot_open_a_problem",
    "oversight:problem_step": "../oversight/test_oversight_views.py::test_b_cannot_step_a_problem",
    "api:list_inspections": "../oversight/test_oversight_api.py::test_b_cannot_read_an_inspection_of_a_only",
    "api:get_inspection": "../oversight/test_oversight_api.py::test_b_cannot_read_an_inspection_of_a_only",
    "api:list_problems": "../oversight/test_oversight_api.py::test_problem_list_is_scoped",
    "api:get_problem": "../oversight/test_oversight_api.py::test_b_cannot_read_a_problem",
    "api:problem_step": "../oversight/test_oversight_api.py::test_b_cannot_step_a_problem",
    "filings:index": "../filings/test_permissions.py::test_index_lists_own_filings_only",
    "filings:season_new": "../filings/test_permissions.py::test_units_cannot_open_a_season",
    "filings:season": "../filings/test_permissions.py::test_season_board_shows_b_only_its_own_row",
    "filings:season_edit": "../filings/test_permissions.py::test_forged_season_edit_changes_nothing",
    "filings:season_export": "../filings/test_permissions.py::test_season_export_holds_only_own_rows",
    "filings:season_notice": "../filings/test_permissions.py::test_units_cannot_manage_the_season_or_draw_the_notice",
    "filings:upload": "../filings/test_permissions.py::test_b_cannot_upload_for_a",
    "filings:detail": "../filings/test_permissions.py::test_b_cannot_open_a_filing_pages",
    "filings:version_file": "../filings/test_permissions.py::test_b_cannot_download_a_version",
    "filings:submit": "../filings/test_permissions.py::test_b_forged_posts_change_nothing",
    "filings:return": "../filings/test_permissions.py::test_b_forged_posts_change_nothing",
    "filings:accept": "../filings/test_permissions.py::test_b_forged_posts_change_nothing",
    "filings:publish": "../filings/test_permissions.py::test_b_forged_posts_change_nothing",
    "filings_portal:index": "public: ../filings/test_portal.py::test_portal_shows_published_reports_only",
    "filings_portal:report": "public: ../filings/test_portal.py::test_portal_shows_published_reports_only",
    "filings_portal:report_file": "public: ../filings/test_portal.py::test_portal_serves_the_original_file",
    "api:annual_report_seasons": "../filings/test_permissions.py::test_api_lists_seasons_of_own_region",
    "api:annual_report_season": "../filings/test_permissions.py::test_api_lists_seasons_of_own_region",
    "api:annual_report_filings": "../filings/test_permissions.py::test_api_b_cannot_read_a",
    "api:annual_report_filing": "../filings/test_permissions.py::test_api_b_cannot_read_a",
    "api:annual_report_review": "../filings/test_permissions.py::test_api_b_cannot_read_a",
    "api:annual_report_upload": "../filings/test_permissions.py::test_api_b_cannot_upload_for_a",
    "plans:index": "../plans/test_plans_views.py::test_plan_page_shows_a_unit_only_its_own_tasks",
    "plans:plan_create": "../plans/test_plans_views.py::test_units_cannot_create_plans_tasks_imports_or_notices",
    "plans:plan_detail": "../plans/test_plans_views.py::test_plan_page_shows_a_unit_only_its_own_tasks",
    "plans:plan_export": "../plans/test_plans_views.py::test_export_holds_only_visible_rows",
    "plans:plan_notice": "../plans/test_plans_views.py::test_units_cannot_create_plans_tasks_imports_or_notices",
    "plans:task_create": "../plans/test_plans_views.py::test_units_cannot_create_plans_tasks_imports_or_notices",
    "plans:task_import": "../plans/test_plans_views.py::test_units_cannot_create_plans_tasks_imports_or_notices",
    "plans:task_import_template": "../plans/test_plans_views.py::test_units_cannot_create_plans_tasks_imports_or_notices",
    "plans:task_detail": "../plans/test_plans_views.py::test_b_cannot_open_a_task",
    "plans:progress_create": "../plans/test_plans_views.py::test_b_cannot_report_on_a_task",
    "plans:progress_file": "../plans/test_plans_views.py::test_unit_reports_progress_with_an_attachment_and_b_cannot_fetch_it",
    "api:list_tasks": "../plans/test_plans_views.py::test_api_tasks_are_scoped",
    "api:get_task": "../plans/test_plans_views.py::test_api_tasks_are_scoped",
    "api:report_progress": "../plans/test_plans_views.py::test_api_b_cannot_report_on_a",
}


def _names(patterns, namespace=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace == "admin":
                continue  # Django's admin: system administrators only, tested in test_org_views
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _names(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield namespace + entry.name


def test_every_url_has_an_isolation_test():
    names = set(_names(get_resolver().url_patterns))
    missing = names - set(ISOLATION_TESTS)
    assert not missing, f"URLs without an isolation test (add one and list it here): {sorted(missing)}"


def test_the_listed_tests_exist():
    from pathlib import Path

    here = Path(__file__).parent
    for name, where in ISOLATION_TESTS.items():
        if "::" not in where or where.startswith("public"):
            continue
        file, function = where.rsplit("::", 1)
        file = file.split(": ")[-1]
        assert f"def {function}(" in (here / file).read_text(encoding="utf-8"), (name, where)
