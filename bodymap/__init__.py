"""bodymap: a trigger-point and referred-pain body map."""

__version__ = "0.1.0"
