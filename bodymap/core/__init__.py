"""The domain core: atlas, catalog, loading, pain map and ranking. Pure Python; no Qt below this package."""
