"""Language identification derived from py3langid: build script, evaluation and dev texts."""
