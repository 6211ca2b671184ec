"""HumasBot's tests. A package, so that `tests.support` imports the same way from a test, from
conftest.py's `pytest_plugins` and from `python -m benchmarks.load` run at the repository root."""
