"""A long chain for timing ``chain.verify`` (``fazhi enforcement benchmark``); callers roll it back."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from fazhi.enforcement import chain
from fazhi.enforcement.models import GENESIS, EnforcementBody, ProcessRecord, RecordKind
from fazhi.org.models import Organisation

BATCH = 5000


def build_chain(records: int) -> EnforcementBody:
    organisation = Organisation.objects.create(name="基准测试单位", kind="department", region_code="110101")
    body = EnforcementBody.objects.create(organisation=organisation, name="基准测试执法主体", legal_basis="—")
    previous = GENESIS
    start = timezone.now().astimezone(dt.UTC)
    batch: list[ProcessRecord] = []
    for sequence in range(1, records + 1):
        record = ProcessRecord(
            body=body,
            sequence=sequence,
            stage="filed",
            kind=RecordKind.TEXT,
            title=f"记录 {sequence}",
            content_hash=chain.content_hash_of_text(str(sequence)),
            recorded_at=start + dt.timedelta(microseconds=sequence),
            previous_hash=previous,
        )
        record.entry_hash = previous = chain.entry_hash(previous, (getattr(record, n) for n in chain.HASHED))
        batch.append(record)
        if len(batch) == BATCH:
            ProcessRecord.objects.bulk_create(batch)
            batch = []
    ProcessRecord.objects.bulk_create(batch)
    return body
