"""spaCy extensions and sentence boundaries shared by our components (assembly lives in ``pipeline``)."""
