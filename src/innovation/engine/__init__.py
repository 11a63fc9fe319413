"""Flows as data: loading and checking flow files, and judging an area's open moves."""

from innovation.engine.flow import Flow, FlowError, Phase, Transition, load_flow, parse_flow
from innovation.engine.machine import FlowEngine, Move
from innovation.engine.registry import Flows, default_flows
from innovation.engine.requirements import REQUIREMENTS, Requirement

__all__ = [
    "REQUIREMENTS",
    "Flow",
    "FlowEngine",
    "FlowError",
    "Flows",
    "Move",
    "Phase",
    "Requirement",
    "Transition",
    "default_flows",
    "load_flow",
    "parse_flow",
]
