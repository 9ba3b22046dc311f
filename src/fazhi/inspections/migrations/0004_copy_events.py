"""Copy every plan event and list event into the one event table, keeping time, actor, verb,
note and details (proxy entries included); the reverse copies them back by kind."""

from django.db import migrations

BATCH = 1000


def merge(apps, schema_editor):
    InspectionEvent = apps.get_model("inspections", "InspectionEvent")
    PlanEvent = apps.get_model("inspections", "PlanEvent")
    ListEvent = apps.get_model("inspections", "ListEvent")
    common = ("created_at", "actor_id", "verb", "note", "data")
    rows = [
        (event.created_at, 0, event.pk, InspectionEvent(
            kind="plan", plan_id=event.plan_id, organisation_id=event.plan.organisation_id,
            **{name: getattr(event, name) for name in common},
        ))
        for event in PlanEvent.objects.select_related("plan").iterator(chunk_size=BATCH)
    ] + [
        (event.created_at, 1, event.pk, InspectionEvent(
            kind="list", organisation_id=event.organisation_id,
            **{name: getattr(event, name) for name in common},
        ))
        for event in ListEvent.objects.iterator(chunk_size=BATCH)
    ]
    # In time order, so the new ids follow the order the acts happened in.
    rows.sort(key=lambda row: row[:3])
    InspectionEvent.objects.bulk_create([row[3] for row in rows], batch_size=BATCH)


def split(apps, schema_editor):
    InspectionEvent = apps.get_model("inspections", "InspectionEvent")
    PlanEvent = apps.get_model("inspections", "PlanEvent")
    ListEvent = apps.get_model("inspections", "ListEvent")
    common = ("created_at", "actor_id", "verb", "note", "data")
    plan_events, list_events = [], []
    for event in InspectionEvent.objects.order_by("created_at", "pk").iterator(chunk_size=BATCH):
        values = {name: getattr(event, name) for name in common}
        if event.kind == "plan":
            plan_events.append(PlanEvent(plan_id=event.plan_id, **values))
        else:
            list_events.append(ListEvent(organisation_id=event.organisation_id, **values))
    PlanEvent.objects.bulk_create(plan_events, batch_size=BATCH)
    ListEvent.objects.bulk_create(list_events, batch_size=BATCH)
    InspectionEvent.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("inspections", "0003_inspection_event")]

    operations = [migrations.RunPython(merge, split)]
