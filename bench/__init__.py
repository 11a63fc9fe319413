"""Benchmarks: each workload prints its figure beside a baseline measured in the same run."""
