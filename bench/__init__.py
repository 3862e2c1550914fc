"""Benchmarks of segments-openapi: ratios against baselines measured in the same run (`make bench`)."""
