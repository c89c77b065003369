"""The append-only audit log of every automated and officer decision."""
