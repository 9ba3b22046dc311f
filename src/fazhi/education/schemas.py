"""What the study and legal-education endpoints take and answer (api.py serves them)."""

from __future__ import annotations

import datetime as dt

from ninja import Schema

from fazhi.core.api_input import ProxyReason
from fazhi.core.dates import ApiDate


class UnitRecordOut(Schema):
    """Every record names the unit it belongs to."""

    id: int
    organisation_id: int
    organisation_name: str

    @staticmethod
    def resolve_organisation_name(record) -> str:
        return record.organisation.name


class UnitRecordIn(Schema):
    organisation_id: int
    proxy_reason: ProxyReason = ""


class StudyTopicOut(UnitRecordOut):
    year: int
    month: int | None
    topic: str


class StudyTopicIn(UnitRecordIn):
    year: int
    month: int | None = None
    topic: str


class StudySessionOut(UnitRecordOut):
    kind: str
    held_on: dt.date
    topic: str
    speaker: str
    attendee_count: int


class StudySessionIn(UnitRecordIn):
    kind: str
    held_on: ApiDate
    topic: str
    speaker: str
    attendees: str = ""
    attendee_count: int = 0
    materials: str = ""


class LawExamOut(UnitRecordOut):
    kind: str
    held_on: dt.date
    title: str
    takers: int
    passed: int


class LawExamIn(UnitRecordIn):
    kind: str
    held_on: ApiDate
    title: str
    takers: int
    passed: int


class OathCeremonyOut(UnitRecordOut):
    held_on: dt.date
    presided_by: str
    swearers: list[str]
    swearer_count: int

    @staticmethod
    def resolve_swearers(record) -> list[str]:
        return record.swearers.splitlines()


class OathCeremonyIn(UnitRecordIn):
    held_on: ApiDate
    presided_by: str
    swearers: str


class AccountabilityReportOut(UnitRecordOut):
    year: int
    reporter: str
    position: str
    reported_on: dt.date
    duties_part: str
    duties_heading: str
    duties_evidence: str
    status: str
    rating: str
    evaluation: str
    evaluated_on: dt.date | None


class AccountabilityReportIn(UnitRecordIn):
    year: int
    reporter: str
    position: str
    reported_on: ApiDate


class RatingIn(Schema):
    rating: str
    note: str
    on: ApiDate | None = None


class ResponsibilityListOut(UnitRecordOut):
    year: int
    items: str
    status: str
    published_on: dt.date | None
    review_result: str
    rating: str
    reviewed_on: dt.date | None


class ResponsibilityListIn(UnitRecordIn):
    year: int
    items: str


class PublishIn(Schema):
    published_on: ApiDate | None = None
    proxy_reason: ProxyReason = ""


class CaseExplanationOut(UnitRecordOut):
    held_on: dt.date
    case_title: str
    lesson: str
    audience: str


class CaseExplanationIn(UnitRecordIn):
    held_on: ApiDate
    case_title: str
    lesson: str
    audience: str


class ActivityOut(UnitRecordOut):
    kind: str
    held_on: dt.date
    title: str
    place: str
    audience: str
    reached: int


class ActivityIn(UnitRecordIn):
    kind: str
    held_on: ApiDate
    title: str
    place: str
    audience: str
    reached: int = 0


class MaterialOut(UnitRecordOut):
    form: str
    title: str
    issued_on: dt.date
    copies: int


class MaterialIn(UnitRecordIn):
    form: str
    title: str
    issued_on: ApiDate
    copies: int


class DemonstrationSiteOut(UnitRecordOut):
    name: str
    kind: str
    level: str
    year: int


class DemonstrationSiteIn(UnitRecordIn):
    name: str
    kind: str
    level: str
    year: int


class VicePrincipalOut(Schema):
    id: int
    school_id: int
    name: str
    employer: str
    starts_on: dt.date
    ends_on: dt.date


class VicePrincipalIn(Schema):
    name: str
    employer: str
    starts_on: ApiDate
    ends_on: ApiDate
    proxy_reason: ProxyReason = ""


class SchoolOut(UnitRecordOut):
    name: str
    vice_principals: list[VicePrincipalOut]

    @staticmethod
    def resolve_vice_principals(school) -> list:
        # Prefetched by the endpoints: one query for the whole page.
        return list(school.vice_principals.all())


class SchoolIn(UnitRecordIn):
    name: str


class StudyCount(Schema):
    organisation_id: int
    organisation_name: str
    sessions: int
