"""Rendering pain maps and referral patterns to files, without a window."""
