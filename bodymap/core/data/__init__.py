"""Reading input: the hardened YAML reader, validated loading into frozen objects, caches, shipped resources."""
