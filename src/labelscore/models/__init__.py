"""The file formats, as pydantic models: one module per kind of file."""
