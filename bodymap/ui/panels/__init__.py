"""The panels beside the body: candidates, details, browse, search, the notice."""
