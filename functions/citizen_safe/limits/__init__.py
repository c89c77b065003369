"""Flood limits: how many messages a minute and reports an hour one user may send."""
