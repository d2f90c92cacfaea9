// JobHuntIO: see DESIGN.md. Filled in by its feature.
