"""click's own words in Swedish: its usage errors, help headings and value checks.

click marks every message it prints with gettext (`_("No such option {name!r}.")`,
`ngettext(…)`), looked up when the message is made. `install()` points those lookups in
click's modules at the catalogue below, so `workbench compile -o x` says "okänd flagga '-o'"
and `--help` says "Användning:", while our own texts (already Swedish) are untouched. A
message not in the catalogue is printed as click wrote it; tests/test_cli_swedish.py checks
that every entry is still one of click's messages, so an upgrade that rewords one is caught.

`swedish_help(command)` gives the help's placeholders Swedish names ("[FLAGGOR]",
"KOMMANDO [ARGUMENT]...", "SÖKVÄG").
"""

from __future__ import annotations

import importlib

import click

# click's message → ours. Placeholders ({name!r} …) are click's and must stay.
CATALOGUE: dict[str, str] = {
    # usage errors (click.exceptions, click.parser, click.core)
    "Aborted!": "Avbrutet.",
    "Missing command.": "Ange ett kommando.",
    "No such command {name!r}.": "Okänt kommando {name!r}.",
    "No such option {name!r}.": "Okänd flagga {name!r}.",
    "Missing argument": "Saknar argumentet",
    "Missing option": "Saknar flaggan",
    "Missing parameter": "Saknar en parameter",
    "Missing parameter: {param_name}": "Saknar parametern {param_name}",
    "Missing {param_type}": "Saknar {param_type}",
    "Invalid value for {param_hint}: {message}": "Ogiltigt värde för {param_hint}: {message}",
    "Invalid value: {message}": "Ogiltigt värde: {message}",
    "Option {name!r} does not take a value.": "Flaggan {name!r} tar inget värde.",
    "Argument {name!r} takes {nargs} values.": "Argumentet {name!r} tar {nargs} värden.",
    "Invalid start character for option ({option})": "Ogiltigt första tecken i flagga ({option})",
    "Value must be an iterable.": "Värdet måste vara en följd av värden.",
    "Could not open file {filename!r}: {message}": "Kunde inte öppna filen {filename!r}: {message}",
    "Error: {message}": "Fel: {message}",
    "Try '{command} {option}' for help.": "Se '{command} {option}'.",
    "unknown error": "okänt fel",
    # help (click.core, click.formatting, click.decorators)
    "Usage:": "Användning:",
    "Options": "Flaggor",
    "Commands": "Kommandon",
    "Positional arguments": "Argument",
    "default: {default}": "standard: {default}",
    "required": "krävs",  # marked by click as _(extra["required"]), a variable
    "env var: {var}": "miljövariabel: {var}",
    "(dynamic)": "(beräknas)",
    "deprecated": "utgående",
    "Show this message and exit.": "Visa den här hjälpen och avsluta.",
    "Show the version and exit.": "Visa versionen och avsluta.",
    "Do you want to continue?": "Vill du fortsätta?",
    "Confirm the action without prompting.": "Bekräfta utan att fråga.",
    "Repeat for confirmation": "Upprepa för att bekräfta",
    "Error: The two entered values do not match.": "Fel: de två värdena är inte lika.",
    "Error: invalid input": "Fel: ogiltig inmatning",
    # value checks (click.types)
    "file": "fil",
    "directory": "mapp",
    "path": "sökväg",
    "Choose from:\n\t{choices}": "Välj bland:\n\t{choices}",
    "{value} is not in the range {range}.": "{value} ligger utanför intervallet {range}.",
    "{value!r} is not a valid boolean. Recognized values: {states}": (
        "{value!r} är inget sanningsvärde. Giltiga värden: {states}"
    ),
    "{value!r} is not a valid {number_type}.": "{value!r} är inget giltigt {number_type}.",
    "{value!r} is not a valid UUID.": "{value!r} är inget giltigt UUID.",
    "{name} {filename!r} is a file.": "{name} {filename!r} är en fil.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} är en mapp.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} kan inte läsas.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} kan inte skrivas.",
    "{name} {filename!r} is not executable.": "{name} {filename!r} kan inte köras.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} finns inte.",
}

# (singular, plural) → ours
PLURALS: dict[tuple[str, str], tuple[str, str]] = {
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"): (
        "Oväntat extra argument ({args})",
        "Oväntade extra argument ({args})",
    ),
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"): (
        "Menade du {possibility}?",
        "(Menade du något av: {possibilities}?)",
    ),
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."): (
        "Flaggan {name!r} kräver ett värde.",
        "Flaggan {name!r} kräver {nargs} värden.",
    ),
    ("Takes {nargs} values but 1 was given.", "Takes {nargs} values but {len} were given."): (
        "Tar {nargs} värden men 1 angavs.",
        "Tar {nargs} värden men {len} angavs.",
    ),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."): (
        "{value!r} är inte {choice}.",
        "{value!r} är inte något av {choices}.",
    ),
    (
        "{len_type} values are required, but {len_value} was given.",
        "{len_type} values are required, but {len_value} were given.",
    ): (
        "{len_type} värden krävs, men {len_value} angavs.",
        "{len_type} värden krävs, men {len_value} angavs.",
    ),
}

# The names click's types give their values in help ("--out PATH") → ours.
METAVARS = {
    "PATH": "SÖKVÄG",
    "FILE": "FIL",
    "DIRECTORY": "MAPP",
    "FILENAME": "FIL",
    "INTEGER": "HELTAL",
    "INTEGER RANGE": "HELTAL",
    "FLOAT": "TAL",
    "FLOAT RANGE": "TAL",
}
# click's number types name themselves in "… is not a valid integer."
NUMBER_TYPES = {"integer": "heltal", "float": "tal"}

MODULES = (
    "click.core",
    "click.decorators",
    "click.exceptions",
    "click.formatting",
    "click.parser",
    "click.termui",
    "click.types",
)


def gettext(message: str) -> str:
    return CATALOGUE.get(message, message)


def ngettext(singular: str, plural: str, count: int) -> str:
    ours = PLURALS.get((singular, plural))
    if ours is None:
        return singular if count == 1 else plural
    return ours[0] if count == 1 else ours[1]


def install() -> None:
    """Point click's message lookups at the catalogue (idempotent)."""
    for name in MODULES:
        module = importlib.import_module(name)
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]
    for type_class in (click.types.IntParamType, click.types.FloatParamType):
        type_class.name = NUMBER_TYPES.get(type_class.name, type_class.name)


def swedish_help(command: click.Command) -> None:
    """The placeholders of `command`'s help in Swedish, down the tree."""
    command.options_metavar = "[FLAGGOR]"
    if isinstance(command, click.Group) and command.subcommand_metavar:
        command.subcommand_metavar = command.subcommand_metavar.replace(
            "COMMAND", "KOMMANDO"
        ).replace("ARGS", "ARGUMENT")
    for param in command.params:
        if isinstance(param, click.Option) and param.metavar is None and not param.is_flag:
            ctx = click.Context(command)
            metavar = param.type.get_metavar(param, ctx) or param.type.name.upper()
            param.metavar = METAVARS.get(metavar, metavar)
    for child in getattr(command, "commands", {}).values():
        swedish_help(child)
