import { describe, expect, it } from 'vitest';
import { matchesRoute, scanRoutes } from './routes.js';

const factory = {
  file: 'app/__init__.py',
  text: `from flask import Flask
from .routes.health import health_bp
from .routes.resumes import resumes_bp

def create_app():
    app = Flask(__name__)
    app.register_blueprint(health_bp)
    app.register_blueprint(resumes_bp, url_prefix="/api/resumes")
    return app
`,
};
const health = {
  file: 'app/routes/health.py',
  text: `from flask import Blueprint
health_bp = Blueprint("health", __name__)

@health_bp.get("/healthz")
def healthz():
    return "ok"
`,
};
const resumes = {
  file: 'app/routes/resumes.py',
  text: `from flask import Blueprint
resumes_bp = Blueprint("resumes", __name__, url_prefix="/ignored")

@resumes_bp.route("/<int:resume_id>", methods=["GET"])
def show(resume_id):
    pass

# @resumes_bp.route("/commented-out")
@resumes_bp.post("")
def upload():
    pass
`,
};

describe('route scan', () => {
  it('reads Flask blueprints and their registered prefixes', () => {
    const scan = scanRoutes([factory, health, resumes]);
    expect(scan.framework).toBe('flask');
    expect(scan.confident).toBe(true);
    expect(scan.routes.map((r) => r.path).sort()).toEqual([
      '/api/resumes',
      '/api/resumes/<int:resume_id>',
      '/healthz',
    ]);
    expect(matchesRoute('/healthz', scan.routes)?.file).toBe('app/routes/health.py');
    expect(matchesRoute('/api/resumes/42', scan.routes)?.line).toBe(4);
    expect(matchesRoute('/health', scan.routes)).toBeUndefined();
    expect(matchesRoute('/healthz?full=1', scan.routes)).toBeDefined();
  });

  it('reads FastAPI routers with prefixes', () => {
    const scan = scanRoutes([
      {
        file: 'main.py',
        text: `from fastapi import FastAPI, APIRouter
app = FastAPI()
router = APIRouter(prefix="/items")

@router.get("/{item_id}")
def item(item_id: int): ...

@app.get("/health")
def health(): ...

app.include_router(router, prefix="/api")
`,
      },
    ]);
    expect(scan.confident).toBe(true);
    expect(scan.routes.map((r) => r.path).sort()).toEqual(['/api/items/{item_id}', '/health']);
    expect(matchesRoute('/api/items/7', scan.routes)).toBeDefined();
  });

  it('is not confident about computed paths or blueprints it cannot tie to the app', () => {
    expect(
      scanRoutes([
        {
          file: 'a.py',
          text: 'from flask import Flask\napp = Flask(__name__)\n@app.route(PATH)\ndef x(): ...\n',
        },
      ]).confident,
    ).toBe(false);
    expect(scanRoutes([health]).confident).toBe(false);
    expect(scanRoutes([{ file: 'x.py', text: 'print(1)\n' }]).confident).toBe(false);
  });
});
