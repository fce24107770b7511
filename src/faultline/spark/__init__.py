"""The same pipeline per partition on a Spark cluster (``faultline spark ingest``).

Nothing here re-implements a stage: the job reads inputs with ``faultline.ingest``, runs
``faultline.pipeline.process`` on each partition and writes the rows ``faultline.store``
would store, as Parquet (and optionally into a PostgreSQL store). PySpark is imported only
by ``faultline.spark.job``, so the core install does not need it.
"""
