"""innovation: a workflow engine for a municipality's cross-department innovation areas."""

__version__ = "0.1.0"
