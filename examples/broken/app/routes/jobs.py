from flask import Blueprint, abort, jsonify, request

from ..extensions import db
from ..models import Job

jobs_bp = Blueprint("jobs", __name__)


@jobs_bp.get("/")
def list_jobs():
    jobs = db.session.execute(db.select(Job).order_by(Job.created_at.desc())).scalars()
    return jsonify([
        {
            "id": job.id,
            "title": job.title,
            "responsibilities": job.responsibilities,
            "projects": job.projects or [],
        }
        for job in jobs
    ])


@jobs_bp.post("/")
def create_job():
    payload = request.get_json(silent=True) or {}
    if not payload.get("title") or not payload.get("description"):
        abort(400, description="title and description are required")
    job = Job(
        title=payload["title"],
        description=payload["description"],
        responsibilities=payload.get("responsibilities"),
        requirements=payload.get("requirements"),
        projects=payload.get("projects", []),
    )
    db.session.add(job)
    db.session.commit()
    return jsonify(id=job.id), 201
