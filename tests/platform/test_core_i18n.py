"""The committed catalogues are complete and the committed .mo files match them."""

from __future__ import annotations

import gettext
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("translations_zh", ROOT / "scripts" / "translations_zh.py")
translations_zh = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations_zh)


@pytest.mark.parametrize("po", translations_zh.po_files(), ids=lambda p: p.parts[-5])
def test_catalogue_is_complete_and_compiled(po):
    assert po.exists()
    assert translations_zh.untranslated(po) == []
    compiled = gettext.GNUTranslations(po.with_suffix(".mo").open("rb"))
    for msgid, plural, msgstrs, _fuzzy in translations_zh.parse(po.read_text(encoding="utf-8")):
        if not msgid:
            continue
        if plural:
            assert compiled.ngettext(msgid, plural, 1) == msgstrs[0], msgid
        else:
            assert compiled.gettext(msgid) == msgstrs[0], (
                f".mo is stale for {msgid!r}: run scripts/update-translations.sh"
            )


def test_model_labels_render_in_chinese(db):
    from fazhi.org.models import Organisation, Role

    assert str(Organisation._meta.verbose_name) == "单位"
    assert str(Organisation._meta.get_field("contact_phone").verbose_name) == "联系电话"
    assert Role.UNIT_FILER.label == "单位填报人员"


def test_one_msgid_reads_the_same_in_every_app():
    # Django merges all catalogues at run time; two apps translating one msgid
    # differently would make a page's wording depend on INSTALLED_APPS order.
    assert translations_zh.CONFLICTS == []
    seen: dict[str, tuple[str, str]] = {}
    for po in translations_zh.po_files():
        for msgid, plural, msgstrs, _fuzzy in translations_zh.parse(po.read_text(encoding="utf-8")):
            if not msgid or plural:
                continue
            app = po.parts[-5]
            if msgid in seen:
                assert seen[msgid][1] == msgstrs[0], f"{msgid!r}: {seen[msgid][0]} and {app} differ"
            else:
                seen[msgid] = (app, msgstrs[0])
