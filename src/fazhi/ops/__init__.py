"""Running the platform: the server, jobs and their schedule, backups, health and metrics.

An entry point like ``api``: it may call any app's door (indicators, reminders)
and nothing imports it but the settings.
"""
