"""Chat: messages between two users, post comments, and the chat callables."""
