"""`python -m bot` runs the same command line as `humasbot`."""

from bot.cli import main

if __name__ == "__main__":
    main()
