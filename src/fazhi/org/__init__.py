"""Organisations (a region's government, departments, townships and streets,
other bodies), people, and their roles."""
