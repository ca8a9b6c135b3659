"""Snapshots over time: the timeline, taking and viewing snapshots, comparisons and monitoring."""
