"""Run the workbench: `python main.py [--db PATH]` is the same as `workbench`."""

from workbench.cli import main

if __name__ == "__main__":
    main()
