"""The terminal UI: one program for ledartröjor, faddrar and facilitators."""
