"""spaCy pipeline assembly: the model plus our registered components."""
