"""The audit trail: hash-chained events, and the tools that prove it: verify, replay, export."""

from innovation.audit.chain import GENESIS, Appended, append, canonical, dump

__all__ = ["GENESIS", "Appended", "append", "canonical", "dump"]
