import os
import uuid

from werkzeug.utils import secure_filename


def storage_name(original: str, allowed: set[str]) -> str | None:
    """A safe name to store an upload under, keeping its extension.

    secure_filename() drops every non-ASCII character, so secure_filename("陈熙蕾.docx") == "docx":
    the extension becomes the whole name. Take the extension from the original name first, then
    make only that part safe, and name the file by a UUID.
    """
    _stem, ext = os.path.splitext(original)
    ext = secure_filename(ext.lstrip(".")).lower()
    if ext not in allowed:
        return None
    return f"{uuid.uuid4().hex}.{ext}"
