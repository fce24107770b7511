"""What faultline computes over the stored record: story and event clusters (``stories``,
``events``), tension series (``tension``), alerts on rises (``alerts``) and the treaty
commitments events engage (``treaties``). Each reads the store and knows nothing of how
the records got there."""
