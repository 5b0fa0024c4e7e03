"""The description of the body art that tools/make_atlas.py turns into assets/body_<view>.svg."""
