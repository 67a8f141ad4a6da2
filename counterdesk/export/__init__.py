"""Central reporting: CSV batches with manifests, their merge into DuckDB, and hall figures."""
