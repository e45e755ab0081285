"""Issue 18, point 10: worker processes end when the attrib process that started them dies."""

import os
import signal
import subprocess
import sys
import time

import psutil

from tests.conftest import FIXTURES


def test_workers_end_when_the_parent_is_killed(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    text = (FIXTURES / "seeds" / "002_c1fa80e5a6b0f52c.txt").read_text(encoding="utf-8")
    for i in range(200):
        (folder / f"a{i:03d}.txt").write_text(text + f"\n\nStory {i}.", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "attrib", "extract", str(folder), "--jobs", "2", "-q",
                             "--db", str(tmp_path / "s.db"), "-o", str(tmp_path / "out.txt")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    workers = []
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(workers) < 2:
            time.sleep(0.5)
            workers = [c for c in psutil.Process(proc.pid).children() if "python" in c.name().lower()]
        assert len(workers) >= 2, "the workers never started"
        time.sleep(3)  # they are loading the model or extracting
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        gone, alive = psutil.wait_procs(workers, timeout=20)
        assert alive == [], f"workers still running after their parent died: {[p.pid for p in alive]}"
    finally:
        for child in workers:
            if child.is_running():
                os.kill(child.pid, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
