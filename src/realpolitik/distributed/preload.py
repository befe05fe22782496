"""Imported by the fork server of a local Dask cluster before it forks any worker (see ``cluster``).

Whatever is loaded here, the spaCy pipeline above all, is loaded once per run instead of once per
worker, and a worker forked from this process exits without tearing its heap down object by object.
"""

import os

from realpolitik.distributed.worker import PRELOAD_ENV, preload_nlp

preload_nlp(os.environ.get(PRELOAD_ENV))
