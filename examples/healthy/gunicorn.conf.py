# Two workers fit a 1 GB host next to MySQL, Redis and a Celery worker.
bind = "0.0.0.0:8000"
workers = 2
threads = 2
timeout = 60
accesslog = "-"
