"""The body canvas: scene and view, items, drawing tools, patterns and trigger points, the legend, colours."""
