"""Resume screening service: upload resumes, parse them in Celery, match them to jobs."""
import os

from flask import Flask

from .config import Config
from .extensions import db, limiter
from .routes.health import health_bp
from .routes.jobs import jobs_bp
from .routes.resumes import resumes_bp


def create_app(config_class=Config):
    app = Flask(__name__)
    app.config.from_object(config_class)

    db.init_app(app)
    limiter.init_app(app)
    os.makedirs(app.config["UPLOAD_FOLDER"], exist_ok=True)

    app.register_blueprint(health_bp)
    app.register_blueprint(resumes_bp, url_prefix="/api/resumes")
    app.register_blueprint(jobs_bp, url_prefix="/api/jobs")
    return app
