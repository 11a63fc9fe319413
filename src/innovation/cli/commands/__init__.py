"""The commands, one module per group; the command line imports only the one it runs."""
