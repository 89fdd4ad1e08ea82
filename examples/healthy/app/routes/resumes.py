import os

from flask import Blueprint, abort, current_app, jsonify, request

from ..extensions import db, limiter
from ..models import Resume
from ..tasks import parse_resume
from ..uploads import storage_name

resumes_bp = Blueprint("resumes", __name__)


@resumes_bp.post("/")
@limiter.limit("10 per minute")
def upload_resume():
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        abort(400, description="a file field named 'file' is required")
    stored = storage_name(upload.filename, current_app.config["ALLOWED_EXTENSIONS"])
    if stored is None:
        abort(400, description="allowed file types: pdf, doc, docx, png, jpg, jpeg")
    upload.save(os.path.join(current_app.config["UPLOAD_FOLDER"], stored))

    resume = Resume(
        user_id=int(request.form.get("user_id", 1)),
        filename=stored,
        original_filename=upload.filename,
        status="uploaded",
    )
    db.session.add(resume)
    db.session.commit()
    parse_resume.delay(resume.id)
    return jsonify(id=resume.id, filename=stored, original_filename=upload.filename, status=resume.status), 201


@resumes_bp.get("/<int:resume_id>")
def get_resume(resume_id: int):
    resume = db.get_or_404(Resume, resume_id)
    return jsonify(
        id=resume.id,
        original_filename=resume.original_filename,
        status=resume.status,
        skills=resume.skills or {},
    )
