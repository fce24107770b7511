"""The same pipeline per partition on a Spark cluster (``faultline spark ingest``), and
story and event merging over a whole job output (``faultline.spark.clusters``).

Nothing here re-implements a stage: the job reads inputs with ``faultline.ingest``, runs
``faultline.pipeline`` on each partition and writes the rows ``faultline.store`` would
store, as Parquet (and optionally into a PostgreSQL store); clustering applies the rules
of ``faultline.analysis``. PySpark is imported only inside these modules' functions, so
the core install does not need it.
"""
