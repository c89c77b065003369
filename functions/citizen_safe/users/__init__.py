"""Users: profiles, usernames, presence, and the credibility and bullying fields."""
