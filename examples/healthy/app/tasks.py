import os

from celery import Celery

celery = Celery(__name__, broker=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))


@celery.task(bind=True, max_retries=3)
def parse_resume(self, resume_id: int) -> None:
    # Heavy imports stay inside the task so the web workers do not load OpenCV.
    import cv2
    import docx
    import numpy as np
    import pytesseract

    from . import create_app
    from .extensions import db
    from .models import Resume

    app = create_app()
    with app.app_context():
        resume = db.session.get(Resume, resume_id)
        if resume is None:
            return
        resume.status = "processing"
        db.session.commit()
        path = os.path.join(app.config["UPLOAD_FOLDER"], resume.filename)
        try:
            if path.endswith(".docx"):
                text = "\n".join(p.text for p in docx.Document(path).paragraphs)
            else:
                image = cv2.imread(path, cv2.IMREAD_GRAYSCALE)
                image = cv2.threshold(image, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)[1]
                text = pytesseract.image_to_string(np.asarray(image))
            resume.parsed_text = text
            resume.skills = {"words": len(text.split())}
            resume.status = "processed"
        except Exception as exc:  # noqa: BLE001
            resume.status = "failed"
            raise self.retry(exc=exc, countdown=30)
        finally:
            db.session.commit()
