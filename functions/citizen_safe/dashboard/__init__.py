"""The officers' dashboard: `dashboard/summary` counts and the `flagged_reports` list."""
