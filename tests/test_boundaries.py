"""The architecture's boundaries are enforced, not hoped for: a core module importing Qt breaks the check."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(LINT_IMPORTS), "--config", str(root / "pyproject.toml"), "--no-cache"], cwd=root,
                          capture_output=True, text=True, env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"}, timeout=120)


@pytest.fixture(scope="module")
def copy_of_the_code(tmp_path_factory) -> Path:
    if not LINT_IMPORTS.exists():
        pytest.skip("import-linter is not installed beside this Python (pip install -e '.[dev]')")
    root = tmp_path_factory.mktemp("code")
    shutil.copytree(ROOT / "coachdesk", root / "coachdesk", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


def test_the_code_keeps_its_boundaries(copy_of_the_code):
    result = lint_imports(copy_of_the_code)
    assert result.returncode == 0, result.stdout[-3000:]


@pytest.mark.parametrize("module, line, broken", [
    ("coachdesk/domain/models.py", "import PySide6.QtCore", "The core knows nothing about Qt"),
    ("coachdesk/ui/screens/today.py", "from sqlalchemy import select", "The UI runs no query itself"),
    ("coachdesk/services/records.py", "import coachdesk.documents.toolkits", "Layers"),
])
def test_a_forbidden_import_breaks_the_check(copy_of_the_code, tmp_path, module, line, broken):
    root = tmp_path / "changed"
    shutil.copytree(copy_of_the_code, root)
    path = root / module
    path.write_text(path.read_text() + f"\n{line}  # deliberately against the architecture\n")
    result = lint_imports(root)
    assert result.returncode != 0
    assert broken in result.stdout and "BROKEN" in result.stdout
