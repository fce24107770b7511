"""What faultline computes over the stored record: story and event clusters (``stories``,
``events``), tension series, alerts and treaty obligations."""
