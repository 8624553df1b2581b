"""The benchmark suite (``python -m benchmarks.run``) and the benchmarks it is made of; not shipped."""
