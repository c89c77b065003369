"""Crime reports: parse, verdict, officer review (and later appeals)."""
