"""Bullying moderation of chat messages and post comments, and the author's standing."""
