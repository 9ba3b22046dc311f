from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("inspections", "0004_copy_events")]

    operations = [
        migrations.DeleteModel(name="ListEvent"),
        migrations.DeleteModel(name="PlanEvent"),
    ]
