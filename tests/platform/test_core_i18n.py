"""The .po catalogues are complete and agree with each other, and the committed .mo files match them."""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("catalogues", ROOT / "scripts" / "catalogues.py")
catalogues = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(catalogues)

PO_FILES = catalogues.po_files()


def test_every_platform_app_with_ui_text_has_a_catalogue():
    apps = {catalogues.app_of(po) for po in PO_FILES}
    assert {"core", "org", "portal", "normdocs", "filings"} <= apps


@pytest.mark.parametrize("po", PO_FILES, ids=catalogues.app_of)
def test_catalogue_is_fully_translated(po):
    catalogue = catalogues.read(po)
    untranslated = [catalogues.describe(m) for m in catalogues.untranslated(catalogue)]
    assert untranslated == [], f"translate these in {po.relative_to(ROOT)}: run `make translations` for hints"
    assert catalogues.plural_forms_problem(catalogue) is None


@pytest.mark.parametrize("po", PO_FILES, ids=catalogues.app_of)
def test_committed_mo_matches_its_po(po):
    assert not catalogues.is_stale(po), f"{po.with_suffix('.mo').relative_to(ROOT)}: run `make translations`"


# Four English words in a row inside a Chinese translation: a msgid's continuation line left
# behind in the msgstr by a hand merge (it compiled, and users read half a sentence of English).
ENGLISH_RUN = re.compile(r"[A-Za-z]+(?:[ ,]+[A-Za-z]+){3,}")
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|\{[^}]*\}|<[^>]+>")


@pytest.mark.parametrize("po", PO_FILES, ids=catalogues.app_of)
def test_no_translation_carries_a_stray_english_sentence(po):
    stray = []
    for message in catalogues.read(po):
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        stray += [s for s in strings if s and ENGLISH_RUN.search(PLACEHOLDER.sub("", s))]
    assert stray == []


@pytest.mark.parametrize("po", PO_FILES, ids=catalogues.app_of)
def test_no_msgid_holds_its_own_text_twice(po):
    # The same hand merge can leave a msgid's lines twice over: the doubled msgid matches no
    # source string, and the page shows the English (the proxy-entry help text did).
    doubled = []
    for message in catalogues.read(po):
        for text in message.id if isinstance(message.id, tuple) else (message.id,):
            flat = " ".join((text or "").split())
            if any(flat.count(flat[k : k + 40]) > 1 for k in range(0, len(flat) - 40, 5)):
                doubled.append(flat[:60])
    assert doubled == []


def test_one_msgid_reads_the_same_in_every_app():
    assert catalogues.conflicts(PO_FILES) == []


def test_model_labels_render_in_chinese(db):
    from fazhi.org.models import Organisation, Role

    assert str(Organisation._meta.verbose_name) == "单位"
    assert str(Organisation._meta.get_field("contact_phone").verbose_name) == "联系电话"
    assert Role.UNIT_FILER.label == "单位填报人员"


# The checks above pass on the committed files; these show each one can fail.

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: nplurals=1; plural=0;\\n"\n'


def _app_catalogue(root: Path, app: str, entries: str) -> Path:
    po = root / "src" / "fazhi" / app / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"
    po.parent.mkdir(parents=True)
    po.write_text(HEADER + entries, encoding="utf-8")
    return po


def test_empty_and_fuzzy_entries_count_as_untranslated(tmp_path):
    po = _app_catalogue(
        tmp_path,
        "core",
        'msgid "Save"\nmsgstr "保存"\n\n'
        'msgid "Cancel"\nmsgstr ""\n\n'
        '#, fuzzy\nmsgid "Close"\nmsgstr "关"\n\n'
        'msgid "%(n)s day"\nmsgid_plural "%(n)s days"\nmsgstr[0] ""\n',
    )
    assert [catalogues.describe(m) for m in catalogues.untranslated(catalogues.read(po))] == [
        "empty: 'Cancel'",
        "fuzzy: 'Close'",
        "empty: ('%(n)s day', '%(n)s days')",
    ]


def test_a_msgid_that_moved_apps_is_reported_with_its_old_chinese(tmp_path):
    core = _app_catalogue(tmp_path, "core", 'msgid "Cancel"\nmsgstr ""\n')
    plans = _app_catalogue(tmp_path, "plans", '#~ msgid "Cancel"\n#~ msgstr "取消"\n')
    assert catalogues.problems([core, plans], root=tmp_path) == [
        "src/fazhi/core/locale/zh_Hans/LC_MESSAGES/django.po: empty: 'Cancel' (plans has '取消')"
    ]


def test_a_plural_rule_of_another_language_is_refused(tmp_path):
    po = _app_catalogue(tmp_path, "core", "")
    po.write_text(HEADER.replace("nplurals=1; plural=0;", "nplurals=2; plural=(n != 1);"), encoding="utf-8")
    assert "zh_Hans needs nplurals=1; plural=0;" in catalogues.plural_forms_problem(catalogues.read(po))


def test_a_mo_is_stale_when_its_po_changed_and_fresh_once_compiled(tmp_path):
    po = _app_catalogue(tmp_path, "core", 'msgid "Save"\nmsgstr "保存"\n\nmsgid "Cancel"\nmsgstr ""\n')
    assert catalogues.is_stale(po)  # no .mo yet
    po.with_suffix(".mo").write_bytes(catalogues.compile_mo(catalogues.read(po)))
    assert not catalogues.is_stale(po)
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr ""\n', 'msgstr "取消"\n'), encoding="utf-8")
    assert catalogues.is_stale(po)


def test_one_msgid_translated_two_ways_is_a_conflict(tmp_path):
    core = _app_catalogue(tmp_path, "core", 'msgid "Save"\nmsgstr "保存"\n')
    same = _app_catalogue(tmp_path, "org", 'msgid "Save"\nmsgstr "保存"\n')
    other = _app_catalogue(tmp_path, "plans", 'msgid "Save"\nmsgstr "存盘"\n')
    assert catalogues.conflicts([core, same]) == []
    assert catalogues.conflicts([core, same, other]) == ["'Save': core says '保存', plans says '存盘'"]


def test_compiled_catalogue_answers_gettext_and_leaves_untranslated_text_english(tmp_path):
    import gettext
    import io

    po = _app_catalogue(
        tmp_path,
        "core",
        'msgid "Save"\nmsgstr "保存"\n\nmsgid "Cancel"\nmsgstr ""\n\n'
        'msgid "%(n)s day"\nmsgid_plural "%(n)s days"\nmsgstr[0] "%(n)s 天"\n',
    )
    compiled = gettext.GNUTranslations(io.BytesIO(catalogues.compile_mo(catalogues.read(po))))
    assert compiled.gettext("Save") == "保存"
    assert compiled.gettext("Cancel") == "Cancel"
    assert compiled.ngettext("%(n)s day", "%(n)s days", 3) == "%(n)s 天"


def test_the_real_catalogues_are_copied_faithfully(tmp_path):
    # po_files() and is_stale() work on any tree: a copied app with a stale .mo is caught.
    source = next(po for po in PO_FILES if catalogues.app_of(po) == "org")
    copy = tmp_path / source.relative_to(ROOT)
    copy.parent.mkdir(parents=True)
    shutil.copy(source, copy)
    shutil.copy(source.with_suffix(".mo"), copy.with_suffix(".mo"))
    assert catalogues.po_files(tmp_path) == [copy]
    assert not catalogues.is_stale(copy)
    copy.write_text(
        copy.read_text(encoding="utf-8").replace('msgstr "单位"', 'msgstr "机构"'), encoding="utf-8"
    )
    assert catalogues.is_stale(copy)
