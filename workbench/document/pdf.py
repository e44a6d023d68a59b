""".docx → PDF through LibreOffice headless: tagged, PDF/A-2b, with title and language.

Public bodies must publish accessible documents (lag 2018:1937 om tillgänglighet till digital
offentlig service), so the PDF is tagged (its headings and lists become a structure tree) and
archival (PDF/A-2b); its title and language come from the .docx's properties. LibreOffice runs
with a profile of its own under the data directory, so a LibreOffice the user has open is not
disturbed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from workbench import paths
from workbench.document.files import ExportError

DEBIAN_PACKAGE = "libreoffice-writer"
TIMEOUT_SECONDS = 180

# writer_pdf_Export's options (LibreOffice 7.4 and later take them as JSON).
PDF_OPTIONS = {
    "SelectPdfVersion": {"type": "long", "value": "2"},  # PDF/A-2b
    "UseTaggedPDF": {"type": "boolean", "value": "true"},
    "DisplayPDFDocumentTitle": {"type": "boolean", "value": "true"},
    "ExportBookmarks": {"type": "boolean", "value": "true"},
}


def soffice() -> str | None:
    """The LibreOffice program, when installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def require_soffice() -> str:
    program = soffice()
    if program is None:
        raise ExportError(
            "PDF kräver LibreOffice, som inte är installerat; installera paketet"
            f" {DEBIAN_PACKAGE} (sudo apt install {DEBIAN_PACKAGE}) eller exportera som docx."
        )
    return program


def convert_to_pdf(documents: list[Path], folder: Path) -> list[Path]:
    """Convert .docx files to PDFs in `folder` (one LibreOffice run); return the PDFs."""
    program = require_soffice()
    folder.mkdir(parents=True, exist_ok=True)
    profile = paths.data_dir() / "libreoffice-profile"
    command = [
        program,
        f"-env:UserInstallation={profile.resolve().as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "pdf:writer_pdf_Export:" + json.dumps(PDF_OPTIONS, separators=(",", ":")),
        "--outdir",
        str(folder),
        *(str(path) for path in documents),
    ]
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as exc:
        raise ExportError(
            f"LibreOffice blev inte klart inom {TIMEOUT_SECONDS} sekunder; ingen PDF skrevs."
        ) from exc
    except OSError as exc:
        raise ExportError(f"LibreOffice kunde inte startas: {exc.strerror}.") from exc
    made = [folder / f"{path.stem}.pdf" for path in documents]
    missing = [path for path in made if not path.is_file()]
    if missing:
        detail = " ".join((done.stderr or done.stdout or "").split())[:300]
        raise ExportError(
            f"LibreOffice kunde inte göra PDF av {missing[0].stem}.docx"
            + (f" ({detail})." if detail else ".")
        )
    return made
