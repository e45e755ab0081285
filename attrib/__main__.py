from attrib.cli import run

run()
