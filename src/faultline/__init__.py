"""faultline: news articles in, a trustworthy record of international politics out."""

__version__ = "0.1.0"
