"""Reading: files to models, strictly, with every problem placed at its line and column."""
