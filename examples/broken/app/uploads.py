import os

from werkzeug.utils import secure_filename


def storage_name(original: str, allowed: set[str]) -> str | None:
    """A safe name to store an upload under."""
    # secure_filename() drops every non-ASCII character: secure_filename("陈熙蕾.docx") == "docx",
    # so the "extension" below is the whole name and Chinese resumes are rejected or saved without one.
    name = secure_filename(original)
    ext = name.rsplit(".", 1)[1].lower() if "." in name else ""
    if ext not in allowed:
        return None
    return name
