"""Open data downloads: /portal/data/<region>/<year>/<dataset>.csv | .json | .schema.json,
and the catalogue of them all (DCAT in JSON-LD) at /portal/data/catalog.json.

The URLs are stable: the same region, year and dataset always answer at the same
address, with rows that may grow while the year is open. A year with no records
answers with no rows, not a 404, so a harvester can ask for any year in range.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from django.http import Http404, JsonResponse, StreamingHttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from fazhi.core.deadlines import local_today
from fazhi.core.exports import csv_response
from fazhi.core.opendata import (
    Dataset,
    PublicRegion,
    csv_cell,
    dataset_named,
    datasets,
    json_schema,
    public_region_or_404,
    public_regions,
)
from fazhi.indicators import regional

FIRST_YEAR = 2000  # the indicator rules' earliest year


def _dataset_or_404(region: str, year: int, slug: str) -> tuple[PublicRegion, Dataset]:
    place = public_region_or_404(region)
    dataset = dataset_named(slug)
    if not FIRST_YEAR <= year <= local_today().year + 1 or dataset is None:
        raise Http404
    return place, dataset


def dataset_urls(request, region: str, year: int, slug: str) -> dict[str, str]:
    kwargs = {"region": region, "year": year, "slug": slug}
    return {
        kind: request.build_absolute_uri(reverse(f"portal:data_{kind}", kwargs=kwargs))
        for kind in ("csv", "json", "schema")
    }


def dataset_csv(request, region: str, year: int, slug: str):
    """The dataset as CSV, streamed by core's export writer (``csv_response``) with open data's cells."""
    _place, dataset = _dataset_or_404(region, year, slug)
    rows = ([row[name] for name in dataset.field_names] for row in dataset.rows(region, year))
    response = csv_response(f"{region}-{year}-{slug}.csv", dataset.field_names, rows, cell=csv_cell)
    response["Link"] = f'<{dataset_urls(request, region, year, slug)["schema"]}>; rel="describedby"'
    return response


def _json_chunks(dataset: Dataset, region: str, year: int, schema_url: str) -> Iterator[str]:
    head = {"$schema": schema_url, "dataset": dataset.slug, "region": region, "year": year}
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "rows": ['
    for index, row in enumerate(dataset.rows(region, year)):
        yield ("," if index else "") + json.dumps(row, ensure_ascii=False)
    yield "]}"


def dataset_json(request, region: str, year: int, slug: str):
    _place, dataset = _dataset_or_404(region, year, slug)
    schema_url = dataset_urls(request, region, year, slug)["schema"]
    return StreamingHttpResponse(
        _json_chunks(dataset, region, year, schema_url), content_type="application/json; charset=utf-8"
    )


def dataset_schema(request, region: str, year: int, slug: str):
    _place, dataset = _dataset_or_404(region, year, slug)
    schema = json_schema(dataset, dataset_urls(request, region, year, slug)["schema"])
    return JsonResponse(schema, json_dumps_params={"ensure_ascii": False, "indent": 1})


def years_of(region: str) -> list[int]:
    """The years the catalogue lists: those with figures, and last year in any case."""
    return sorted({*regional.years_with_figures(region), local_today().year - 1}, reverse=True)


def catalog(request):
    """Every dataset of every region and year, as a DCAT catalogue in JSON-LD."""
    entries = []
    for place in public_regions():
        for year in years_of(place.code):
            for dataset in datasets():
                urls = dataset_urls(request, place.code, year, dataset.slug)
                entries.append(
                    {
                        "@type": "dcat:Dataset",
                        "dct:identifier": f"{place.code}/{year}/{dataset.slug}",
                        "dct:title": f"{place.short_name}{year}年{dataset.title}",
                        "dct:description": str(dataset.description),
                        "dct:publisher": {"@type": "foaf:Agent", "foaf:name": place.office},
                        "dct:spatial": {"@id": f"urn:gb2260:{place.code}", "rdfs:label": place.name},
                        "dct:temporal": {
                            "@type": "dct:PeriodOfTime",
                            "dcat:startDate": f"{year}-01-01",
                            "dcat:endDate": f"{year}-12-31",
                        },
                        "dct:conformsTo": {"@id": urls["schema"]},
                        "dcat:distribution": [
                            {
                                "@type": "dcat:Distribution",
                                "dcat:downloadURL": {"@id": urls[kind]},
                                "dcat:mediaType": media,
                                "dct:conformsTo": {"@id": urls["schema"]},
                            }
                            for kind, media in (("csv", "text/csv"), ("json", "application/json"))
                        ],
                    }
                )
    document = {
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        },
        "@type": "dcat:Catalog",
        "@id": request.build_absolute_uri(reverse("portal:data_catalog")),
        "dct:title": _("Open data of rule-of-law government"),
        "dct:language": "zh-Hans",
        "dcat:dataset": entries,
    }
    return JsonResponse(document, json_dumps_params={"ensure_ascii": False, "indent": 1})


def index(request):
    """The human page of the open data: every region and year, each dataset's three links."""
    return render(
        request,
        "portal/data_index.html",
        {
            "regions": [(place, years_of(place.code)) for place in public_regions()],
            "datasets": datasets(),
        },
    )
