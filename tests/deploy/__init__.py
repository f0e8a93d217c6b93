"""Deployment tests (a package, so its conftest is ``deploy.conftest`` and never shadows the
dashboard tests' ``conftest`` module)."""
