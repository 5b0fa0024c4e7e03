"""Clinical knowledge and reasoning: muscles, trigger points, patterns, ranking, conditions, guidance, search."""
