"""Parallel ingest on Dask distributed: a local cluster or an existing scheduler, one writer.

``open_client`` starts a ``LocalCluster`` (N processes, one thread each) or connects to a scheduler
address; ``code_on_cluster`` sends partitions of articles to the workers, each of which loads the
pipeline once, and hands back Arrow tables, in input order, for the caller's single writer.
"""

from realpolitik.distributed.cluster import open_client
from realpolitik.distributed.runner import code_on_cluster

__all__ = ["code_on_cluster", "open_client"]
