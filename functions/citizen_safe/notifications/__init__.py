"""What we tell a user: in-app notifications, and a push message to their devices."""
