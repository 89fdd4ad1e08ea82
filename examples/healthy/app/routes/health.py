from flask import Blueprint, jsonify
from sqlalchemy import text

from ..extensions import db

health_bp = Blueprint("health", __name__)


@health_bp.get("/healthz")
def healthz():
    """Liveness and database reachability, for Docker's HEALTHCHECK and post-deploy checks."""
    try:
        db.session.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - report any database failure as unhealthy
        return jsonify(status="unhealthy", database=str(exc.__class__.__name__)), 503
    return jsonify(status="ok", database="ok")
