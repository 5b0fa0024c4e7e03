"""The body: the atlas (regions, views, mirroring), its drawings, and the pain map a user marks on it."""
