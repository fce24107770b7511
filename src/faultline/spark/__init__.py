"""faultline on Apache Spark: the same pipeline per partition, and clustering at scale."""
