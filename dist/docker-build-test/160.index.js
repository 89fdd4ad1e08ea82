export const id = 160;
export const ids = [160];
export const modules = {

/***/ 160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  thirdPartyImports: () => (/* binding */ thirdPartyImports)
});

// UNUSED EXPORTS: DEFAULT_PYTHON, isPinned, lintRequirements

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(8898);
// EXTERNAL MODULE: ./src/docker/dockerfile-model.ts
var dockerfile_model = __webpack_require__(5020);
// EXTERNAL MODULE: ./src/report/report.ts
var report = __webpack_require__(8850);
;// CONCATENATED MODULE: ./src/requirements/data/implicit-use.json
const implicit_use_namespaceObject = {};
;// CONCATENATED MODULE: ./src/requirements/data/import-map.json
const import_map_namespaceObject = /*#__PURE__*/JSON.parse('{"j":[{"import":"cv2","distributions":["opencv-python","opencv-python-headless","opencv-contrib-python","opencv-contrib-python-headless"],"source":"https://pypi.org/project/opencv-python/"},{"import":"PIL","distributions":["Pillow","pillow-simd"],"source":"https://pypi.org/project/Pillow/"},{"import":"yaml","distributions":["PyYAML"],"source":"https://pypi.org/project/PyYAML/"},{"import":"sklearn","distributions":["scikit-learn"],"source":"https://pypi.org/project/scikit-learn/"},{"import":"skimage","distributions":["scikit-image"],"source":"https://pypi.org/project/scikit-image/"},{"import":"MySQLdb","distributions":["mysqlclient"],"source":"https://pypi.org/project/mysqlclient/"},{"import":"pymysql","distributions":["PyMySQL"],"source":"https://pypi.org/project/PyMySQL/"},{"import":"psycopg2","distributions":["psycopg2-binary","psycopg2"],"source":"https://pypi.org/project/psycopg2-binary/"},{"import":"psycopg","distributions":["psycopg","psycopg-binary"],"source":"https://pypi.org/project/psycopg/"},{"import":"jwt","distributions":["PyJWT"],"source":"https://pypi.org/project/PyJWT/"},{"import":"dateutil","distributions":["python-dateutil"],"source":"https://pypi.org/project/python-dateutil/"},{"import":"dotenv","distributions":["python-dotenv"],"source":"https://pypi.org/project/python-dotenv/"},{"import":"bs4","distributions":["beautifulsoup4"],"source":"https://pypi.org/project/beautifulsoup4/"},{"import":"docx","distributions":["python-docx"],"source":"https://pypi.org/project/python-docx/"},{"import":"pptx","distributions":["python-pptx"],"source":"https://pypi.org/project/python-pptx/"},{"import":"fitz","distributions":["PyMuPDF"],"source":"https://pypi.org/project/PyMuPDF/"},{"import":"pymupdf","distributions":["PyMuPDF"],"source":"https://pypi.org/project/PyMuPDF/"},{"import":"magic","distributions":["python-magic"],"source":"https://pypi.org/project/python-magic/"},{"import":"jose","distributions":["python-jose"],"source":"https://pypi.org/project/python-jose/"},{"import":"Crypto","distributions":["pycryptodome","pycrypto"],"source":"https://pypi.org/project/pycryptodome/"},{"import":"Cryptodome","distributions":["pycryptodomex"],"source":"https://pypi.org/project/pycryptodomex/"},{"import":"OpenSSL","distributions":["pyOpenSSL"],"source":"https://pypi.org/project/pyOpenSSL/"},{"import":"google.protobuf","distributions":["protobuf"],"source":"https://pypi.org/project/protobuf/"},{"import":"google.cloud.storage","distributions":["google-cloud-storage"],"source":"https://pypi.org/project/google-cloud-storage/"},{"import":"google.cloud.bigquery","distributions":["google-cloud-bigquery"],"source":"https://pypi.org/project/google-cloud-bigquery/"},{"import":"google.cloud.pubsub","distributions":["google-cloud-pubsub"],"source":"https://pypi.org/project/google-cloud-pubsub/"},{"import":"google.oauth2","distributions":["google-auth"],"source":"https://pypi.org/project/google-auth/"},{"import":"google.auth","distributions":["google-auth"],"source":"https://pypi.org/project/google-auth/"},{"import":"googleapiclient","distributions":["google-api-python-client"],"source":"https://pypi.org/project/google-api-python-client/"},{"import":"google.generativeai","distributions":["google-generativeai"],"source":"https://pypi.org/project/google-generativeai/"},{"import":"grpc","distributions":["grpcio"],"source":"https://pypi.org/project/grpcio/"},{"import":"attr","distributions":["attrs"],"source":"https://pypi.org/project/attrs/"},{"import":"attrs","distributions":["attrs"],"source":"https://pypi.org/project/attrs/"},{"import":"pkg_resources","distributions":["setuptools"],"source":"https://pypi.org/project/setuptools/"},{"import":"setuptools","distributions":["setuptools"],"source":"https://pypi.org/project/setuptools/"},{"import":"zmq","distributions":["pyzmq"],"source":"https://pypi.org/project/pyzmq/"},{"import":"serial","distributions":["pyserial"],"source":"https://pypi.org/project/pyserial/"},{"import":"usb","distributions":["pyusb"],"source":"https://pypi.org/project/pyusb/"},{"import":"flask_sqlalchemy","distributions":["Flask-SQLAlchemy"],"source":"https://pypi.org/project/Flask-SQLAlchemy/"},{"import":"flask_migrate","distributions":["Flask-Migrate"],"source":"https://pypi.org/project/Flask-Migrate/"},{"import":"flask_limiter","distributions":["Flask-Limiter"],"source":"https://pypi.org/project/Flask-Limiter/"},{"import":"flask_login","distributions":["Flask-Login"],"source":"https://pypi.org/project/Flask-Login/"},{"import":"flask_wtf","distributions":["Flask-WTF"],"source":"https://pypi.org/project/Flask-WTF/"},{"import":"flask_cors","distributions":["Flask-Cors"],"source":"https://pypi.org/project/Flask-Cors/"},{"import":"flask_caching","distributions":["Flask-Caching"],"source":"https://pypi.org/project/Flask-Caching/"},{"import":"flask_mail","distributions":["Flask-Mail"],"source":"https://pypi.org/project/Flask-Mail/"},{"import":"flask_restful","distributions":["Flask-RESTful"],"source":"https://pypi.org/project/Flask-RESTful/"},{"import":"flask_restx","distributions":["flask-restx"],"source":"https://pypi.org/project/flask-restx/"},{"import":"flask_jwt_extended","distributions":["Flask-JWT-Extended"],"source":"https://pypi.org/project/Flask-JWT-Extended/"},{"import":"flask_marshmallow","distributions":["flask-marshmallow"],"source":"https://pypi.org/project/flask-marshmallow/"},{"import":"flask_bcrypt","distributions":["Flask-Bcrypt"],"source":"https://pypi.org/project/Flask-Bcrypt/"},{"import":"flask_socketio","distributions":["Flask-SocketIO"],"source":"https://pypi.org/project/Flask-SocketIO/"},{"import":"flask_babel","distributions":["flask-babel"],"source":"https://pypi.org/project/flask-babel/"},{"import":"flask_session","distributions":["Flask-Session"],"source":"https://pypi.org/project/Flask-Session/"},{"import":"flask_admin","distributions":["Flask-Admin"],"source":"https://pypi.org/project/Flask-Admin/"},{"import":"flask_compress","distributions":["Flask-Compress"],"source":"https://pypi.org/project/Flask-Compress/"},{"import":"flask_talisman","distributions":["flask-talisman"],"source":"https://pypi.org/project/flask-talisman/"},{"import":"flask_smorest","distributions":["flask-smorest"],"source":"https://pypi.org/project/flask-smorest/"},{"import":"flask_apscheduler","distributions":["Flask-APScheduler"],"source":"https://pypi.org/project/Flask-APScheduler/"},{"import":"flask_redis","distributions":["flask-redis"],"source":"https://pypi.org/project/flask-redis/"},{"import":"flask_debugtoolbar","distributions":["Flask-DebugToolbar"],"source":"https://pypi.org/project/Flask-DebugToolbar/"},{"import":"flask_httpauth","distributions":["Flask-HTTPAuth"],"source":"https://pypi.org/project/Flask-HTTPAuth/"},{"import":"flask_principal","distributions":["Flask-Principal"],"source":"https://pypi.org/project/Flask-Principal/"},{"import":"flask_security","distributions":["Flask-Security-Too"],"source":"https://pypi.org/project/Flask-Security-Too/"},{"import":"flask_uploads","distributions":["Flask-Uploads"],"source":"https://pypi.org/project/Flask-Uploads/"},{"import":"flask_seasurf","distributions":["Flask-SeaSurf"],"source":"https://pypi.org/project/Flask-SeaSurf/"},{"import":"flask_assets","distributions":["Flask-Assets"],"source":"https://pypi.org/project/Flask-Assets/"},{"import":"flask_moment","distributions":["Flask-Moment"],"source":"https://pypi.org/project/Flask-Moment/"},{"import":"flask_bootstrap","distributions":["Bootstrap-Flask","Flask-Bootstrap"],"source":"https://pypi.org/project/Bootstrap-Flask/"},{"import":"flask_pymongo","distributions":["Flask-PyMongo"],"source":"https://pypi.org/project/Flask-PyMongo/"},{"import":"flask_sock","distributions":["flask-sock"],"source":"https://pypi.org/project/flask-sock/"},{"import":"flask_executor","distributions":["Flask-Executor"],"source":"https://pypi.org/project/Flask-Executor/"},{"import":"flask_injector","distributions":["Flask-Injector"],"source":"https://pypi.org/project/Flask-Injector/"},{"import":"flask_openapi3","distributions":["flask-openapi3"],"source":"https://pypi.org/project/flask-openapi3/"},{"import":"flasgger","distributions":["flasgger"],"source":"https://pypi.org/project/flasgger/"},{"import":"flask","distributions":["Flask"],"source":"https://pypi.org/project/Flask/"},{"import":"werkzeug","distributions":["Werkzeug"],"source":"https://pypi.org/project/Werkzeug/"},{"import":"jinja2","distributions":["Jinja2"],"source":"https://pypi.org/project/Jinja2/"},{"import":"markupsafe","distributions":["MarkupSafe"],"source":"https://pypi.org/project/MarkupSafe/"},{"import":"itsdangerous","distributions":["itsdangerous"],"source":"https://pypi.org/project/itsdangerous/"},{"import":"click","distributions":["click"],"source":"https://pypi.org/project/click/"},{"import":"sqlalchemy","distributions":["SQLAlchemy"],"source":"https://pypi.org/project/SQLAlchemy/"},{"import":"sqlalchemy_utils","distributions":["SQLAlchemy-Utils"],"source":"https://pypi.org/project/SQLAlchemy-Utils/"},{"import":"sqlalchemy_serializer","distributions":["SQLAlchemy-serializer"],"source":"https://pypi.org/project/SQLAlchemy-serializer/"},{"import":"alembic","distributions":["alembic"],"source":"https://pypi.org/project/alembic/"},{"import":"marshmallow","distributions":["marshmallow"],"source":"https://pypi.org/project/marshmallow/"},{"import":"marshmallow_sqlalchemy","distributions":["marshmallow-sqlalchemy"],"source":"https://pypi.org/project/marshmallow-sqlalchemy/"},{"import":"marshmallow_enum","distributions":["marshmallow-enum"],"source":"https://pypi.org/project/marshmallow-enum/"},{"import":"wtforms","distributions":["WTForms"],"source":"https://pypi.org/project/WTForms/"},{"import":"email_validator","distributions":["email-validator"],"source":"https://pypi.org/project/email-validator/"},{"import":"celery","distributions":["celery"],"source":"https://pypi.org/project/celery/"},{"import":"kombu","distributions":["kombu"],"source":"https://pypi.org/project/kombu/"},{"import":"billiard","distributions":["billiard"],"source":"https://pypi.org/project/billiard/"},{"import":"redis","distributions":["redis"],"source":"https://pypi.org/project/redis/"},{"import":"rq","distributions":["rq"],"source":"https://pypi.org/project/rq/"},{"import":"rq_scheduler","distributions":["rq-scheduler"],"source":"https://pypi.org/project/rq-scheduler/"},{"import":"huey","distributions":["huey"],"source":"https://pypi.org/project/huey/"},{"import":"dramatiq","distributions":["dramatiq"],"source":"https://pypi.org/project/dramatiq/"},{"import":"apscheduler","distributions":["APScheduler"],"source":"https://pypi.org/project/APScheduler/"},{"import":"gunicorn","distributions":["gunicorn"],"source":"https://pypi.org/project/gunicorn/"},{"import":"uwsgi","distributions":["uWSGI"],"source":"https://pypi.org/project/uWSGI/"},{"import":"waitress","distributions":["waitress"],"source":"https://pypi.org/project/waitress/"},{"import":"gevent","distributions":["gevent"],"source":"https://pypi.org/project/gevent/"},{"import":"eventlet","distributions":["eventlet"],"source":"https://pypi.org/project/eventlet/"},{"import":"greenlet","distributions":["greenlet"],"source":"https://pypi.org/project/greenlet/"},{"import":"uvicorn","distributions":["uvicorn"],"source":"https://pypi.org/project/uvicorn/"},{"import":"hypercorn","distributions":["hypercorn"],"source":"https://pypi.org/project/hypercorn/"},{"import":"fastapi","distributions":["fastapi"],"source":"https://pypi.org/project/fastapi/"},{"import":"starlette","distributions":["starlette"],"source":"https://pypi.org/project/starlette/"},{"import":"pydantic","distributions":["pydantic"],"source":"https://pypi.org/project/pydantic/"},{"import":"pydantic_settings","distributions":["pydantic-settings"],"source":"https://pypi.org/project/pydantic-settings/"},{"import":"pydantic_core","distributions":["pydantic-core"],"source":"https://pypi.org/project/pydantic-core/"},{"import":"django","distributions":["Django"],"source":"https://pypi.org/project/Django/"},{"import":"rest_framework","distributions":["djangorestframework"],"source":"https://pypi.org/project/djangorestframework/"},{"import":"corsheaders","distributions":["django-cors-headers"],"source":"https://pypi.org/project/django-cors-headers/"},{"import":"django_filters","distributions":["django-filter"],"source":"https://pypi.org/project/django-filter/"},{"import":"environ","distributions":["django-environ"],"source":"https://pypi.org/project/django-environ/"},{"import":"storages","distributions":["django-storages"],"source":"https://pypi.org/project/django-storages/"},{"import":"debug_toolbar","distributions":["django-debug-toolbar"],"source":"https://pypi.org/project/django-debug-toolbar/"},{"import":"crispy_forms","distributions":["django-crispy-forms"],"source":"https://pypi.org/project/django-crispy-forms/"},{"import":"channels","distributions":["channels"],"source":"https://pypi.org/project/channels/"},{"import":"requests","distributions":["requests"],"source":"https://pypi.org/project/requests/"},{"import":"requests_toolbelt","distributions":["requests-toolbelt"],"source":"https://pypi.org/project/requests-toolbelt/"},{"import":"requests_oauthlib","distributions":["requests-oauthlib"],"source":"https://pypi.org/project/requests-oauthlib/"},{"import":"oauthlib","distributions":["oauthlib"],"source":"https://pypi.org/project/oauthlib/"},{"import":"httpx","distributions":["httpx"],"source":"https://pypi.org/project/httpx/"},{"import":"httpcore","distributions":["httpcore"],"source":"https://pypi.org/project/httpcore/"},{"import":"aiohttp","distributions":["aiohttp"],"source":"https://pypi.org/project/aiohttp/"},{"import":"urllib3","distributions":["urllib3"],"source":"https://pypi.org/project/urllib3/"},{"import":"certifi","distributions":["certifi"],"source":"https://pypi.org/project/certifi/"},{"import":"charset_normalizer","distributions":["charset-normalizer"],"source":"https://pypi.org/project/charset-normalizer/"},{"import":"chardet","distributions":["chardet"],"source":"https://pypi.org/project/chardet/"},{"import":"idna","distributions":["idna"],"source":"https://pypi.org/project/idna/"},{"import":"websocket","distributions":["websocket-client"],"source":"https://pypi.org/project/websocket-client/"},{"import":"websockets","distributions":["websockets"],"source":"https://pypi.org/project/websockets/"},{"import":"socketio","distributions":["python-socketio"],"source":"https://pypi.org/project/python-socketio/"},{"import":"engineio","distributions":["python-engineio"],"source":"https://pypi.org/project/python-engineio/"},{"import":"boto3","distributions":["boto3"],"source":"https://pypi.org/project/boto3/"},{"import":"botocore","distributions":["botocore"],"source":"https://pypi.org/project/botocore/"},{"import":"s3transfer","distributions":["s3transfer"],"source":"https://pypi.org/project/s3transfer/"},{"import":"aiobotocore","distributions":["aiobotocore"],"source":"https://pypi.org/project/aiobotocore/"},{"import":"azure.storage.blob","distributions":["azure-storage-blob"],"source":"https://pypi.org/project/azure-storage-blob/"},{"import":"azure.identity","distributions":["azure-identity"],"source":"https://pypi.org/project/azure-identity/"},{"import":"numpy","distributions":["numpy"],"source":"https://pypi.org/project/numpy/"},{"import":"pandas","distributions":["pandas"],"source":"https://pypi.org/project/pandas/"},{"import":"scipy","distributions":["scipy"],"source":"https://pypi.org/project/scipy/"},{"import":"matplotlib","distributions":["matplotlib"],"source":"https://pypi.org/project/matplotlib/"},{"import":"mpl_toolkits","distributions":["matplotlib"],"source":"https://pypi.org/project/matplotlib/"},{"import":"seaborn","distributions":["seaborn"],"source":"https://pypi.org/project/seaborn/"},{"import":"plotly","distributions":["plotly"],"source":"https://pypi.org/project/plotly/"},{"import":"statsmodels","distributions":["statsmodels"],"source":"https://pypi.org/project/statsmodels/"},{"import":"sympy","distributions":["sympy"],"source":"https://pypi.org/project/sympy/"},{"import":"networkx","distributions":["networkx"],"source":"https://pypi.org/project/networkx/"},{"import":"numba","distributions":["numba"],"source":"https://pypi.org/project/numba/"},{"import":"llvmlite","distributions":["llvmlite"],"source":"https://pypi.org/project/llvmlite/"},{"import":"pyarrow","distributions":["pyarrow"],"source":"https://pypi.org/project/pyarrow/"},{"import":"polars","distributions":["polars"],"source":"https://pypi.org/project/polars/"},{"import":"h5py","distributions":["h5py"],"source":"https://pypi.org/project/h5py/"},{"import":"tables","distributions":["tables"],"source":"https://pypi.org/project/tables/"},{"import":"openpyxl","distributions":["openpyxl"],"source":"https://pypi.org/project/openpyxl/"},{"import":"xlrd","distributions":["xlrd"],"source":"https://pypi.org/project/xlrd/"},{"import":"xlwt","distributions":["xlwt"],"source":"https://pypi.org/project/xlwt/"},{"import":"xlsxwriter","distributions":["XlsxWriter"],"source":"https://pypi.org/project/XlsxWriter/"},{"import":"docx2txt","distributions":["docx2txt"],"source":"https://pypi.org/project/docx2txt/"},{"import":"pdfminer","distributions":["pdfminer.six"],"source":"https://pypi.org/project/pdfminer.six/"},{"import":"pdfplumber","distributions":["pdfplumber"],"source":"https://pypi.org/project/pdfplumber/"},{"import":"PyPDF2","distributions":["PyPDF2"],"source":"https://pypi.org/project/PyPDF2/"},{"import":"pypdf","distributions":["pypdf"],"source":"https://pypi.org/project/pypdf/"},{"import":"pdf2image","distributions":["pdf2image"],"source":"https://pypi.org/project/pdf2image/"},{"import":"reportlab","distributions":["reportlab"],"source":"https://pypi.org/project/reportlab/"},{"import":"weasyprint","distributions":["weasyprint"],"source":"https://pypi.org/project/weasyprint/"},{"import":"xhtml2pdf","distributions":["xhtml2pdf"],"source":"https://pypi.org/project/xhtml2pdf/"},{"import":"pdfkit","distributions":["pdfkit"],"source":"https://pypi.org/project/pdfkit/"},{"import":"camelot","distributions":["camelot-py"],"source":"https://pypi.org/project/camelot-py/"},{"import":"tabula","distributions":["tabula-py"],"source":"https://pypi.org/project/tabula-py/"},{"import":"pytesseract","distributions":["pytesseract"],"source":"https://pypi.org/project/pytesseract/"},{"import":"easyocr","distributions":["easyocr"],"source":"https://pypi.org/project/easyocr/"},{"import":"paddleocr","distributions":["paddleocr"],"source":"https://pypi.org/project/paddleocr/"},{"import":"torch","distributions":["torch"],"source":"https://pypi.org/project/torch/"},{"import":"torchvision","distributions":["torchvision"],"source":"https://pypi.org/project/torchvision/"},{"import":"torchaudio","distributions":["torchaudio"],"source":"https://pypi.org/project/torchaudio/"},{"import":"tensorflow","distributions":["tensorflow","tensorflow-cpu"],"source":"https://pypi.org/project/tensorflow/"},{"import":"keras","distributions":["keras"],"source":"https://pypi.org/project/keras/"},{"import":"transformers","distributions":["transformers"],"source":"https://pypi.org/project/transformers/"},{"import":"tokenizers","distributions":["tokenizers"],"source":"https://pypi.org/project/tokenizers/"},{"import":"sentence_transformers","distributions":["sentence-transformers"],"source":"https://pypi.org/project/sentence-transformers/"},{"import":"huggingface_hub","distributions":["huggingface-hub"],"source":"https://pypi.org/project/huggingface-hub/"},{"import":"datasets","distributions":["datasets"],"source":"https://pypi.org/project/datasets/"},{"import":"accelerate","distributions":["accelerate"],"source":"https://pypi.org/project/accelerate/"},{"import":"safetensors","distributions":["safetensors"],"source":"https://pypi.org/project/safetensors/"},{"import":"onnxruntime","distributions":["onnxruntime","onnxruntime-gpu"],"source":"https://pypi.org/project/onnxruntime/"},{"import":"onnx","distributions":["onnx"],"source":"https://pypi.org/project/onnx/"},{"import":"xgboost","distributions":["xgboost"],"source":"https://pypi.org/project/xgboost/"},{"import":"lightgbm","distributions":["lightgbm"],"source":"https://pypi.org/project/lightgbm/"},{"import":"catboost","distributions":["catboost"],"source":"https://pypi.org/project/catboost/"},{"import":"joblib","distributions":["joblib"],"source":"https://pypi.org/project/joblib/"},{"import":"tqdm","distributions":["tqdm"],"source":"https://pypi.org/project/tqdm/"},{"import":"spacy","distributions":["spacy"],"source":"https://pypi.org/project/spacy/"},{"import":"nltk","distributions":["nltk"],"source":"https://pypi.org/project/nltk/"},{"import":"gensim","distributions":["gensim"],"source":"https://pypi.org/project/gensim/"},{"import":"jieba","distributions":["jieba"],"source":"https://pypi.org/project/jieba/"},{"import":"langchain","distributions":["langchain"],"source":"https://pypi.org/project/langchain/"},{"import":"langchain_core","distributions":["langchain-core"],"source":"https://pypi.org/project/langchain-core/"},{"import":"langchain_community","distributions":["langchain-community"],"source":"https://pypi.org/project/langchain-community/"},{"import":"langchain_openai","distributions":["langchain-openai"],"source":"https://pypi.org/project/langchain-openai/"},{"import":"openai","distributions":["openai"],"source":"https://pypi.org/project/openai/"},{"import":"anthropic","distributions":["anthropic"],"source":"https://pypi.org/project/anthropic/"},{"import":"tiktoken","distributions":["tiktoken"],"source":"https://pypi.org/project/tiktoken/"},{"import":"faiss","distributions":["faiss-cpu","faiss-gpu"],"source":"https://pypi.org/project/faiss-cpu/"},{"import":"chromadb","distributions":["chromadb"],"source":"https://pypi.org/project/chromadb/"},{"import":"whisper","distributions":["openai-whisper"],"source":"https://pypi.org/project/openai-whisper/"},{"import":"whisper_timestamped","distributions":["whisper-timestamped"],"source":"https://pypi.org/project/whisper-timestamped/"},{"import":"pyaudio","distributions":["PyAudio"],"source":"https://pypi.org/project/PyAudio/"},{"import":"sounddevice","distributions":["sounddevice"],"source":"https://pypi.org/project/sounddevice/"},{"import":"soundfile","distributions":["SoundFile"],"source":"https://pypi.org/project/SoundFile/"},{"import":"librosa","distributions":["librosa"],"source":"https://pypi.org/project/librosa/"},{"import":"pydub","distributions":["pydub"],"source":"https://pypi.org/project/pydub/"},{"import":"speech_recognition","distributions":["SpeechRecognition"],"source":"https://pypi.org/project/SpeechRecognition/"},{"import":"pyttsx3","distributions":["pyttsx3"],"source":"https://pypi.org/project/pyttsx3/"},{"import":"gtts","distributions":["gTTS"],"source":"https://pypi.org/project/gTTS/"},{"import":"vosk","distributions":["vosk"],"source":"https://pypi.org/project/vosk/"},{"import":"webrtcvad","distributions":["webrtcvad"],"source":"https://pypi.org/project/webrtcvad/"},{"import":"imageio","distributions":["imageio"],"source":"https://pypi.org/project/imageio/"},{"import":"moviepy","distributions":["moviepy"],"source":"https://pypi.org/project/moviepy/"},{"import":"ffmpeg","distributions":["ffmpeg-python"],"source":"https://pypi.org/project/ffmpeg-python/"},{"import":"av","distributions":["av"],"source":"https://pypi.org/project/av/"},{"import":"face_recognition","distributions":["face-recognition"],"source":"https://pypi.org/project/face-recognition/"},{"import":"dlib","distributions":["dlib"],"source":"https://pypi.org/project/dlib/"},{"import":"mediapipe","distributions":["mediapipe"],"source":"https://pypi.org/project/mediapipe/"},{"import":"ultralytics","distributions":["ultralytics"],"source":"https://pypi.org/project/ultralytics/"},{"import":"qrcode","distributions":["qrcode"],"source":"https://pypi.org/project/qrcode/"},{"import":"barcode","distributions":["python-barcode"],"source":"https://pypi.org/project/python-barcode/"},{"import":"pyzbar","distributions":["pyzbar"],"source":"https://pypi.org/project/pyzbar/"},{"import":"wand","distributions":["Wand"],"source":"https://pypi.org/project/Wand/"},{"import":"cairosvg","distributions":["CairoSVG"],"source":"https://pypi.org/project/CairoSVG/"},{"import":"cairo","distributions":["pycairo"],"source":"https://pypi.org/project/pycairo/"},{"import":"lxml","distributions":["lxml"],"source":"https://pypi.org/project/lxml/"},{"import":"xmltodict","distributions":["xmltodict"],"source":"https://pypi.org/project/xmltodict/"},{"import":"defusedxml","distributions":["defusedxml"],"source":"https://pypi.org/project/defusedxml/"},{"import":"html5lib","distributions":["html5lib"],"source":"https://pypi.org/project/html5lib/"},{"import":"markdown","distributions":["Markdown"],"source":"https://pypi.org/project/Markdown/"},{"import":"mistune","distributions":["mistune"],"source":"https://pypi.org/project/mistune/"},{"import":"bleach","distributions":["bleach"],"source":"https://pypi.org/project/bleach/"},{"import":"nh3","distributions":["nh3"],"source":"https://pypi.org/project/nh3/"},{"import":"emoji","distributions":["emoji"],"source":"https://pypi.org/project/emoji/"},{"import":"unidecode","distributions":["Unidecode"],"source":"https://pypi.org/project/Unidecode/"},{"import":"slugify","distributions":["python-slugify"],"source":"https://pypi.org/project/python-slugify/"},{"import":"pypinyin","distributions":["pypinyin"],"source":"https://pypi.org/project/pypinyin/"},{"import":"regex","distributions":["regex"],"source":"https://pypi.org/project/regex/"},{"import":"simplejson","distributions":["simplejson"],"source":"https://pypi.org/project/simplejson/"},{"import":"ujson","distributions":["ujson"],"source":"https://pypi.org/project/ujson/"},{"import":"orjson","distributions":["orjson"],"source":"https://pypi.org/project/orjson/"},{"import":"rapidjson","distributions":["python-rapidjson"],"source":"https://pypi.org/project/python-rapidjson/"},{"import":"msgpack","distributions":["msgpack"],"source":"https://pypi.org/project/msgpack/"},{"import":"toml","distributions":["toml"],"source":"https://pypi.org/project/toml/"},{"import":"tomli","distributions":["tomli"],"source":"https://pypi.org/project/tomli/"},{"import":"tomlkit","distributions":["tomlkit"],"source":"https://pypi.org/project/tomlkit/"},{"import":"ruamel","distributions":["ruamel.yaml"],"source":"https://pypi.org/project/ruamel.yaml/"},{"import":"jsonschema","distributions":["jsonschema"],"source":"https://pypi.org/project/jsonschema/"},{"import":"cerberus","distributions":["Cerberus"],"source":"https://pypi.org/project/Cerberus/"},{"import":"voluptuous","distributions":["voluptuous"],"source":"https://pypi.org/project/voluptuous/"},{"import":"dacite","distributions":["dacite"],"source":"https://pypi.org/project/dacite/"},{"import":"cattrs","distributions":["cattrs"],"source":"https://pypi.org/project/cattrs/"},{"import":"arrow","distributions":["arrow"],"source":"https://pypi.org/project/arrow/"},{"import":"pendulum","distributions":["pendulum"],"source":"https://pypi.org/project/pendulum/"},{"import":"pytz","distributions":["pytz"],"source":"https://pypi.org/project/pytz/"},{"import":"tzlocal","distributions":["tzlocal"],"source":"https://pypi.org/project/tzlocal/"},{"import":"babel","distributions":["Babel"],"source":"https://pypi.org/project/Babel/"},{"import":"humanize","distributions":["humanize"],"source":"https://pypi.org/project/humanize/"},{"import":"croniter","distributions":["croniter"],"source":"https://pypi.org/project/croniter/"},{"import":"dateparser","distributions":["dateparser"],"source":"https://pypi.org/project/dateparser/"},{"import":"faker","distributions":["Faker"],"source":"https://pypi.org/project/Faker/"},{"import":"factory","distributions":["factory-boy"],"source":"https://pypi.org/project/factory-boy/"},{"import":"pytest","distributions":["pytest"],"source":"https://pypi.org/project/pytest/"},{"import":"pytest_mock","distributions":["pytest-mock"],"source":"https://pypi.org/project/pytest-mock/"},{"import":"mock","distributions":["mock"],"source":"https://pypi.org/project/mock/"},{"import":"responses","distributions":["responses"],"source":"https://pypi.org/project/responses/"},{"import":"freezegun","distributions":["freezegun"],"source":"https://pypi.org/project/freezegun/"},{"import":"hypothesis","distributions":["hypothesis"],"source":"https://pypi.org/project/hypothesis/"},{"import":"coverage","distributions":["coverage"],"source":"https://pypi.org/project/coverage/"},{"import":"nose","distributions":["nose"],"source":"https://pypi.org/project/nose/"},{"import":"tox","distributions":["tox"],"source":"https://pypi.org/project/tox/"},{"import":"black","distributions":["black"],"source":"https://pypi.org/project/black/"},{"import":"isort","distributions":["isort"],"source":"https://pypi.org/project/isort/"},{"import":"flake8","distributions":["flake8"],"source":"https://pypi.org/project/flake8/"},{"import":"pylint","distributions":["pylint"],"source":"https://pypi.org/project/pylint/"},{"import":"mypy","distributions":["mypy"],"source":"https://pypi.org/project/mypy/"},{"import":"ruff","distributions":["ruff"],"source":"https://pypi.org/project/ruff/"},{"import":"bcrypt","distributions":["bcrypt"],"source":"https://pypi.org/project/bcrypt/"},{"import":"passlib","distributions":["passlib"],"source":"https://pypi.org/project/passlib/"},{"import":"argon2","distributions":["argon2-cffi"],"source":"https://pypi.org/project/argon2-cffi/"},{"import":"nacl","distributions":["PyNaCl"],"source":"https://pypi.org/project/PyNaCl/"},{"import":"cryptography","distributions":["cryptography"],"source":"https://pypi.org/project/cryptography/"},{"import":"paramiko","distributions":["paramiko"],"source":"https://pypi.org/project/paramiko/"},{"import":"fabric","distributions":["fabric"],"source":"https://pypi.org/project/fabric/"},{"import":"invoke","distributions":["invoke"],"source":"https://pypi.org/project/invoke/"},{"import":"pexpect","distributions":["pexpect"],"source":"https://pypi.org/project/pexpect/"},{"import":"psutil","distributions":["psutil"],"source":"https://pypi.org/project/psutil/"},{"import":"docker","distributions":["docker"],"source":"https://pypi.org/project/docker/"},{"import":"kubernetes","distributions":["kubernetes"],"source":"https://pypi.org/project/kubernetes/"},{"import":"sentry_sdk","distributions":["sentry-sdk"],"source":"https://pypi.org/project/sentry-sdk/"},{"import":"prometheus_client","distributions":["prometheus-client"],"source":"https://pypi.org/project/prometheus-client/"},{"import":"prometheus_flask_exporter","distributions":["prometheus-flask-exporter"],"source":"https://pypi.org/project/prometheus-flask-exporter/"},{"import":"statsd","distributions":["statsd"],"source":"https://pypi.org/project/statsd/"},{"import":"structlog","distributions":["structlog"],"source":"https://pypi.org/project/structlog/"},{"import":"loguru","distributions":["loguru"],"source":"https://pypi.org/project/loguru/"},{"import":"colorama","distributions":["colorama"],"source":"https://pypi.org/project/colorama/"},{"import":"termcolor","distributions":["termcolor"],"source":"https://pypi.org/project/termcolor/"},{"import":"rich","distributions":["rich"],"source":"https://pypi.org/project/rich/"},{"import":"typer","distributions":["typer"],"source":"https://pypi.org/project/typer/"},{"import":"tabulate","distributions":["tabulate"],"source":"https://pypi.org/project/tabulate/"},{"import":"prettytable","distributions":["prettytable"],"source":"https://pypi.org/project/prettytable/"},{"import":"six","distributions":["six"],"source":"https://pypi.org/project/six/"},{"import":"typing_extensions","distributions":["typing-extensions"],"source":"https://pypi.org/project/typing-extensions/"},{"import":"packaging","distributions":["packaging"],"source":"https://pypi.org/project/packaging/"},{"import":"wrapt","distributions":["wrapt"],"source":"https://pypi.org/project/wrapt/"},{"import":"decorator","distributions":["decorator"],"source":"https://pypi.org/project/decorator/"},{"import":"cachetools","distributions":["cachetools"],"source":"https://pypi.org/project/cachetools/"},{"import":"diskcache","distributions":["diskcache"],"source":"https://pypi.org/project/diskcache/"},{"import":"pymemcache","distributions":["pymemcache"],"source":"https://pypi.org/project/pymemcache/"},{"import":"memcache","distributions":["python-memcached"],"source":"https://pypi.org/project/python-memcached/"},{"import":"pymongo","distributions":["pymongo"],"source":"https://pypi.org/project/pymongo/"},{"import":"bson","distributions":["pymongo"],"source":"https://pypi.org/project/pymongo/"},{"import":"motor","distributions":["motor"],"source":"https://pypi.org/project/motor/"},{"import":"mongoengine","distributions":["mongoengine"],"source":"https://pypi.org/project/mongoengine/"},{"import":"elasticsearch","distributions":["elasticsearch"],"source":"https://pypi.org/project/elasticsearch/"},{"import":"opensearchpy","distributions":["opensearch-py"],"source":"https://pypi.org/project/opensearch-py/"},{"import":"cassandra","distributions":["cassandra-driver"],"source":"https://pypi.org/project/cassandra-driver/"},{"import":"neo4j","distributions":["neo4j"],"source":"https://pypi.org/project/neo4j/"},{"import":"pika","distributions":["pika"],"source":"https://pypi.org/project/pika/"},{"import":"confluent_kafka","distributions":["confluent-kafka"],"source":"https://pypi.org/project/confluent-kafka/"},{"import":"kafka","distributions":["kafka-python"],"source":"https://pypi.org/project/kafka-python/"},{"import":"nats","distributions":["nats-py"],"source":"https://pypi.org/project/nats-py/"},{"import":"aioredis","distributions":["aioredis"],"source":"https://pypi.org/project/aioredis/"},{"import":"asyncpg","distributions":["asyncpg"],"source":"https://pypi.org/project/asyncpg/"},{"import":"aiomysql","distributions":["aiomysql"],"source":"https://pypi.org/project/aiomysql/"},{"import":"aiosqlite","distributions":["aiosqlite"],"source":"https://pypi.org/project/aiosqlite/"},{"import":"databases","distributions":["databases"],"source":"https://pypi.org/project/databases/"},{"import":"peewee","distributions":["peewee"],"source":"https://pypi.org/project/peewee/"},{"import":"pony","distributions":["pony"],"source":"https://pypi.org/project/pony/"},{"import":"tortoise","distributions":["tortoise-orm"],"source":"https://pypi.org/project/tortoise-orm/"},{"import":"mysql.connector","distributions":["mysql-connector-python"],"source":"https://pypi.org/project/mysql-connector-python/"},{"import":"mysqlx","distributions":["mysql-connector-python"],"source":"https://pypi.org/project/mysql-connector-python/"},{"import":"cx_Oracle","distributions":["cx-Oracle"],"source":"https://pypi.org/project/cx-Oracle/"},{"import":"oracledb","distributions":["oracledb"],"source":"https://pypi.org/project/oracledb/"},{"import":"pyodbc","distributions":["pyodbc"],"source":"https://pypi.org/project/pyodbc/"},{"import":"pymssql","distributions":["pymssql"],"source":"https://pypi.org/project/pymssql/"},{"import":"snowflake.connector","distributions":["snowflake-connector-python"],"source":"https://pypi.org/project/snowflake-connector-python/"},{"import":"sshtunnel","distributions":["sshtunnel"],"source":"https://pypi.org/project/sshtunnel/"},{"import":"smart_open","distributions":["smart-open"],"source":"https://pypi.org/project/smart-open/"},{"import":"stripe","distributions":["stripe"],"source":"https://pypi.org/project/stripe/"},{"import":"twilio","distributions":["twilio"],"source":"https://pypi.org/project/twilio/"},{"import":"sendgrid","distributions":["sendgrid"],"source":"https://pypi.org/project/sendgrid/"},{"import":"slack_sdk","distributions":["slack-sdk"],"source":"https://pypi.org/project/slack-sdk/"},{"import":"telegram","distributions":["python-telegram-bot"],"source":"https://pypi.org/project/python-telegram-bot/"},{"import":"discord","distributions":["discord.py"],"source":"https://pypi.org/project/discord.py/"},{"import":"tweepy","distributions":["tweepy"],"source":"https://pypi.org/project/tweepy/"},{"import":"github","distributions":["PyGithub"],"source":"https://pypi.org/project/PyGithub/"},{"import":"gitlab","distributions":["python-gitlab"],"source":"https://pypi.org/project/python-gitlab/"},{"import":"git","distributions":["GitPython"],"source":"https://pypi.org/project/GitPython/"},{"import":"jenkins","distributions":["python-jenkins"],"source":"https://pypi.org/project/python-jenkins/"},{"import":"ldap","distributions":["python-ldap"],"source":"https://pypi.org/project/python-ldap/"},{"import":"ldap3","distributions":["ldap3"],"source":"https://pypi.org/project/ldap3/"},{"import":"saml2","distributions":["pysaml2"],"source":"https://pypi.org/project/pysaml2/"},{"import":"authlib","distributions":["Authlib"],"source":"https://pypi.org/project/Authlib/"},{"import":"geopy","distributions":["geopy"],"source":"https://pypi.org/project/geopy/"},{"import":"shapely","distributions":["shapely"],"source":"https://pypi.org/project/shapely/"},{"import":"pyproj","distributions":["pyproj"],"source":"https://pypi.org/project/pyproj/"},{"import":"geopandas","distributions":["geopandas"],"source":"https://pypi.org/project/geopandas/"},{"import":"folium","distributions":["folium"],"source":"https://pypi.org/project/folium/"},{"import":"selenium","distributions":["selenium"],"source":"https://pypi.org/project/selenium/"},{"import":"playwright","distributions":["playwright"],"source":"https://pypi.org/project/playwright/"},{"import":"pyppeteer","distributions":["pyppeteer"],"source":"https://pypi.org/project/pyppeteer/"},{"import":"scrapy","distributions":["Scrapy"],"source":"https://pypi.org/project/Scrapy/"},{"import":"mechanize","distributions":["mechanize"],"source":"https://pypi.org/project/mechanize/"},{"import":"feedparser","distributions":["feedparser"],"source":"https://pypi.org/project/feedparser/"},{"import":"newspaper","distributions":["newspaper3k"],"source":"https://pypi.org/project/newspaper3k/"},{"import":"trafilatura","distributions":["trafilatura"],"source":"https://pypi.org/project/trafilatura/"},{"import":"readability","distributions":["readability-lxml"],"source":"https://pypi.org/project/readability-lxml/"},{"import":"tldextract","distributions":["tldextract"],"source":"https://pypi.org/project/tldextract/"},{"import":"validators","distributions":["validators"],"source":"https://pypi.org/project/validators/"},{"import":"phonenumbers","distributions":["phonenumbers"],"source":"https://pypi.org/project/phonenumbers/"},{"import":"pycountry","distributions":["pycountry"],"source":"https://pypi.org/project/pycountry/"},{"import":"iso8601","distributions":["iso8601"],"source":"https://pypi.org/project/iso8601/"},{"import":"user_agents","distributions":["user-agents"],"source":"https://pypi.org/project/user-agents/"},{"import":"ua_parser","distributions":["ua-parser"],"source":"https://pypi.org/project/ua-parser/"},{"import":"markdownify","distributions":["markdownify"],"source":"https://pypi.org/project/markdownify/"},{"import":"html2text","distributions":["html2text"],"source":"https://pypi.org/project/html2text/"},{"import":"jinja2_time","distributions":["jinja2-time"],"source":"https://pypi.org/project/jinja2-time/"},{"import":"pystache","distributions":["pystache"],"source":"https://pypi.org/project/pystache/"},{"import":"mako","distributions":["Mako"],"source":"https://pypi.org/project/Mako/"},{"import":"chevron","distributions":["chevron"],"source":"https://pypi.org/project/chevron/"},{"import":"cffi","distributions":["cffi"],"source":"https://pypi.org/project/cffi/"},{"import":"Cython","distributions":["Cython"],"source":"https://pypi.org/project/Cython/"},{"import":"pybind11","distributions":["pybind11"],"source":"https://pypi.org/project/pybind11/"},{"import":"win32api","distributions":["pywin32"],"source":"https://pypi.org/project/pywin32/"},{"import":"win32com","distributions":["pywin32"],"source":"https://pypi.org/project/pywin32/"},{"import":"pythoncom","distributions":["pywin32"],"source":"https://pypi.org/project/pywin32/"},{"import":"AppKit","distributions":["pyobjc"],"source":"https://pypi.org/project/pyobjc/"},{"import":"objc","distributions":["pyobjc-core"],"source":"https://pypi.org/project/pyobjc-core/"},{"import":"Xlib","distributions":["python-xlib"],"source":"https://pypi.org/project/python-xlib/"},{"import":"pyautogui","distributions":["PyAutoGUI"],"source":"https://pypi.org/project/PyAutoGUI/"},{"import":"pynput","distributions":["pynput"],"source":"https://pypi.org/project/pynput/"},{"import":"keyboard","distributions":["keyboard"],"source":"https://pypi.org/project/keyboard/"},{"import":"gi","distributions":["PyGObject"],"source":"https://pypi.org/project/PyGObject/"},{"import":"tkcalendar","distributions":["tkcalendar"],"source":"https://pypi.org/project/tkcalendar/"},{"import":"PyQt5","distributions":["PyQt5"],"source":"https://pypi.org/project/PyQt5/"},{"import":"PyQt6","distributions":["PyQt6"],"source":"https://pypi.org/project/PyQt6/"},{"import":"PySide6","distributions":["PySide6"],"source":"https://pypi.org/project/PySide6/"},{"import":"wx","distributions":["wxPython"],"source":"https://pypi.org/project/wxPython/"},{"import":"kivy","distributions":["Kivy"],"source":"https://pypi.org/project/Kivy/"},{"import":"pygame","distributions":["pygame"],"source":"https://pypi.org/project/pygame/"},{"import":"pyglet","distributions":["pyglet"],"source":"https://pypi.org/project/pyglet/"},{"import":"OpenGL","distributions":["PyOpenGL"],"source":"https://pypi.org/project/PyOpenGL/"},{"import":"vtk","distributions":["vtk"],"source":"https://pypi.org/project/vtk/"},{"import":"serial_asyncio","distributions":["pyserial-asyncio"],"source":"https://pypi.org/project/pyserial-asyncio/"},{"import":"smbus2","distributions":["smbus2"],"source":"https://pypi.org/project/smbus2/"},{"import":"RPi","distributions":["RPi.GPIO"],"source":"https://pypi.org/project/RPi.GPIO/"},{"import":"zstandard","distributions":["zstandard"],"source":"https://pypi.org/project/zstandard/"},{"import":"lz4","distributions":["lz4"],"source":"https://pypi.org/project/lz4/"},{"import":"brotli","distributions":["Brotli"],"source":"https://pypi.org/project/Brotli/"},{"import":"snappy","distributions":["python-snappy"],"source":"https://pypi.org/project/python-snappy/"},{"import":"py7zr","distributions":["py7zr"],"source":"https://pypi.org/project/py7zr/"},{"import":"rarfile","distributions":["rarfile"],"source":"https://pypi.org/project/rarfile/"},{"import":"xxhash","distributions":["xxhash"],"source":"https://pypi.org/project/xxhash/"},{"import":"mmh3","distributions":["mmh3"],"source":"https://pypi.org/project/mmh3/"},{"import":"blake3","distributions":["blake3"],"source":"https://pypi.org/project/blake3/"},{"import":"shortuuid","distributions":["shortuuid"],"source":"https://pypi.org/project/shortuuid/"},{"import":"ulid","distributions":["python-ulid"],"source":"https://pypi.org/project/python-ulid/"},{"import":"nanoid","distributions":["nanoid"],"source":"https://pypi.org/project/nanoid/"},{"import":"hashids","distributions":["hashids"],"source":"https://pypi.org/project/hashids/"},{"import":"jsonpickle","distributions":["jsonpickle"],"source":"https://pypi.org/project/jsonpickle/"},{"import":"dill","distributions":["dill"],"source":"https://pypi.org/project/dill/"},{"import":"cloudpickle","distributions":["cloudpickle"],"source":"https://pypi.org/project/cloudpickle/"},{"import":"sortedcontainers","distributions":["sortedcontainers"],"source":"https://pypi.org/project/sortedcontainers/"},{"import":"more_itertools","distributions":["more-itertools"],"source":"https://pypi.org/project/more-itertools/"},{"import":"toolz","distributions":["toolz"],"source":"https://pypi.org/project/toolz/"},{"import":"boltons","distributions":["boltons"],"source":"https://pypi.org/project/boltons/"},{"import":"retrying","distributions":["retrying"],"source":"https://pypi.org/project/retrying/"},{"import":"tenacity","distributions":["tenacity"],"source":"https://pypi.org/project/tenacity/"},{"import":"backoff","distributions":["backoff"],"source":"https://pypi.org/project/backoff/"},{"import":"ratelimit","distributions":["ratelimit"],"source":"https://pypi.org/project/ratelimit/"},{"import":"limits","distributions":["limits"],"source":"https://pypi.org/project/limits/"},{"import":"schedule","distributions":["schedule"],"source":"https://pypi.org/project/schedule/"},{"import":"watchdog","distributions":["watchdog"],"source":"https://pypi.org/project/watchdog/"},{"import":"inotify_simple","distributions":["inotify-simple"],"source":"https://pypi.org/project/inotify-simple/"},{"import":"filelock","distributions":["filelock"],"source":"https://pypi.org/project/filelock/"},{"import":"portalocker","distributions":["portalocker"],"source":"https://pypi.org/project/portalocker/"},{"import":"platformdirs","distributions":["platformdirs"],"source":"https://pypi.org/project/platformdirs/"},{"import":"appdirs","distributions":["appdirs"],"source":"https://pypi.org/project/appdirs/"},{"import":"magic_filter","distributions":["magic-filter"],"source":"https://pypi.org/project/magic-filter/"},{"import":"filetype","distributions":["filetype"],"source":"https://pypi.org/project/filetype/"},{"import":"puremagic","distributions":["puremagic"],"source":"https://pypi.org/project/puremagic/"},{"import":"zxcvbn","distributions":["zxcvbn"],"source":"https://pypi.org/project/zxcvbn/"},{"import":"pyotp","distributions":["pyotp"],"source":"https://pypi.org/project/pyotp/"},{"import":"markdown2","distributions":["markdown2"],"source":"https://pypi.org/project/markdown2/"},{"import":"docutils","distributions":["docutils"],"source":"https://pypi.org/project/docutils/"},{"import":"sphinx","distributions":["Sphinx"],"source":"https://pypi.org/project/Sphinx/"},{"import":"yarl","distributions":["yarl"],"source":"https://pypi.org/project/yarl/"},{"import":"multidict","distributions":["multidict"],"source":"https://pypi.org/project/multidict/"},{"import":"frozenlist","distributions":["frozenlist"],"source":"https://pypi.org/project/frozenlist/"},{"import":"aiofiles","distributions":["aiofiles"],"source":"https://pypi.org/project/aiofiles/"},{"import":"anyio","distributions":["anyio"],"source":"https://pypi.org/project/anyio/"},{"import":"sniffio","distributions":["sniffio"],"source":"https://pypi.org/project/sniffio/"},{"import":"trio","distributions":["trio"],"source":"https://pypi.org/project/trio/"},{"import":"uvloop","distributions":["uvloop"],"source":"https://pypi.org/project/uvloop/"},{"import":"h11","distributions":["h11"],"source":"https://pypi.org/project/h11/"},{"import":"h2","distributions":["h2"],"source":"https://pypi.org/project/h2/"},{"import":"httplib2","distributions":["httplib2"],"source":"https://pypi.org/project/httplib2/"},{"import":"pycurl","distributions":["pycurl"],"source":"https://pypi.org/project/pycurl/"},{"import":"grequests","distributions":["grequests"],"source":"https://pypi.org/project/grequests/"},{"import":"zeep","distributions":["zeep"],"source":"https://pypi.org/project/zeep/"},{"import":"suds","distributions":["suds-community"],"source":"https://pypi.org/project/suds-community/"},{"import":"thrift","distributions":["thrift"],"source":"https://pypi.org/project/thrift/"},{"import":"avro","distributions":["avro"],"source":"https://pypi.org/project/avro/"},{"import":"fastavro","distributions":["fastavro"],"source":"https://pypi.org/project/fastavro/"},{"import":"google.api_core","distributions":["google-api-core"],"source":"https://pypi.org/project/google-api-core/"},{"import":"googlemaps","distributions":["googlemaps"],"source":"https://pypi.org/project/googlemaps/"},{"import":"firebase_admin","distributions":["firebase-admin"],"source":"https://pypi.org/project/firebase-admin/"},{"import":"pyrebase","distributions":["Pyrebase4"],"source":"https://pypi.org/project/Pyrebase4/"},{"import":"ddtrace","distributions":["ddtrace"],"source":"https://pypi.org/project/ddtrace/"},{"import":"newrelic","distributions":["newrelic"],"source":"https://pypi.org/project/newrelic/"},{"import":"opentelemetry","distributions":["opentelemetry-api"],"source":"https://pypi.org/project/opentelemetry-api/"},{"import":"elasticapm","distributions":["elastic-apm"],"source":"https://pypi.org/project/elastic-apm/"}]}');
;// CONCATENATED MODULE: ./src/requirements/data/stdlib.json
const stdlib_namespaceObject = /*#__PURE__*/JSON.parse('{"av":["__future__","_abc","_aix_support","_ast","_asyncio","_bisect","_blake2","_bootsubprocess","_bz2","_codecs","_codecs_cn","_codecs_hk","_codecs_iso2022","_codecs_jp","_codecs_kr","_codecs_tw","_collections","_collections_abc","_compat_pickle","_compression","_contextvars","_crypt","_csv","_ctypes","_curses","_curses_panel","_datetime","_dbm","_decimal","_dummy_thread","_elementtree","_frozen_importlib","_frozen_importlib_external","_functools","_gdbm","_hashlib","_heapq","_imp","_io","_json","_locale","_lsprof","_lzma","_markupbase","_md5","_msi","_multibytecodec","_multiprocessing","_opcode","_operator","_osx_support","_overlapped","_pickle","_posixshmem","_posixsubprocess","_py_abc","_pydecimal","_pyio","_queue","_random","_scproxy","_sha1","_sha256","_sha3","_sha512","_signal","_sitebuiltins","_socket","_sqlite3","_sre","_ssl","_stat","_statistics","_string","_strptime","_struct","_symtable","_thread","_threading_local","_tkinter","_tokenize","_tracemalloc","_typing","_uuid","_warnings","_weakref","_weakrefset","_winapi","_zoneinfo","abc","aifc","antigravity","argparse","array","ast","asynchat","asyncio","asyncore","atexit","audioop","base64","bdb","binascii","binhex","bisect","builtins","bz2","cProfile","calendar","cgi","cgitb","chunk","cmath","cmd","code","codecs","codeop","collections","colorsys","compileall","concurrent","configparser","contextlib","contextvars","copy","copyreg","crypt","csv","ctypes","curses","dataclasses","datetime","dbm","decimal","difflib","dis","distutils","doctest","dummy_threading","email","encodings","ensurepip","enum","errno","faulthandler","fcntl","filecmp","fileinput","fnmatch","formatter","fractions","ftplib","functools","gc","genericpath","getopt","getpass","gettext","glob","graphlib","grp","gzip","hashlib","heapq","hmac","html","http","idlelib","imaplib","imghdr","imp","importlib","inspect","io","ipaddress","itertools","json","keyword","lib2to3","linecache","locale","logging","lzma","mailbox","mailcap","marshal","math","mimetypes","mmap","modulefinder","msilib","msvcrt","multiprocessing","netrc","nis","nntplib","nt","ntpath","nturl2path","numbers","opcode","operator","optparse","os","ossaudiodev","parser","pathlib","pdb","pickle","pickletools","pipes","pkgutil","platform","plistlib","poplib","posix","posixpath","pprint","profile","pstats","pty","pwd","py_compile","pyclbr","pydoc","pydoc_data","pyexpat","queue","quopri","random","re","readline","reprlib","resource","rlcompleter","runpy","sched","secrets","select","selectors","shelve","shlex","shutil","signal","site","smtpd","smtplib","sndhdr","socket","socketserver","spwd","sqlite3","sre_compile","sre_constants","sre_parse","ssl","stat","statistics","string","stringprep","struct","subprocess","sunau","symbol","symtable","sys","sysconfig","syslog","tabnanny","tarfile","telnetlib","tempfile","termios","textwrap","this","threading","time","timeit","tkinter","token","tokenize","tomllib","trace","traceback","tracemalloc","tty","turtle","turtledemo","types","typing","unicodedata","unittest","urllib","uu","uuid","venv","warnings","wave","weakref","webbrowser","winreg","winsound","wsgiref","xdrlib","xml","xmlrpc","zipapp","zipfile","zipimport","zlib","zoneinfo"],"G$":{"zoneinfo":"3.9","graphlib":"3.9","tomllib":"3.11"},"Md":{"_dummy_thread":"3.9","dummy_threading":"3.9","formatter":"3.10","parser":"3.10","symbol":"3.10","binhex":"3.11","distutils":"3.12","imp":"3.12","asynchat":"3.12","asyncore":"3.12","smtpd":"3.12","aifc":"3.13","audioop":"3.13","cgi":"3.13","cgitb":"3.13","chunk":"3.13","crypt":"3.13","imghdr":"3.13","mailcap":"3.13","msilib":"3.13","nis":"3.13","nntplib":"3.13","ossaudiodev":"3.13","pipes":"3.13","sndhdr":"3.13","spwd":"3.13","sunau":"3.13","telnetlib":"3.13","uu":"3.13","xdrlib":"3.13","lib2to3":"3.13"},"qo":{"distutils":"setuptools (import setuptools) or packaging","imp":"importlib","asynchat":"asyncio","asyncore":"asyncio","smtpd":"aiosmtpd","cgi":"email.message / multipart parsing in your framework","crypt":"passlib or bcrypt","telnetlib":"telnetlib3","imghdr":"filetype or Pillow","pipes":"shlex","audioop":"audioop-lts (3.13+)","nntplib":"pynntp","lib2to3":"parso or libcst","uu":"base64","xdrlib":"the xdrlib3 distribution"}}');
;// CONCATENATED MODULE: ./src/requirements/names.ts
/** PEP 503 normalised distribution name: `Flask_Limiter` and `flask.limiter` are both `flask-limiter`. */
function names_normalizeName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** PEP 508 name: letters and digits, with `-_.` inside. */
const names_NAME_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;

;// CONCATENATED MODULE: ./src/requirements/import-map.ts





const STDLIB = new Set(stdlib_namespaceObject.av);
const REMOVED_IN = stdlib_namespaceObject.Md;
const ADDED_IN = stdlib_namespaceObject.G$;
const REPLACEMENTS = stdlib_namespaceObject.qo;
function import_map_compareMinor(a, b) {
    const [am = 0, an = 0] = a.split('.').map(Number);
    const [bm = 0, bn = 0] = b.split('.').map(Number);
    return am - bm || an - bn;
}
/** `present`: part of the standard library of `python`; `removed`: was, but is gone there. */
function import_map_stdlibStatus(top, python) {
    if (!STDLIB.has(top))
        return { kind: 'absent' };
    const removedIn = REMOVED_IN[top];
    if (removedIn && import_map_compareMinor(python, removedIn) >= 0)
        return { kind: 'removed', removedIn, replacement: REPLACEMENTS[top] };
    const addedIn = ADDED_IN[top];
    if (addedIn && import_map_compareMinor(python, addedIn) < 0)
        return { kind: 'absent' };
    return { kind: 'present' };
}
function tableFrom(entries) {
    const table = new Map();
    for (const [module, dists] of entries) {
        table.set(module, { distributions: dists.map(names_normalizeName), displayName: dists[0] });
    }
    return table;
}
const SHIPPED = tableFrom(import_map_namespaceObject.j.map((e) => [e.import, e.distributions]));
/**
 * Maps import names to distributions: installed metadata first (a site-packages folder or virtualenv),
 * then the user's import-map, then the shipped table (longest dotted prefix: google.protobuf before google),
 * and finally the import name itself as a stated guess.
 */
class import_map_ImportResolver {
    configured;
    installed;
    /** normalised distribution name -> version, from installed metadata */
    installedVersions = new Map();
    constructor(userMap, sitePackages) {
        this.configured = tableFrom(Object.entries(userMap));
        this.installed = new Map();
        if (sitePackages)
            this.readInstalled(sitePackages);
    }
    resolve(module, importedNames = []) {
        // `from google import protobuf` is an import of google.protobuf
        const dotted = [...importedNames.map((name) => `${module}.${name}`), module];
        for (const [table, source] of [
            [this.installed, 'installed'],
            [this.configured, 'configured'],
            [SHIPPED, 'shipped'],
        ]) {
            for (const candidate of dotted) {
                const parts = candidate.split('.');
                for (let n = parts.length; n >= 1; n--) {
                    const hit = table.get(parts.slice(0, n).join('.'));
                    if (hit)
                        return { ...hit, source };
                }
            }
        }
        const top = module.split('.')[0];
        return { distributions: [normalizeName(top)], displayName: top, source: 'guess' };
    }
    readInstalled(location) {
        const sitePackagesDirs = findSitePackages(location);
        for (const dir of sitePackagesDirs) {
            for (const entry of readdirSync(dir)) {
                if (!entry.endsWith('.dist-info') && !entry.endsWith('.egg-info'))
                    continue;
                const infoDir = path.join(dir, entry);
                const metadata = readText(path.join(infoDir, 'METADATA')) ?? readText(path.join(infoDir, 'PKG-INFO')) ?? '';
                const name = /^Name:\s*(.+)$/m.exec(metadata)?.[1]?.trim();
                const version = /^Version:\s*(.+)$/m.exec(metadata)?.[1]?.trim();
                if (!name)
                    continue;
                if (version)
                    this.installedVersions.set(normalizeName(name), version);
                for (const module of topLevelModules(infoDir)) {
                    const existing = this.installed.get(module);
                    const dists = [...(existing?.distributions ?? []), normalizeName(name)];
                    this.installed.set(module, { distributions: dists, displayName: existing?.displayName ?? name });
                }
            }
        }
    }
}
function readText(file) {
    try {
        return readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** A site-packages folder itself, or a virtualenv's lib/python3.X/site-packages. */
function findSitePackages(location) {
    if (!existsSync(location))
        return [];
    const lib = path.join(location, 'lib');
    if (existsSync(lib)) {
        return readdirSync(lib)
            .filter((name) => name.startsWith('python'))
            .map((name) => path.join(lib, name, 'site-packages'))
            .filter((dir) => existsSync(dir));
    }
    return [location];
}
/** top_level.txt when present, else the first path segment of each RECORD row that is a module or package. */
function topLevelModules(infoDir) {
    const topLevel = readText(path.join(infoDir, 'top_level.txt'));
    if (topLevel)
        return topLevel
            .split('\n')
            .map((line) => line.trim().replace(/\//g, '.'))
            .filter(Boolean);
    const record = readText(path.join(infoDir, 'RECORD')) ?? '';
    const modules = new Set();
    for (const row of record.split('\n')) {
        const file = row.split(',')[0] ?? '';
        if (!file || file.includes('.dist-info/') || file.startsWith('..') || file.includes('__pycache__'))
            continue;
        const first = file.split('/')[0];
        if (file.includes('/') && (file.endsWith('.py') || /\.(so|pyd)$/.test(file)))
            modules.add(first);
        else if (/^[A-Za-z_][A-Za-z0-9_]*(\.[a-z0-9_-]+)?\.(py|so|pyd)$/.test(first))
            modules.add(first.split('.')[0]);
    }
    return [...modules].filter((m) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(m));
}

;// CONCATENATED MODULE: ./src/requirements/markers.ts
/**
 * PEP 508 environment markers: `python_version < "3.10" and sys_platform == "linux"`. Parsed to check
 * them (invalid-requirement) and evaluated for the target image (Linux, x86_64, CPython X.Y) so a
 * requirement for Windows only is not expected in the image.
 */

const VARIABLES = new Set([
    'python_version',
    'python_full_version',
    'os_name',
    'sys_platform',
    'platform_release',
    'platform_system',
    'platform_version',
    'platform_machine',
    'platform_python_implementation',
    'implementation_name',
    'implementation_version',
    'extra',
    'dependency_groups',
    // legacy spellings pip still accepts
    'os.name',
    'sys.platform',
    'platform.version',
    'platform.machine',
    'platform.python_implementation',
    'python_implementation',
]);
function markers_linuxEnvironment(pythonVersion) {
    const [major = '3', minor = '12'] = pythonVersion.split('.');
    return {
        python_version: `${major}.${minor}`,
        python_full_version: `${major}.${minor}.0`,
        os_name: 'posix',
        sys_platform: 'linux',
        platform_release: '',
        platform_system: 'Linux',
        platform_version: '',
        platform_machine: 'x86_64',
        platform_python_implementation: 'CPython',
        implementation_name: 'cpython',
        implementation_version: `${major}.${minor}.0`,
        extra: '',
        dependency_groups: '',
    };
}
class markers_MarkerError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
function tokenize(text) {
    const tokens = [];
    const pattern = /\s*(?:(\()|(\))|("[^"]*"|'[^']*')|(===|==|!=|<=|>=|~=|<|>|not\s+in\b|in\b)|(and\b)|(or\b)|([A-Za-z_][A-Za-z0-9_.]*))/y;
    let at = 0;
    while (at < text.length) {
        if (/^\s*$/.test(text.slice(at)))
            break;
        pattern.lastIndex = at;
        const m = pattern.exec(text);
        if (!m)
            throw new markers_MarkerError(`unexpected '${text.slice(at).trim().slice(0, 10)}' in marker`, at);
        const start = at + (m[0].length - m[0].trimStart().length);
        if (m[1])
            tokens.push({ kind: 'lparen', value: '(', at: start });
        else if (m[2])
            tokens.push({ kind: 'rparen', value: ')', at: start });
        else if (m[3])
            tokens.push({ kind: 'str', value: m[3].slice(1, -1), at: start });
        else if (m[4])
            tokens.push({ kind: 'op', value: m[4].replace(/\s+/, ' '), at: start });
        else if (m[5])
            tokens.push({ kind: 'and', value: 'and', at: start });
        else if (m[6])
            tokens.push({ kind: 'or', value: 'or', at: start });
        else if (m[7]) {
            if (!VARIABLES.has(m[7]))
                throw new markers_MarkerError(`unknown marker variable '${m[7]}'`, start);
            tokens.push({ kind: 'var', value: m[7], at: start });
        }
        at = pattern.lastIndex;
    }
    return tokens;
}
/** Parses and evaluates; throws MarkerError (with the offset inside the marker) when invalid. */
function markers_evaluateMarker(text, env) {
    const tokens = tokenize(text);
    let i = 0;
    const peek = () => tokens[i];
    const fail = (message) => {
        throw new markers_MarkerError(message, peek()?.at ?? text.length);
    };
    const value = () => {
        const token = tokens[i++];
        if (!token)
            return fail('marker ends where a value was expected');
        if (token.kind === 'str')
            return { text: token.value };
        if (token.kind === 'var')
            return { text: env[token.value.replace(/\./g, '_')] ?? '', variable: token.value };
        i--;
        return fail(`expected a marker variable or a quoted string, found '${token.value}'`);
    };
    const comparison = () => {
        if (peek()?.kind === 'lparen') {
            i++;
            const result = expression();
            if (peek()?.kind !== 'rparen')
                fail("missing ')' in marker");
            i++;
            return result;
        }
        const left = value();
        const op = tokens[i++];
        if (!op || op.kind !== 'op') {
            i--;
            return fail(`expected a comparison (==, !=, <, <=, >, >=, ~=, in) after '${left.variable ?? left.text}'`);
        }
        const right = value();
        return compare(left, op.value, right);
    };
    const conjunction = () => {
        let result = comparison();
        while (peek()?.kind === 'and') {
            i++;
            result = comparison() && result;
        }
        return result;
    };
    const expression = () => {
        let result = conjunction();
        while (peek()?.kind === 'or') {
            i++;
            result = conjunction() || result;
        }
        return result;
    };
    if (tokens.length === 0)
        fail('empty marker after ;');
    const result = expression();
    if (i < tokens.length)
        fail(`unexpected '${tokens[i].value}' in marker`);
    return result;
}
const VERSION_VARIABLES = new Set([
    'python_version',
    'python_full_version',
    'implementation_version',
    'platform_release',
]);
function compare(left, op, right) {
    if (op === 'in')
        return right.text.includes(left.text);
    if (op === 'not in')
        return !right.text.includes(left.text);
    const versionCompare = (VERSION_VARIABLES.has(left.variable ?? '') || VERSION_VARIABLES.has(right.variable ?? '')) &&
        valid(left.text) &&
        valid(right.text);
    if (versionCompare && op !== '===')
        return satisfies(left.text, `${op}${right.text}`);
    switch (op) {
        case '==':
        case '===':
            return left.text === right.text;
        case '!=':
            return left.text !== right.text;
        case '<':
            return left.text < right.text;
        case '<=':
            return left.text <= right.text;
        case '>':
            return left.text > right.text;
        case '>=':
            return left.text >= right.text;
        default:
            return false;
    }
}

// EXTERNAL MODULE: ./src/requirements/project-files.ts
var project_files = __webpack_require__(1387);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/requirements/requirements-file.ts
/**
 * pip's requirements-file format: PEP 508 lines with extras, specifiers, markers and direct URLs; VCS and
 * archive links with #egg=; -e; --hash and other per-line options; `\` continuations; comments; ${ENV};
 * -r includes (followed, with provenance) and -c constraint files (pins, not declarations).
 */





const GLOBAL_OPTIONS_WITH_VALUE = new Set([
    '-i',
    '--index-url',
    '--extra-index-url',
    '-f',
    '--find-links',
    '--no-binary',
    '--only-binary',
    '--trusted-host',
    '--use-feature',
]);
const GLOBAL_FLAGS = new Set(['--no-index', '--pre', '--prefer-binary', '--require-hashes']);
const PER_REQUIREMENT_OPTIONS = new Set(['--hash', '--config-settings', '--global-option']);
const ARCHIVE = /\.(whl|tar\.gz|tgz|tar\.bz2|tar\.xz|zip)$/i;
/** Reads the given requirement files (project-relative) and everything they include. */
function requirements_file_parseRequirementFiles(files, options) {
    const result = { requirements: [], constraints: [], problems: [], files: [] };
    const seen = new Set();
    for (const file of files)
        readFile(file, 'requirements', [], { result, seen, options });
    return result;
}
/** Parses requirement text (one file's content) — exported for tests and pyproject dependencies. */
function requirements_file_parseRequirementLine(text, where, env) {
    const base = { extras: [], specifier: '', applies: true, editable: false, hashes: [], ...where };
    let body = text;
    let marker;
    let markerOffset = 0;
    // A URL may contain ';' only after its '#fragment' in practice; pip splits markers at '; ' for URLs.
    const isUrlish = /^(?:[a-z][a-z0-9+.-]*:\/\/|\.{0,2}\/|[a-z]:\\)/i.test(body) || ARCHIVE.test(body.split(/[\s;]/)[0]);
    const markerAt = isUrlish ? body.search(/\s;\s*/) : body.indexOf(';');
    if (markerAt >= 0) {
        marker = body.slice(markerAt).replace(/^\s*;\s*/, '');
        markerOffset =
            markerAt + (body.slice(markerAt).length - body.slice(markerAt).replace(/^\s*;\s*/, '').length);
        body = body.slice(0, markerAt).trimEnd();
    }
    let applies = true;
    if (marker !== undefined) {
        try {
            applies = evaluateMarker(marker, env);
        }
        catch (error) {
            if (error instanceof MarkerError) {
                return {
                    problem: {
                        column: where.column + markerOffset + error.offset,
                        message: `invalid environment marker: ${error.message}`,
                        fix: 'write markers as in PEP 508, e.g. `; python_version < "3.11"`',
                    },
                };
            }
            throw error;
        }
    }
    if (isUrlish) {
        const name = projectNameFromUrl(body);
        return {
            requirement: {
                ...base,
                name,
                normalized: name ? normalizeName(name) : undefined,
                url: body,
                marker,
                applies,
            },
        };
    }
    const nameMatch = NAME_PATTERN.exec(body);
    if (!nameMatch) {
        return {
            problem: {
                column: where.column,
                message: `expected a project name, found '${body.slice(0, 20)}'`,
                fix: 'start the line with the distribution name, e.g. `Flask==2.3.3`',
            },
        };
    }
    const name = nameMatch[0];
    let rest = body.slice(name.length);
    let offset = name.length;
    const skipSpace = () => {
        const trimmed = rest.trimStart();
        offset += rest.length - trimmed.length;
        rest = trimmed;
    };
    skipSpace();
    let extras = [];
    if (rest.startsWith('[')) {
        const close = rest.indexOf(']');
        if (close < 0) {
            return {
                problem: {
                    column: where.column + offset,
                    message: "extras are missing their closing ']'",
                    fix: 'write extras as name[extra1,extra2]',
                },
            };
        }
        extras = rest
            .slice(1, close)
            .split(',')
            .map((extra) => extra.trim())
            .filter(Boolean);
        const badExtra = extras.find((extra) => !NAME_PATTERN.test(extra) || NAME_PATTERN.exec(extra)[0] !== extra);
        if (badExtra)
            return {
                problem: { column: where.column + offset + 1, message: `'${badExtra}' is not a valid extra name` },
            };
        rest = rest.slice(close + 1);
        offset += close + 1;
        skipSpace();
    }
    if (rest.startsWith('@')) {
        const url = rest.slice(1).trim();
        if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !url.startsWith('file:')) {
            return {
                problem: {
                    column: where.column + offset,
                    message: `expected a URL after '@', found '${url.slice(0, 30)}'`,
                },
            };
        }
        return {
            requirement: { ...base, name, normalized: normalizeName(name), extras, url, marker, applies },
        };
    }
    let specifier = rest;
    if (specifier.startsWith('(')) {
        if (!specifier.endsWith(')'))
            return {
                problem: { column: where.column + offset, message: "version specifier is missing its closing ')'" },
            };
        specifier = specifier.slice(1, -1);
    }
    specifier = specifier.replace(/\s+/g, '');
    if (specifier && !validRange(specifier)) {
        const suggestion = specifier.startsWith('=>')
            ? `>=${specifier.slice(2)}`
            : specifier.startsWith('=<')
                ? `<=${specifier.slice(2)}`
                : /^=[^=]/.test(specifier)
                    ? `=${specifier}`
                    : undefined;
        const hint = suggestion ? ` (did you mean '${suggestion}'?)` : '';
        return {
            problem: {
                column: where.column + offset,
                message: `'${rest.trim()}' is not a valid version specifier${hint}`,
                fix: 'use PEP 440 specifiers: ==1.2.3, >=1.2,<2, ~=1.2',
            },
        };
    }
    return {
        requirement: { ...base, name, normalized: normalizeName(name), extras, specifier, marker, applies },
    };
}
function readFile(file, source, via, context) {
    const { result, seen, options } = context;
    const absolute = path.resolve(options.root, file);
    const relative = toProjectPath(options.root, absolute);
    if (seen.has(`${source}:${absolute}`))
        return; // an include cycle, or the same file twice
    seen.add(`${source}:${absolute}`);
    let text;
    try {
        text = readFileSync(absolute, 'utf8');
    }
    catch {
        result.problems.push({
            file: via.length > 0 ? via[via.length - 1].replace(/:\d+$/, '') : relative,
            line: via.length > 0 ? Number(via[via.length - 1].split(':').pop()) : 1,
            column: 1,
            severity: 'error',
            message: `${relative} cannot be read`,
            fix: 'check the path: includes are relative to the file that names them',
        });
        return;
    }
    result.files.push(relative);
    for (const logical of logicalLines(text)) {
        const expanded = expandEnv(logical.text, options.processEnv ?? process.env);
        const where = { file: relative, line: logical.line, column: logical.column };
        if (expanded.startsWith('-')) {
            readOption(expanded, where, source, via, context);
            continue;
        }
        const [requirementText, perLineOptions, optionProblem] = splitPerRequirementOptions(expanded);
        if (optionProblem) {
            result.problems.push({
                ...where,
                column: where.column + optionProblem.offset,
                severity: 'error',
                message: optionProblem.message,
            });
            continue;
        }
        const parsed = requirements_file_parseRequirementLine(requirementText, { ...where, via, source }, options.env);
        if (parsed.problem) {
            result.problems.push({ ...where, severity: 'error', ...parsed.problem });
            continue;
        }
        const requirement = parsed.requirement;
        requirement.hashes = perLineOptions
            .filter((o) => o.startsWith('--hash'))
            .map((o) => o.replace(/^--hash[= ]/, ''));
        (source === 'constraints' ? result.constraints : result.requirements).push(requirement);
    }
}
function readOption(line, where, source, via, context) {
    const { result, options } = context;
    // `--requirement=base.txt`, `--requirement base.txt`, `-r base.txt`, `-rbase.txt`
    const long = line.startsWith('--');
    const flagEnd = long ? line.search(/[=\s]|$/) : 2;
    const flag = line.slice(0, flagEnd);
    const value = line
        .slice(flagEnd)
        .replace(/^[=\s]\s*/, '')
        .trim();
    const here = `${where.file}:${where.line}`;
    const include = (kind) => {
        if (!value) {
            result.problems.push({ ...where, severity: 'error', message: `${flag} needs a file name` });
        }
        else if (/^[a-z]+:\/\//i.test(value)) {
            result.problems.push({
                ...where,
                severity: 'notice',
                message: `${flag} ${value} is a URL; shipcheck does not fetch it`,
            });
        }
        else {
            const target = toProjectPath(options.root, path.resolve(options.root, path.dirname(where.file), value));
            readFile(target, kind, [...via, here], context);
        }
    };
    switch (flag) {
        case '-r':
        case '--requirement':
            include(source === 'constraints' ? 'constraints' : 'requirements');
            return;
        case '-c':
        case '--constraint':
            include('constraints');
            return;
        case '-e':
        case '--editable': {
            const parsed = requirements_file_parseRequirementLine(value, { ...where, column: where.column + line.indexOf(value), via, source }, options.env);
            if (parsed.problem)
                result.problems.push({ ...where, severity: 'error', ...parsed.problem });
            else
                (source === 'constraints' ? result.constraints : result.requirements).push({
                    ...parsed.requirement,
                    editable: true,
                });
            return;
        }
        default:
            if (GLOBAL_FLAGS.has(flag) || GLOBAL_OPTIONS_WITH_VALUE.has(flag)) {
                if (GLOBAL_OPTIONS_WITH_VALUE.has(flag) && !value) {
                    result.problems.push({ ...where, severity: 'error', message: `${flag} needs a value` });
                }
                return;
            }
            result.problems.push({
                ...where,
                severity: 'error',
                message: `pip does not accept the option '${flag}' in a requirements file`,
                fix: 'see pip\'s "Requirements File Format" for the options it allows',
            });
    }
}
/** `name==1.0 --hash=sha256:abc --hash sha256:def` -> the requirement and its options. */
function splitPerRequirementOptions(text) {
    const at = text.search(/\s--?[a-zA-Z]/);
    if (at < 0)
        return [text, []];
    const requirement = text.slice(0, at).trimEnd();
    const optionsText = text.slice(at).trim();
    const parts = optionsText.split(/\s+(?=--)/);
    const found = [];
    for (const part of parts) {
        const flag = part.split(/[= ]/)[0];
        if (!PER_REQUIREMENT_OPTIONS.has(flag)) {
            return [
                requirement,
                found,
                { offset: text.indexOf(part), message: `'${flag}' is not an option pip accepts after a requirement` },
            ];
        }
        found.push(part);
    }
    return [requirement, found];
}
/** Joins `\` continuations and drops comments, keeping the line and column where each logical line starts. */
function logicalLines(text) {
    const physical = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    const out = [];
    for (let i = 0; i < physical.length; i++) {
        const startLine = i + 1;
        let joined = physical[i];
        while (/(^|[^\\])(\\\\)*\\$/.test(joined) && i + 1 < physical.length) {
            joined = joined.slice(0, -1) + physical[++i];
        }
        const withoutComment = joined.replace(/(^|\s)#.*$/, '');
        const trimmed = withoutComment.trim();
        if (!trimmed)
            continue;
        out.push({
            text: trimmed,
            line: startLine,
            column: withoutComment.length - withoutComment.trimStart().length + 1,
        });
    }
    return out;
}
/** pip expands ${NAME} (upper case, digits, underscore) in requirement files; unset ones stay as written. */
function expandEnv(text, env) {
    return text.replace(/\$\{([A-Z0-9_]+)\}/g, (match, name) => env[name] ?? match);
}
/** `git+https://...#egg=name`, `pkg-1.0-py3-none-any.whl`, `./libs/pkg` -> a project name when one can be told. */
function projectNameFromUrl(url) {
    const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(url);
    if (egg)
        return egg[1].replace(/-[0-9].*$/, '');
    const last = url.split(/[?#]/)[0].replace(/\/+$/, '').split('/').pop() ?? '';
    if (/\.whl$/i.test(last))
        return last.split('-')[0];
    const sdist = /^(.+?)-\d[^-]*\.(?:tar\.gz|tgz|tar\.bz2|tar\.xz|zip)$/i.exec(last);
    if (sdist)
        return sdist[1];
    return undefined;
}
function toProjectPath(root, absolute) {
    return path.relative(root, absolute).split(path.sep).join('/');
}
function fileExists(root, file) {
    return existsSync(path.resolve(root, file));
}

;// CONCATENATED MODULE: ./src/requirements/pyproject.ts




/** PEP 621 `[project] dependencies` and `optional-dependencies`, with the line each string stands on. */
function pyproject_readPyproject(root, env) {
    const file = 'pyproject.toml';
    let text;
    try {
        text = readFileSync(path.join(root, file), 'utf8');
    }
    catch {
        return undefined;
    }
    let data;
    try {
        data = parseToml(text);
    }
    catch (error) {
        const line = error.line ?? 1;
        return {
            requirements: [],
            problems: [
                {
                    file,
                    line,
                    column: 1,
                    severity: 'error',
                    message: `pyproject.toml is not valid TOML: ${error.message.split('\n')[0]}`,
                },
            ],
        };
    }
    const project = data.project;
    if (!project)
        return undefined;
    const lines = text.split('\n');
    const out = {
        requirements: [],
        problems: [],
        requiresPython: typeof project['requires-python'] === 'string' ? project['requires-python'] : undefined,
    };
    const strings = [
        ...(project.dependencies ?? []),
        ...Object.values(project['optional-dependencies'] ?? {}).flat(),
    ].filter((s) => typeof s === 'string');
    for (const spec of strings) {
        const index = lines.findIndex((line) => line.includes(`"${spec}"`) || line.includes(`'${spec}'`));
        const line = index + 1 || 1;
        const column = index >= 0 ? lines[index].indexOf(spec) + 1 : 1;
        const parsed = parseRequirementLine(spec.trim(), { file, line, column, via: [], source: 'pyproject' }, env);
        if (parsed.problem)
            out.problems.push({ file, line, severity: 'error', ...parsed.problem });
        else
            out.requirements.push(parsed.requirement);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/requirements/python-imports.ts
/**
 * Finds the modules a Python file imports, without running Python: a byte-level tokenizer (strings,
 * f-strings with nested fields, comments, brackets, line continuations) and a statement-level reader on top.
 * Checked file by file against CPython's own `ast` over the whole standard library
 * (test/integration/python-imports-differential.test.ts).
 */
const TOK_Name = 0;
const TOK_Str = 1;
const TOK_Op = 2;
const TOK_Number = 3;
const TOK_Newline = 4;
const TOK_Eof = 5;
const CH_Tab = 9;
const CH_Lf = 10;
const CH_FormFeed = 12;
const CH_Cr = 13;
const CH_Space = 32;
const CH_Bang = 33;
const CH_DQuote = 34;
const CH_Hash = 35;
const CH_SQuote = 39;
const CH_LParen = 40;
const CH_RParen = 41;
const CH_Plus = 43;
const CH_Minus = 45;
const CH_Dot = 46;
const CH_D0 = 48;
const CH_D9 = 57;
const CH_Colon = 58;
const CH_Semi = 59;
const CH_Eq = 61;
const CH_A = 65;
const CH_E = 69;
const CH_N = 78;
const CH_Z = 90;
const CH_LBracket = 91;
const CH_Backslash = 92;
const CH_RBracket = 93;
const CH_Underscore = 95;
const CH_a = 97;
const CH_e = 101;
const CH_z = 122;
const CH_LBrace = 123;
const CH_RBrace = 125;
function isNameStart(c) {
    return (c >= CH_a && c <= CH_z) || (c >= CH_A && c <= CH_Z) || c === CH_Underscore || c >= 0x80;
}
function isNameChar(c) {
    return isNameStart(c) || (c >= CH_D0 && c <= CH_D9);
}
// needles made once: a string needle is converted to bytes on every search
// searched without its `i`: Buffer#indexOf steps by the needle's first byte, and `m` is rarer than `i` in Python
// (a third faster over the standard library)
const MPORT_BYTES = Buffer.from('mport');
const CH_LowerI = 105;
/** The offset of the next `import` at or after `from`, or -1. */
function indexOfImport(bytes, from) {
    for (let p = bytes.indexOf(MPORT_BYTES, from + 1); p > 0; p = bytes.indexOf(MPORT_BYTES, p + 5)) {
        if (bytes[p - 1] === CH_LowerI)
            return p - 1;
    }
    return -1;
}
/** Byte classes for the fast path that skips the rest of a statement. */
const BYTE_Plain = 0;
const BYTE_Quote = 1;
const BYTE_Hash = 2;
const BYTE_Backslash = 3;
const BYTE_Newline = 4;
const BYTE_LParen = 5;
const BYTE_Open = 6;
const BYTE_Close = 7;
const BYTE_Semi = 8;
const BYTE_Colon = 9;
const BYTE_CLASS = new Uint8Array(256);
BYTE_CLASS[CH_DQuote] = BYTE_Quote;
BYTE_CLASS[CH_SQuote] = BYTE_Quote;
BYTE_CLASS[CH_Hash] = BYTE_Hash;
BYTE_CLASS[CH_Backslash] = BYTE_Backslash;
BYTE_CLASS[CH_Lf] = BYTE_Newline;
BYTE_CLASS[CH_Cr] = BYTE_Newline;
BYTE_CLASS[CH_LParen] = BYTE_LParen;
BYTE_CLASS[CH_LBracket] = BYTE_Open;
BYTE_CLASS[CH_LBrace] = BYTE_Open;
BYTE_CLASS[CH_RParen] = BYTE_Close;
BYTE_CLASS[CH_RBracket] = BYTE_Close;
BYTE_CLASS[CH_RBrace] = BYTE_Close;
BYTE_CLASS[CH_Semi] = BYTE_Semi;
BYTE_CLASS[CH_Colon] = BYTE_Colon;
const GUARDING_EXCEPTIONS = new Set(['ImportError', 'ModuleNotFoundError', 'Exception', 'BaseException']);
const utf8 = new TextDecoder('utf-8');
// Buffer's own byte-to-string copy, usable on any Uint8Array without wrapping it
const latin1Slice = Buffer.prototype
    .latin1Slice;
class Tokenizer {
    buf;
    pos = 0;
    depth = 0;
    type = TOK_Eof;
    start = 0;
    end = 0;
    /** true for a string token with an f/t prefix or bytes prefix: not a plain str constant */
    strIsPlain = false;
    /** set on the first token of each logical line */
    atLineStart = true;
    constructor(buf) {
        this.buf = buf;
    }
    text() {
        return bytesToString(this.buf, this.start, this.end);
    }
    /** a method, so TypeScript does not narrow `type` across calls to next() */
    isType(type) {
        return this.type === type;
    }
    is(op) {
        if (this.type !== TOK_Op || this.end - this.start !== op.length)
            return false;
        // byte comparison: this runs for every operator token, decoding would dominate the scan
        for (let i = 0; i < op.length; i++)
            if (this.buf[this.start + i] !== op.charCodeAt(i))
                return false;
        return true;
    }
    isName(name) {
        if (this.type !== TOK_Name || this.end - this.start !== name.length)
            return false;
        for (let i = 0; i < name.length; i++)
            if (this.buf[this.start + i] !== name.charCodeAt(i))
                return false;
        return true;
    }
    save() {
        return [this.pos, this.depth, this.type, this.start, this.end, this.strIsPlain, this.atLineStart];
    }
    restore(s) {
        [this.pos, this.depth, this.type, this.start, this.end, this.strIsPlain, this.atLineStart] = s;
    }
    next() {
        const buf = this.buf;
        const len = buf.length;
        let pos = this.pos;
        for (;;) {
            if (pos >= len) {
                this.pos = pos;
                this.start = this.end = pos;
                if (!this.atLineStart) {
                    // a file that does not end in a newline still ends its last logical line
                    this.atLineStart = true;
                    return (this.type = TOK_Newline);
                }
                return (this.type = TOK_Eof);
            }
            const c = buf[pos];
            if (c === CH_Space || c === CH_Tab || c === CH_FormFeed) {
                pos++;
            }
            else if (c === CH_Lf || c === CH_Cr) {
                pos += c === CH_Cr && buf[pos + 1] === CH_Lf ? 2 : 1;
                if (this.depth === 0 && !this.atLineStart) {
                    this.pos = pos;
                    this.start = this.end = pos;
                    this.atLineStart = true;
                    return (this.type = TOK_Newline);
                }
            }
            else if (c === CH_Hash) {
                while (pos < len && buf[pos] !== CH_Lf && buf[pos] !== CH_Cr)
                    pos++;
            }
            else if (c === CH_Backslash) {
                // line continuation (or a stray backslash, which is a syntax error anyway)
                pos++;
                if (buf[pos] === CH_Cr)
                    pos++;
                if (buf[pos] === CH_Lf)
                    pos++;
            }
            else {
                break;
            }
        }
        this.start = pos;
        this.atLineStart = false;
        const c = buf[pos];
        if (isNameStart(c)) {
            let p = pos + 1;
            while (p < len && isNameChar(buf[p]))
                p++;
            const q = buf[p];
            if ((q === CH_DQuote || q === CH_SQuote) && p - pos <= 2) {
                const prefix = stringPrefix(buf, pos, p);
                if (prefix) {
                    this.pos = this.scanString(p, prefix.formatted, prefix.raw);
                    this.end = this.pos;
                    this.strIsPlain = !prefix.formatted && !hasByte(buf, pos, p, 98);
                    return (this.type = TOK_Str);
                }
            }
            this.pos = this.end = p;
            return (this.type = TOK_Name);
        }
        if (c === CH_DQuote || c === CH_SQuote) {
            this.pos = this.end = this.scanString(pos, false, false);
            this.strIsPlain = true;
            return (this.type = TOK_Str);
        }
        if ((c >= CH_D0 && c <= CH_D9) || (c === CH_Dot && buf[pos + 1] >= CH_D0 && buf[pos + 1] <= CH_D9)) {
            let p = pos + 1;
            while (p < len) {
                const d = buf[p];
                if (isNameChar(d) || d === CH_Dot)
                    p++;
                else if ((d === CH_Plus || d === CH_Minus) &&
                    (buf[p - 1] === CH_e || buf[p - 1] === CH_E) &&
                    !isHex(buf, pos))
                    p++;
                else
                    break;
            }
            this.pos = this.end = p;
            return (this.type = TOK_Number);
        }
        // operators: only brackets, ':', ':=' and single characters matter to the reader
        if (c === CH_LParen || c === CH_LBracket || c === CH_LBrace)
            this.depth++;
        else if ((c === CH_RParen || c === CH_RBracket || c === CH_RBrace) && this.depth > 0)
            this.depth--;
        let p = pos + 1;
        if (c === CH_Colon && buf[p] === CH_Eq)
            p++;
        this.pos = this.end = p;
        return (this.type = TOK_Op);
    }
    /**
     * The fast path: skips the rest of a statement byte by byte, tracking only strings, comments and brackets,
     * and stops at what the reader needs: the logical line's end, `;` or `:` at depth 0 (another statement may
     * follow), or an `import_module(` / `__import__(` call. Leaves the tokenizer on that token.
     */
    skipStatement(everyLine) {
        const buf = this.buf;
        const len = buf.length;
        const from = this.pos;
        let p = this.pos;
        while (p < len) {
            // the tight loop over ordinary bytes (names, numbers, spaces, operators) is where most time goes
            while (p < len && BYTE_CLASS[buf[p]] === BYTE_Plain)
                p++;
            if (p >= len)
                break;
            const c = buf[p];
            switch (BYTE_CLASS[c]) {
                case BYTE_Plain:
                    p++;
                    break;
                case BYTE_Quote: {
                    let start = p;
                    while (start > 0 && isNameChar(buf[start - 1]))
                        start--;
                    const prefix = p - start > 0 && p - start <= 2 ? stringPrefix(buf, start, p) : undefined;
                    p = this.scanString(p, prefix?.formatted ?? false, prefix?.raw ?? false);
                    break;
                }
                case BYTE_Hash:
                    // comments run to the line end (a byte loop: most comments are shorter than a native call costs)
                    while (p < len && buf[p] !== CH_Lf && buf[p] !== CH_Cr)
                        p++;
                    break;
                case BYTE_Backslash:
                    p++;
                    if (buf[p] === CH_Cr)
                        p++;
                    if (buf[p] === CH_Lf)
                        p++;
                    break;
                case BYTE_Newline:
                    if (this.depth === 0) {
                        if (everyLine) {
                            this.pos = p;
                            return this.next();
                        }
                        // No block is open, so only a line that may start import/from/if/try/else/except/finally
                        // matters to the reader: run straight through the others (most lines of a file).
                        const q = this.nextLineStart(p);
                        if (q >= len || startsStatementOfInterest(buf, q)) {
                            this.pos = p;
                            return this.next();
                        }
                        p = q;
                        break;
                    }
                    p++;
                    break;
                case BYTE_LParen: {
                    let end = p;
                    while (end > 0 && (buf[end - 1] === CH_Space || buf[end - 1] === CH_Tab))
                        end--;
                    let start = end;
                    while (start > 0 && isNameChar(buf[start - 1]))
                        start--;
                    const length = end - start;
                    // (an identifier the reader already saw, before `from`, was already judged)
                    if ((length === 13 || length === 10) && start >= from) {
                        const name = bytesToString(buf, start, end);
                        if (name === 'import_module' || name === '__import__') {
                            this.pos = start;
                            return this.next();
                        }
                    }
                    this.depth++;
                    p++;
                    break;
                }
                case BYTE_Open:
                    this.depth++;
                    p++;
                    break;
                case BYTE_Close:
                    if (this.depth > 0)
                        this.depth--;
                    p++;
                    break;
                case BYTE_Semi:
                case BYTE_Colon:
                    if (this.depth === 0 && !(c === CH_Colon && buf[p + 1] === CH_Eq)) {
                        this.pos = p;
                        return this.next();
                    }
                    p += c === CH_Colon && buf[p + 1] === CH_Eq ? 2 : 1;
                    break;
            }
        }
        this.pos = len;
        return this.next();
    }
    /** From a line end: the first byte of the next line that is not blank, a comment or a continuation. */
    nextLineStart(from) {
        const buf = this.buf;
        const len = buf.length;
        let q = from;
        while (q < len) {
            const c = buf[q];
            if (c === CH_Lf || c === CH_Cr || c === CH_Space || c === CH_Tab || c === CH_FormFeed)
                q++;
            else if (c === CH_Hash) {
                while (q < len && buf[q] !== CH_Lf && buf[q] !== CH_Cr)
                    q++;
            }
            else
                break;
        }
        return q;
    }
    /** From the opening quote; returns the position after the closing quote. */
    scanString(pos, formatted, raw) {
        const buf = this.buf;
        const len = buf.length;
        const q = buf[pos];
        const triple = buf[pos + 1] === q && buf[pos + 2] === q;
        let p = pos + (triple ? 3 : 1);
        if (triple && !formatted) {
            // docstrings are most of the bytes: let indexOf find the candidates
            for (;;) {
                const found = indexOfByte(buf, q, p);
                if (found < 0)
                    return len;
                if (buf[found + 1] === q && buf[found + 2] === q && !escaped(buf, found, p))
                    return found + 3;
                p = found + 1;
            }
        }
        while (p < len) {
            const c = buf[p];
            if (c === CH_Backslash) {
                if (formatted && !raw && buf[p + 1] === CH_N && buf[p + 2] === CH_LBrace) {
                    const close = indexOfByte(buf, CH_RBrace, p + 3);
                    p = close < 0 ? len : close + 1;
                }
                else {
                    p += 2;
                }
            }
            else if (c === q) {
                if (!triple)
                    return p + 1;
                if (buf[p + 1] === q && buf[p + 2] === q)
                    return p + 3;
                p++;
            }
            else if ((c === CH_Lf || c === CH_Cr) && !triple && !formatted) {
                return p; // unterminated: resynchronise at the line end
            }
            else if (formatted && c === CH_LBrace) {
                if (buf[p + 1] === CH_LBrace)
                    p += 2;
                else
                    p = this.scanField(p + 1);
            }
            else {
                p++;
            }
        }
        return len;
    }
    /** A replacement field of an f-string, after its `{`; returns the position after its `}`. */
    scanField(pos) {
        const buf = this.buf;
        const len = buf.length;
        let level = 0;
        let p = pos;
        while (p < len) {
            const c = buf[p];
            if (c === CH_DQuote || c === CH_SQuote) {
                p = this.scanString(p, false, false);
            }
            else if (isNameStart(c)) {
                let e = p + 1;
                while (e < len && isNameChar(buf[e]))
                    e++;
                const q = buf[e];
                if ((q === CH_DQuote || q === CH_SQuote) && e - p <= 2) {
                    const prefix = stringPrefix(buf, p, e);
                    if (prefix) {
                        p = this.scanString(e, prefix.formatted, prefix.raw);
                        continue;
                    }
                }
                p = e;
            }
            else if (c === CH_LParen || c === CH_LBracket || c === CH_LBrace) {
                level++;
                p++;
            }
            else if (c === CH_RParen || c === CH_RBracket) {
                if (level > 0)
                    level--;
                p++;
            }
            else if (c === CH_RBrace) {
                if (level === 0)
                    return p + 1;
                level--;
                p++;
            }
            else if (c === CH_Bang && buf[p + 1] !== CH_Eq && level === 0) {
                p++; // conversion !r !s !a: the name follows, then ':' or '}'
            }
            else if (c === CH_Colon && level === 0) {
                return this.scanFormatSpec(p + 1);
            }
            else {
                p++;
            }
        }
        return len;
    }
    /** Literal text with nested `{fields}`, up to the `}` that ends the enclosing field. */
    scanFormatSpec(pos) {
        const buf = this.buf;
        let p = pos;
        while (p < buf.length) {
            const c = buf[p];
            if (c === CH_LBrace)
                p = this.scanField(p + 1);
            else if (c === CH_RBrace)
                return p + 1;
            else if (c === CH_Backslash)
                p += 2;
            else
                p++;
        }
        return buf.length;
    }
}
const KEYWORDS_OF_INTEREST = ['import', 'from', 'if', 'elif', 'else', 'try', 'except', 'finally'].map((word) => Array.from(word, (ch) => ch.charCodeAt(0)));
/** The line at `at` starts with a keyword the statement reader acts on (then a non-name byte). */
function startsStatementOfInterest(buf, at) {
    const first = buf[at];
    // i(f|mport), f(rom|inally), t(ry), e(l(if|se)|xcept): anything else is skipped without a look
    if (first !== 105 && first !== 102 && first !== 116 && first !== 101)
        return false;
    for (const word of KEYWORDS_OF_INTEREST) {
        if (word[0] !== first)
            continue;
        let i = 1;
        while (i < word.length && buf[at + i] === word[i])
            i++;
        if (i === word.length && !isNameChar(buf[at + i] ?? 0x20))
            return true;
    }
    return false;
}
/** Bytes as a string: ASCII (nearly every identifier) without a decoder or a subarray. */
function bytesToString(buf, start, end) {
    for (let i = start; i < end; i++)
        if (buf[i] >= 0x80)
            return utf8.decode(buf.subarray(start, end));
    // ASCII: one flat string straight from the bytes (appending a character at a time made a string per byte)
    return latin1Slice.call(buf, start, end);
}
/** The f/t and r flags of a string prefix of one or two bytes (`rb`, `F`, `tr`), or undefined when it is none. */
function stringPrefix(buf, start, end) {
    let formatted = false;
    let raw = false;
    let bytes = false;
    let unicode = false;
    for (let i = start; i < end; i++) {
        const c = buf[i] | 0x20; // lower case
        if (c === 102 /* f */ || c === 116 /* t */) {
            if (formatted)
                return undefined;
            formatted = true;
        }
        else if (c === 114 /* r */) {
            if (raw)
                return undefined;
            raw = true;
        }
        else if (c === 98 /* b */) {
            if (bytes)
                return undefined;
            bytes = true;
        }
        else if (c === 117 /* u */) {
            unicode = true;
        }
        else
            return undefined;
    }
    const length = end - start;
    if (unicode && length !== 1)
        return undefined;
    if (bytes && formatted)
        return undefined;
    return { formatted, raw };
}
function hasByte(buf, start, end, lower) {
    for (let i = start; i < end; i++)
        if ((buf[i] | 0x20) === lower)
            return true;
    return false;
}
function isHex(buf, start) {
    return buf[start] === CH_D0 && (buf[start + 1] === 120 || buf[start + 1] === 88);
}
function indexOfByte(buf, byte, from) {
    return buf.indexOf(byte, from);
}
/** True when the quote at `at` is escaped by an odd run of backslashes (not reaching before `floor`). */
function escaped(buf, at, floor) {
    let n = 0;
    for (let p = at - 1; p >= floor && buf[p] === CH_Backslash; p--)
        n++;
    return n % 2 === 1;
}
/** Line and column (1-based, in characters) of byte offsets, counted lazily and in increasing order. */
class Positions {
    buf;
    offset = 0;
    line = 1;
    lineStart = 0;
    hasCr;
    constructor(buf) {
        this.buf = buf;
        this.hasCr = buf.indexOf(CH_Cr) >= 0;
    }
    at(target) {
        const buf = this.buf;
        if (target < this.offset) {
            this.offset = 0;
            this.line = 1;
            this.lineStart = 0;
        }
        if (this.hasCr) {
            // CRLF counts once; a lone CR is a line end of its own
            for (let p = this.offset; p < target; p++) {
                const c = buf[p];
                if (c === CH_Lf || (c === CH_Cr && buf[p + 1] !== CH_Lf)) {
                    this.line++;
                    this.lineStart = p + 1;
                }
            }
        }
        else {
            for (let p = buf.indexOf(CH_Lf, this.offset); p >= 0 && p < target; p = buf.indexOf(CH_Lf, p + 1)) {
                this.line++;
                this.lineStart = p + 1;
            }
        }
        this.offset = target;
        let column = target - this.lineStart + 1;
        for (let p = this.lineStart; p < target; p++) {
            if (buf[p] >= 0x80) {
                column = utf8.decode(buf.subarray(this.lineStart, target)).length + 1;
                break;
            }
        }
        return { line: this.line, column, lineStart: this.lineStart };
    }
}
/** Indentation of the line holding `offset`, tabs to the next multiple of 8 as Python counts them. */
function indentAt(buf, offset) {
    let start = offset;
    while (start > 0 && buf[start - 1] !== CH_Lf && buf[start - 1] !== CH_Cr)
        start--;
    let col = 0;
    for (let p = start; p < offset; p++) {
        if (buf[p] === CH_Tab)
            col = (Math.floor(col / 8) + 1) * 8;
        else if (buf[p] === CH_FormFeed)
            col = 0;
        else
            col++;
    }
    return col;
}
/**
 * `positions: false` skips line counting (most of a file's imports never become findings); the caller
 * then locates the few it reports with `new Positions(buf).at(offset)`.
 */
function scanPythonImports(buf, options = {}) {
    const tok = new Tokenizer(buf);
    const positions = options.positions === false ? undefined : new Positions(buf);
    const imports = [];
    const tries = [];
    const bytes = Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.length);
    // Every statement or call this reader records spells `import` at or after its start (import, from ...
    // import, import_module, __import__): once no `import` follows, no statement can be one. Searched forward
    // as the reader advances (each byte once; a search back from the end cost twice as much).
    let nextImport = indexOfImport(bytes, 0);
    /** indentation of an `if TYPE_CHECKING:` header whose body we are in; -1 when none */
    let typeCheckingIndent = -1;
    // where the statement being read sits: set before each reader call, so the one `record` closure serves them all
    let recordIndent = 0;
    let recordSkipped = false;
    const record = (module, names, kind, offset) => {
        if (recordSkipped)
            return;
        let line = 0;
        let column = 0;
        if (positions)
            ({ line, column } = positions.at(offset));
        const item = { module, names, kind, offset, line, column, guarded: false };
        imports.push(item);
        for (const block of tries)
            if (recordIndent > block.indent)
                block.imports.push(item);
    };
    while (tok.next() !== TOK_Eof) {
        if (tok.isType(TOK_Newline))
            continue;
        // (an open try block still needs its except line, which marks the imports it guards)
        if (tok.start > nextImport) {
            nextImport = nextImport < 0 ? -1 : indexOfImport(bytes, tok.start);
            if (nextImport < 0 && tries.length === 0)
                break;
            if (nextImport < 0)
                nextImport = buf.length;
        }
        // indentation matters only inside open blocks and on block headers; most lines skip counting it
        const header = tok.isType(TOK_Name) &&
            (tok.isName('if') ||
                tok.isName('elif') ||
                tok.isName('try') ||
                tok.isName('except') ||
                tok.isName('else') ||
                tok.isName('finally') ||
                tok.isName('import') ||
                tok.isName('from'));
        const indent = header || typeCheckingIndent >= 0 || tries.length > 0 ? indentAt(buf, tok.start) : 0;
        if (typeCheckingIndent >= 0 && indent <= typeCheckingIndent)
            typeCheckingIndent = -1;
        // leave try blocks this line is not inside of (except/else/finally at the try's own indent stay)
        while (tries.length > 0) {
            const top = tries[tries.length - 1];
            if (indent > top.indent)
                break;
            if (indent === top.indent && (tok.isName('except') || tok.isName('else') || tok.isName('finally')))
                break;
            tries.pop();
        }
        let skipping = typeCheckingIndent >= 0;
        let sameLineTry;
        if ((tok.isName('if') || tok.isName('elif')) && isTypeCheckingHeader(tok)) {
            // the header's own line may carry its body after the colon: `if TYPE_CHECKING: import x`
            if (!skipping)
                typeCheckingIndent = indent;
            skipping = true;
        }
        else if (tok.isName('try')) {
            const state = tok.save();
            if ((tok.next(), tok.is(':'))) {
                sameLineTry = { indent, imports: [] };
                tries.push(sameLineTry);
            }
            tok.restore(state);
        }
        else if (tok.isName('except')) {
            const block = tries.find((candidate) => candidate.indent === indent);
            const state = tok.save();
            let guards = false;
            if ((tok.next(), tok.is(':')))
                guards = true;
            else {
                while (!tok.isType(TOK_Newline) && !tok.isType(TOK_Eof) && !(tok.depth === 0 && tok.is(':'))) {
                    if (tok.isType(TOK_Name) && GUARDING_EXCEPTIONS.has(tok.text()))
                        guards = true;
                    tok.next();
                }
            }
            tok.restore(state);
            if (block && guards)
                for (const item of block.imports)
                    item.guarded = true;
        }
        // the statements of this logical line
        let statementStart = true;
        for (;;) {
            if (tok.isType(TOK_Newline) || tok.isType(TOK_Eof))
                break;
            if (statementStart && tok.isType(TOK_Name)) {
                if (tok.isName('import')) {
                    recordIndent = sameLineTry ? indent + 1 : indent;
                    recordSkipped = skipping;
                    readImport(tok, record);
                    continue;
                }
                if (tok.isName('from')) {
                    recordIndent = sameLineTry ? indent + 1 : indent;
                    recordSkipped = skipping;
                    readFrom(tok, record);
                    continue;
                }
            }
            statementStart = false;
            if (tok.isType(TOK_Op) && tok.depth === 0 && (tok.is(';') || tok.is(':'))) {
                // another statement may follow on this line: read its first token properly
                statementStart = true;
                tok.next();
                continue;
            }
            else if (tok.isName('import_module') || tok.isName('__import__')) {
                const module = readDynamicImport(tok);
                if (module !== undefined) {
                    if (module.value && !module.value.startsWith('.')) {
                        recordIndent = indent;
                        recordSkipped = skipping;
                        record(module.value, undefined, 'dynamic', module.offset);
                    }
                    continue;
                }
            }
            tok.skipStatement(typeCheckingIndent >= 0 || tries.length > 0);
        }
    }
    return imports;
}
/**
 * After `if`/`elif`: exactly a name or an attribute ending in `TYPE_CHECKING` (`TYPE_CHECKING`, `typing.TYPE_CHECKING`,
 * optionally in parentheses), then `:` — what CPython's ast calls a Name or Attribute test. `not TYPE_CHECKING`
 * and `TYPE_CHECKING or x` are not: their bodies run.
 */
function isTypeCheckingHeader(tok) {
    // (read token by token: a search of the whole file for the word, to skip this, cost more than every header)
    const state = tok.save();
    let ok = false;
    let parens = 0;
    tok.next();
    while (tok.isType(TOK_Op) && tok.is('(')) {
        parens++;
        tok.next();
    }
    let last = -1;
    if (tok.isType(TOK_Name)) {
        last = tok.start;
        tok.next();
        while (tok.isType(TOK_Op) && tok.is('.')) {
            tok.next();
            if (!tok.isType(TOK_Name)) {
                last = -1;
                break;
            }
            last = tok.start;
            tok.next();
        }
    }
    if (last >= 0) {
        while (parens > 0 && tok.isType(TOK_Op) && tok.is(')')) {
            parens--;
            tok.next();
        }
        ok =
            parens === 0 &&
                tok.isType(TOK_Op) &&
                tok.is(':') &&
                tok.depth === 0 &&
                isWordAt(tok.buf, last, 'TYPE_CHECKING');
    }
    tok.restore(state);
    return ok;
}
function isWordAt(buf, at, word) {
    for (let i = 0; i < word.length; i++)
        if (buf[at + i] !== word.charCodeAt(i))
            return false;
    return !isNameChar(buf[at + word.length] ?? 0x20);
}
/** At `import`: `a.b as c, d`. Leaves the tokenizer after the statement. */
function readImport(tok, found) {
    const statement = tok.start;
    tok.next();
    for (;;) {
        const module = readDottedName(tok);
        if (!module)
            return;
        found(module, undefined, 'import', statement);
        if (tok.isName('as')) {
            tok.next();
            tok.next();
        }
        if (!(tok.isType(TOK_Op) && tok.is(',')))
            return;
        tok.next();
    }
}
/** At `from`: relative and `__future__` imports are not dependencies. */
function readFrom(tok, found) {
    const statement = tok.start;
    tok.next();
    let relative = false;
    while (tok.isType(TOK_Op) && tok.is('.')) {
        relative = true;
        tok.next();
    }
    const module = relative ? undefined : readDottedName(tok);
    if (!tok.isName('import'))
        return;
    tok.next();
    const names = [];
    while (!tok.isType(TOK_Newline) &&
        !tok.isType(TOK_Eof) &&
        !(tok.depth === 0 && tok.isType(TOK_Op) && tok.is(';'))) {
        if (tok.isType(TOK_Name)) {
            if (tok.isName('as'))
                tok.next();
            else
                names.push(tok.text());
        }
        tok.next();
    }
    if (module && module !== '__future__')
        found(module, names, 'from', statement);
}
function readDottedName(tok) {
    if (!tok.isType(TOK_Name))
        return undefined;
    let name = bytesToString(tok.buf, tok.start, tok.end);
    tok.next();
    while (tok.isType(TOK_Op) && tok.is('.')) {
        tok.next();
        if (!tok.isType(TOK_Name))
            break;
        name += `.${bytesToString(tok.buf, tok.start, tok.end)}`;
        tok.next();
    }
    return name;
}
/**
 * At `import_module` or `__import__`: `("literal"` then `,` or `)`. Returns undefined (tokenizer restored)
 * when it is not such a call, else the literal (value undefined when not a plain string).
 */
function readDynamicImport(tok) {
    const state = tok.save();
    tok.next();
    if (!(tok.isType(TOK_Op) && tok.is('('))) {
        tok.restore(state);
        return undefined;
    }
    tok.next();
    const offset = tok.start;
    let value = '';
    let plain = true;
    let parts = 0;
    while (tok.isType(TOK_Str)) {
        parts++;
        plain &&= tok.strIsPlain;
        if (plain)
            value += stringLiteralValue(tok.buf.subarray(tok.start, tok.end));
        tok.next();
    }
    if (parts === 0 || !(tok.isType(TOK_Op) && (tok.is(',') || tok.is(')')))) {
        tok.restore(state);
        return undefined;
    }
    return plain ? { value, offset } : { offset };
}
/** The value of a simple (non-f, non-bytes) string literal; module names need no escape handling beyond the basics. */
function stringLiteralValue(raw) {
    let text = utf8.decode(raw);
    const prefix = /^[rRuU]*/.exec(text)[0];
    text = text.slice(prefix.length);
    const quote = text.startsWith('"""') || text.startsWith("'''") ? 3 : 1;
    return text.slice(quote, text.length - quote);
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/requirements/source-scan.ts
/**
 * Reads a project's Python sources: every import (by byte offset) and every URL scheme the text mentions.
 * One thread: worker threads were measured (bench/lint-requirements) and gained under 10% on two cores while
 * each paid its own JIT warm-up and 60 MB more memory.
 */




/** `files` are relative to `root` (as findPythonFiles gives them: no `.` or `..` segments), or absolute. */
function source_scan_readSources(root, files) {
    const scan = { imports: [], schemes: new Set(), unreadable: [] };
    // joined by hand: path.join normalises every path again, a cost on 13,000 files for nothing
    const base = root.endsWith((external_node_path_default()).sep) ? root : root + (external_node_path_default()).sep;
    // one buffer, grown as needed: 13,000 files do not become 13,000 allocations to collect
    let buffer = Buffer.allocUnsafe(1 << 20);
    for (const file of files) {
        let size;
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(external_node_path_default().isAbsolute(file) ? file : base + file, 'r');
        }
        catch {
            scan.unreadable.push(file);
            continue;
        }
        try {
            // read until a short read instead of asking the size first: one system call fewer per file
            size = 0;
            for (;;) {
                if (size === buffer.length) {
                    const bigger = Buffer.allocUnsafe(buffer.length * 2);
                    buffer.copy(bigger, 0, 0, size);
                    buffer = bigger;
                }
                const wanted = buffer.length - size;
                const n = (0,external_node_fs_.readSync)(fd, buffer, size, wanted, null);
                size += n;
                // a regular file answers a short read only at its end
                if (n < wanted)
                    break;
            }
        }
        catch {
            scan.unreadable.push(file);
            continue;
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        const content = buffer.subarray(0, size);
        if (!(0,external_node_buffer_.isUtf8)(content)) {
            scan.unreadable.push(file);
            continue;
        }
        for (const found of scanPythonImports(content, { positions: false })) {
            // set, not spread: spreading each import costs more than scanning for it
            const item = found;
            item.file = file;
            scan.imports.push(item);
        }
        source_scan_collectSchemes(content, scan.schemes);
    }
    return scan;
}
// searched as `//` then checked for the `:` before it: a needle that starts with `:` stops at every `def f():`
const SLASHES = Buffer.from('//');
const source_scan_CH_Colon = 58;
const SCHEME_CHAR = /[a-z0-9+_.-]/i;
/** `mysql+pymysql://` in text -> `mysql+pymysql` */
function source_scan_collectSchemes(buf, into) {
    for (let slashes = buf.indexOf(SLASHES, 1); slashes > 0; slashes = buf.indexOf(SLASHES, slashes + 2)) {
        if (buf[slashes - 1] !== source_scan_CH_Colon)
            continue;
        const at = slashes - 1;
        let start = at;
        while (start > 0 && SCHEME_CHAR.test(String.fromCharCode(buf[start - 1])))
            start--;
        if (start < at)
            into.add(buf.subarray(start, at).toString('latin1').toLowerCase());
    }
}

;// CONCATENATED MODULE: ./src/requirements/data/incompatible-versions.json
const incompatible_versions_namespaceObject = {};
;// CONCATENATED MODULE: ./src/requirements/data/python-support.json
const python_support_namespaceObject = {};
;// CONCATENATED MODULE: ./src/requirements/versions.ts

/** The one version `==1.2.3` or `===1.2.3` allows; undefined for ranges and wildcards. */
function versions_pinnedVersion(specifier) {
    const match = /^===?([^,*]+)$/.exec(specifier.trim());
    return match && valid(match[1]) ? match[1] : undefined;
}
function satisfiesAll(version, specifiers) {
    return specifiers.every((spec) => spec === '' || satisfies(version, spec));
}
/**
 * Whether some version satisfies every specifier (an empty one allows all). Exact for pins; for ranges it
 * tries the versions the specifiers name and their neighbours, which is where range boundaries lie.
 */
function versions_canResolveTogether(specifiers) {
    const pins = specifiers.map(versions_pinnedVersion).filter((v) => v !== undefined);
    if (pins.length > 0)
        return satisfiesAll(pins[0], specifiers);
    const candidates = new Set(['0.0.1', '0.1', '1.0', '99999']);
    for (const spec of specifiers) {
        for (const mentioned of spec.match(/\d+(?:\.\d+)*/g) ?? []) {
            const parts = mentioned.split('.').map(Number);
            candidates.add(mentioned);
            const last = parts.length - 1;
            candidates.add([...parts.slice(0, last), parts[last] + 1].join('.'));
            if (parts[last] > 0)
                candidates.add([...parts.slice(0, last), parts[last] - 1, 999].join('.'));
            candidates.add(`${parts[0] + 1}.0`);
            if (parts[0] > 0)
                candidates.add(`${parts[0] - 1}.999`);
            candidates.add(`${mentioned}.1`);
        }
    }
    return [...candidates].some((version) => valid(version) && satisfiesAll(version, specifiers));
}

;// CONCATENATED MODULE: ./src/requirements/rules/compatibility.ts





/** Requirement specifier combined with any constraint on the same distribution. */
function effectiveSpecifiers(name, requirements, constraints) {
    const declared = requirements.find((r) => r.normalized === name && r.applies);
    if (!declared)
        return { specs: [] };
    const specs = [
        declared.specifier,
        ...constraints.filter((c) => c.normalized === name).map((c) => c.specifier),
    ].filter((s) => s !== '');
    return { specs, at: declared };
}
/**
 * incompatible-versions: known broken pairs, from pinned versions (error) or ranges that can resolve to
 * the broken pair (warning). python-version-incompatible: pins older than the first release for the
 * target Python.
 */
function compatibility_checkCompatibility(requirements, constraints, pythonVersion) {
    const findings = [];
    for (const pair of incompatible.pairs) {
        const names = Object.keys(pair.when);
        // The second name may stand for a family (opencv-python and its -headless/-contrib builds).
        const alternatives = names.map((name, index) => index === names.length - 1 ? [name, ...(pair.also ?? [])] : [name]);
        const matches = [];
        for (const [index, options] of alternatives.entries()) {
            const condition = pair.when[names[index]];
            const hit = options
                .map((name) => ({ name, ...effectiveSpecifiers(name, requirements, constraints) }))
                .find((candidate) => candidate.at);
            if (!hit?.at)
                break;
            matches.push({ requirement: hit.at, specs: hit.specs, condition });
        }
        if (matches.length !== names.length)
            continue;
        const pinnedBroken = matches.every((m) => {
            const pin = m.specs.map(pinnedVersion).find(Boolean);
            return pin !== undefined && satisfies(pin, m.condition);
        });
        const possible = matches.every((m) => canResolveTogether([...m.specs, m.condition]));
        if (!pinnedBroken && !possible)
            continue;
        // annotate the later of the two lines: the one that completed the broken pair
        const ordered = [...matches].sort((a, b) => a.requirement.file === b.requirement.file ? a.requirement.line - b.requirement.line : 0);
        const [first, last] = [ordered[0], ordered[ordered.length - 1]];
        const describe = (m) => `${m.requirement.name}${m.specs.join(',') || ' (any version)'}`;
        findings.push({
            rule: 'incompatible-versions',
            severity: pinnedBroken ? 'error' : 'warning',
            message: pinnedBroken
                ? `${describe(first)} (${first.requirement.file}:${first.requirement.line}) with ${describe(last)} breaks at import: ${pair.error}`
                : `${describe(first)} with ${describe(last)} can resolve to a broken pair (${Object.entries(pair.when)
                    .map(([n, s]) => `${n}${s}`)
                    .join(' with ')}): ${pair.error}`,
            file: last.requirement.file,
            line: last.requirement.line,
            column: last.requirement.column,
            fix: `${pair.fix} (${pair.source})`,
        });
    }
    const support = pythonSupport.distributions;
    for (const requirement of requirements) {
        if (!requirement.normalized || !requirement.applies)
            continue;
        const table = support[requirement.normalized];
        const pin = pinnedVersion(requirement.specifier);
        if (!table || !pin)
            continue;
        // the newest Python in the table that is not newer than the target
        const row = Object.keys(table)
            .filter((key) => /^\d+\.\d+$/.test(key) && compareMinor(key, pythonVersion) <= 0)
            .sort(compareMinor)
            .pop();
        if (!row)
            continue;
        const first = table[row];
        if (satisfies(pin, `<${first}`)) {
            findings.push({
                rule: 'python-version-incompatible',
                severity: 'error',
                message: `${requirement.name}==${pin} has no wheel for Python ${pythonVersion} (the first release with one is ${first}); pip falls back to building it from source, which fails in a slim image`,
                file: requirement.file,
                line: requirement.line,
                column: requirement.column,
                fix: `pin ${requirement.name}>=${first} (${table.source ?? 'release notes'}), or run an older Python`,
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/requirements/data/system-packages.json
const system_packages_namespaceObject = {};
;// CONCATENATED MODULE: ./src/requirements/rules/system-packages.ts


/**
 * What the full `python:3.X` images (buildpack-deps) already carry, so a build or runtime need is met
 * without an install line. https://github.com/docker-library/buildpack-deps/blob/master/debian/bookworm/Dockerfile
 */
const FULL_IMAGE_PACKAGES = new Set([
    'build-essential',
    'gcc',
    'g++',
    'make',
    'pkg-config',
    'libpq-dev',
    'default-libmysqlclient-dev',
    'libmagickwand-dev',
    'libmagickwand-6.q16-6',
    'libglib2.0-0',
    'libmagic1',
    'libcurl4-openssl-dev',
    'libssl-dev',
    'libldap2-dev',
    'libsasl2-dev',
]);
/** missing-system-package: a requirement needs OS packages the image's final stage (or any, for build time) lacks. */
function system_packages_checkSystemPackages(requirements, docker, dockerfile) {
    const findings = [];
    const finalStage = docker.stages[docker.stages.length - 1];
    const family = finalStage.family;
    if (family === 'unknown')
        return findings;
    const runtimeHave = packagesOf(docker, finalStage);
    const buildHave = new Set(docker.stages.flatMap((stage) => [...packagesOf(docker, stage)]));
    const needs = systemPackages.distributions;
    for (const requirement of requirements) {
        const need = requirement.normalized ? needs[requirement.normalized] : undefined;
        if (!need || !requirement.applies)
            continue;
        if (need.images && !need.images.includes(family))
            continue;
        const have = need.runtime ? runtimeHave : buildHave;
        const wanted = family === 'alpine' ? need.alpine : need.debian;
        const missing = wanted
            .map((entry) => (Array.isArray(entry) ? entry : [entry]))
            .filter((options) => !options.some((name) => have.has(name) || (family === 'full' && FULL_IMAGE_PACKAGES.has(name))))
            .map((options) => options[0]);
        if (missing.length === 0)
            continue;
        const installLine = finalStage.installLines[finalStage.installLines.length - 1];
        const command = family === 'alpine'
            ? `apk add --no-cache ${missing.join(' ')}`
            : `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
        findings.push({
            rule: 'missing-system-package',
            severity: 'error',
            message: `${requirement.name} (${requirement.file}:${requirement.line}) needs ${missing.join(', ')} in the ${family} image ${finalStage.image}, which does not install ${missing.length === 1 ? 'it' : 'them'}: ${need.error}`,
            file: dockerfile,
            line: installLine ?? finalStage.fromLine,
            fix: `${installLine ? 'add to this install line' : 'add a RUN line'}: ${command}${need.alternative ? `; or ${need.alternative}` : ''} (${need.source})`,
        });
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/requirements/online.ts

class Unreachable extends (/* unused pure expression or super */ null && (Error)) {
}
async function getJson(url, timeoutSeconds, init) {
    let response;
    try {
        response = await fetch(url, {
            ...init,
            signal: AbortSignal.timeout(timeoutSeconds * 1000),
            headers: { accept: 'application/json', 'content-type': 'application/json', 'user-agent': 'shipcheck' },
        });
    }
    catch (error) {
        const reason = error.name === 'TimeoutError'
            ? `no answer within ${timeoutSeconds}s`
            : (error.cause?.message ?? error.message);
        throw new Unreachable(`${new URL(url).origin}: ${reason}`);
    }
    if (response.status >= 500)
        throw new Unreachable(`${new URL(url).origin}: HTTP ${response.status}`);
    if (response.status !== 200)
        return { status: response.status };
    try {
        return { status: 200, body: await response.json() };
    }
    catch {
        throw new Unreachable(`${new URL(url).origin}: the answer was not JSON`);
    }
}
/** Runs `work` over items with at most `limit` in flight. */
async function pool(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    }));
    return results;
}
/** A wheel that pip would pick on Linux x86_64 (glibc) for CPython X.Y. */
function wheelFits(filename, pythonVersion) {
    const parts = filename.replace(/\.whl$/, '').split('-');
    if (parts.length < 5)
        return false;
    const [pythonTags, abiTags, platformTags] = parts.slice(-3);
    const cp = `cp${pythonVersion.replace('.', '')}`;
    const minor = Number(pythonVersion.split('.')[1]);
    const platformOk = platformTags
        .split('.')
        .some((p) => p === 'any' || (/^(manylinux|linux)/.test(p) && p.endsWith('x86_64')));
    const pythonOk = pythonTags.split('.').some((tag) => {
        if (tag === 'py3' || tag === 'py2.py3' || tag === cp)
            return true;
        const m = /^cp3(\d+)$/.exec(tag);
        return m !== null && abiTags.includes('abi3') && Number(m[1]) <= minor;
    });
    return platformOk && pythonOk;
}
async function online_checkOnline(requirements, pythonVersion, settings) {
    const pinned = requirements
        .map((requirement) => ({ requirement, version: pinnedVersion(requirement.specifier) }))
        .filter((p) => p.version !== undefined && p.requirement.applies && !!p.requirement.name);
    const findings = [];
    const unreachable = new Set();
    await pool(pinned, 8, async ({ requirement, version }) => {
        const at = { file: requirement.file, line: requirement.line, column: requirement.column };
        try {
            const { status, body } = await getJson(`${settings.pypiUrl}/pypi/${encodeURIComponent(requirement.name)}/${encodeURIComponent(version)}/json`, settings.timeout);
            if (status === 404) {
                findings.push({
                    rule: 'unknown-version',
                    severity: 'error',
                    message: `${requirement.name}==${version} does not exist on the package index: pip fails with "No matching distribution found"`,
                    ...at,
                    fix: 'pin a released version',
                });
                return;
            }
            const release = body;
            if (release?.info?.yanked) {
                findings.push({
                    rule: 'unknown-version',
                    severity: 'error',
                    message: `${requirement.name}==${version} was yanked${release.info.yanked_reason ? `: ${release.info.yanked_reason}` : ''}`,
                    ...at,
                    fix: 'pin a release that was not withdrawn',
                });
            }
            const wheels = (release?.urls ?? []).filter((file) => file.packagetype === 'bdist_wheel');
            if (release?.urls && !wheels.some((wheel) => wheelFits(wheel.filename, pythonVersion))) {
                findings.push({
                    rule: 'no-compatible-wheel',
                    severity: 'warning',
                    message: `${requirement.name}==${version} has no wheel for CPython ${pythonVersion} on Linux x86_64: pip builds it from source, which needs a compiler and headers in the image`,
                    ...at,
                    fix: 'pin a release with a manylinux wheel for this Python, or install the build dependencies',
                });
            }
        }
        catch (error) {
            if (error instanceof Unreachable)
                unreachable.add(error.message);
            else
                throw error;
        }
    });
    if (pinned.length > 0) {
        try {
            const { status, body } = await getJson(`${settings.osvUrl}/v1/querybatch`, settings.timeout, {
                method: 'POST',
                body: JSON.stringify({
                    queries: pinned.map(({ requirement, version }) => ({
                        package: { name: requirement.name, ecosystem: 'PyPI' },
                        version,
                    })),
                }),
            });
            const results = status === 200
                ? (body.results ?? [])
                : [];
            results.forEach((result, index) => {
                const vulns = result.vulns ?? [];
                const entry = pinned[index];
                if (vulns.length === 0 || !entry)
                    return;
                findings.push({
                    rule: 'vulnerable-requirement',
                    severity: 'warning',
                    message: `${entry.requirement.name}==${entry.version} has ${vulns.length} known vulnerabilit${vulns.length === 1 ? 'y' : 'ies'}: ${vulns
                        .slice(0, 5)
                        .map((v) => v.id)
                        .join(', ')}${vulns.length > 5 ? ', ...' : ''}`,
                    file: entry.requirement.file,
                    line: entry.requirement.line,
                    column: entry.requirement.column,
                    fix: `upgrade to a fixed release (https://osv.dev/list?ecosystem=PyPI&q=${encodeURIComponent(entry.requirement.name)})`,
                });
            });
        }
        catch (error) {
            if (error instanceof Unreachable)
                unreachable.add(error.message);
            else
                throw error;
        }
    }
    for (const reason of unreachable) {
        findings.push({
            rule: 'online-check-unavailable',
            severity: 'notice',
            message: `online checks skipped for ${reason}`,
            fix: 'check the network, or set online: false',
        });
    }
    return findings;
}
/** The newest release of each distribution, for concrete fixes ("add Flask-Limiter==3.5.0"). Unreachable -> absent. */
async function online_latestVersions(names, settings) {
    const versions = new Map();
    await pool([...new Set(names)], 8, async (name) => {
        try {
            const { status, body } = await getJson(`${settings.pypiUrl}/pypi/${encodeURIComponent(name)}/json`, settings.timeout);
            const version = status === 200 ? body.info?.version : undefined;
            if (version)
                versions.set(name, version);
        }
        catch (error) {
            if (!(error instanceof Unreachable))
                throw error;
        }
    });
    return versions;
}

;// CONCATENATED MODULE: ./src/requirements/lint.ts

















const DEFAULT_PYTHON = '3.12';
/** Line and column of the imports that become findings; only their files are read again. */
function locator(root) {
    const files = new Map();
    return (item) => {
        let positions = files.get(item.file);
        if (!positions) {
            positions = new Positions((0,external_node_fs_.readFileSync)(external_node_path_default().join(root, item.file)));
            files.set(item.file, positions);
        }
        const { line, column } = positions.at(item.offset);
        return { line, column };
    };
}
async function lintRequirements(settings) {
    const findings = [];
    const root = settings.root;
    // The image: its Dockerfile says which Python and which OS packages the code will meet.
    const dockerfilePath = settings.dockerfile ?? (existsSync(path.join(root, 'Dockerfile')) ? 'Dockerfile' : undefined);
    let docker;
    if (dockerfilePath) {
        try {
            docker = readDockerfile(readFileSync(path.join(root, dockerfilePath), 'utf8'));
        }
        catch {
            findings.push({
                rule: 'missing-system-package',
                severity: 'notice',
                message: `${dockerfilePath} cannot be read, so the image's system packages were not checked`,
                fix: 'set dockerfile to the image definition, or to an empty string to skip the image checks',
            });
        }
    }
    const finalStage = docker?.stages[docker.stages.length - 1];
    const pyproject = readPyproject(root, linuxEnvironment(settings.pythonVersion ?? DEFAULT_PYTHON));
    const [pythonVersion, pythonVersionSource] = settings.pythonVersion
        ? [settings.pythonVersion, 'python-version input']
        : finalStage?.pythonVersion
            ? [finalStage.pythonVersion, `${dockerfilePath}:${finalStage.fromLine} (FROM ${finalStage.image})`]
            : pyproject?.requiresPython && lowestPython(pyproject.requiresPython)
                ? [
                    lowestPython(pyproject.requiresPython),
                    `pyproject.toml requires-python ${pyproject.requiresPython}`,
                ]
                : [DEFAULT_PYTHON, 'default'];
    const env = linuxEnvironment(pythonVersion);
    // Declarations.
    const { files: requirementFiles, unmatched } = findRequirementFiles(root, settings.requirements);
    for (const pattern of unmatched) {
        if (settings.requirements.length === 1 && pattern === 'requirements*.txt' && pyproject)
            continue;
        findings.push({
            rule: 'invalid-requirement',
            severity: 'error',
            message: `no requirements file matches '${pattern}' in ${path.basename(root) || root}`,
            fix: 'set requirements to your requirement files (lint-requirements.requirements in shipcheck.yml or --requirements)',
        });
    }
    const parsed = parseRequirementFiles(requirementFiles, { root, env });
    const requirements = [...parsed.requirements, ...(pyproject?.requirements ?? [])];
    for (const problem of [...parsed.problems, ...(pyproject?.problems ?? [])]) {
        findings.push({
            rule: 'invalid-requirement',
            severity: problem.severity,
            message: problem.message,
            file: problem.file,
            line: problem.line,
            column: problem.column,
            fix: problem.fix,
        });
    }
    // Sources.
    const pythonFiles = findPythonFiles(root, settings.exclude);
    const sources = readSources(root, pythonFiles);
    for (const file of sources.unreadable) {
        findings.push({
            rule: 'unreadable-source',
            severity: 'notice',
            message: `${file} is not valid UTF-8 (or cannot be read); its imports were not checked`,
            file,
            fix: 'save the file as UTF-8, or add it to exclude',
        });
    }
    const firstParty = firstPartyModules(pythonFiles, settings.firstParty);
    const locate = locator(root);
    const resolver = new ImportResolver(settings.importMap, settings.sitePackages ? path.resolve(root, settings.sitePackages) : undefined);
    const declared = new Map();
    for (const requirement of requirements) {
        if (requirement.normalized && !declared.has(requirement.normalized))
            declared.set(requirement.normalized, requirement);
    }
    // With online checks on, a missing requirement's fix names the newest release.
    const latest = settings.online
        ? await latestVersions(sources.imports
            .filter((item) => !firstParty.has(item.module.split('.')[0]) &&
            stdlibStatus(item.module.split('.')[0], pythonVersion).kind === 'absent')
            .map((item) => resolver.resolve(item.module, item.names))
            .filter((c) => !c.distributions.some((d) => declared.has(d)))
            .map((c) => c.displayName), settings)
        : new Map();
    const usedDistributions = new Set();
    const guessedMappings = {};
    const reported = new Set();
    for (const item of sources.imports) {
        const top = item.module.split('.')[0];
        if (firstParty.has(top))
            continue;
        const stdlib = stdlibStatus(top, pythonVersion);
        if (stdlib.kind === 'present')
            continue;
        const candidates = resolver.resolve(item.module, item.names);
        const provider = candidates.distributions.find((dist) => declared.has(dist));
        if (provider) {
            usedDistributions.add(provider);
            continue;
        }
        if (stdlib.kind === 'removed') {
            findings.push({
                rule: 'python-version-incompatible',
                severity: item.guarded ? 'warning' : 'error',
                message: `${top} was removed from the standard library in Python ${stdlib.removedIn}; the image runs ${pythonVersion}: ModuleNotFoundError: No module named '${top}'`,
                file: item.file,
                ...locate(item),
                fix: stdlib.replacement
                    ? `use ${stdlib.replacement}`
                    : `stay on Python < ${stdlib.removedIn} or replace ${top}`,
            });
            continue;
        }
        // one finding per module per file: the first import of it there
        const key = `${item.file}:${top}`;
        if (reported.has(key))
            continue;
        reported.add(key);
        if (candidates.source === 'guess')
            guessedMappings[top] = candidates.displayName;
        const target = requirementFiles[0] ?? 'requirements.txt';
        const version = resolver.installedVersions.get(candidates.distributions[0]) ?? latest.get(candidates.displayName);
        const pinned = version ? `${candidates.displayName}==${version}` : `${candidates.displayName}==<version>`;
        const guess = candidates.source === 'guess'
            ? ` (a guess from the module name: no table maps '${top}'; set import-map if it is wrong)`
            : '';
        const others = candidates.distributions.length > 1
            ? ` (or one of: ${candidates.distributions.slice(1).join(', ')})`
            : '';
        findings.push({
            rule: 'missing-requirement',
            severity: item.guarded ? 'warning' : 'error',
            message: item.guarded
                ? `${top} is imported inside try/except ImportError but no requirement provides it, so that code path never runs in production`
                : `${top} is imported but no requirement provides it: ModuleNotFoundError: No module named '${top}'`,
            file: item.file,
            ...locate(item),
            fix: `add ${pinned} to ${target}${others}${guess}`,
        });
    }
    // Declared but never used.
    const schemeUsers = new Set();
    for (const scheme of sources.schemes)
        for (const dist of implicitUse.urlSchemes[scheme] ?? [])
            schemeUsers.add(dist);
    for (const scheme of collectConfigSchemes(root))
        for (const dist of implicitUse.urlSchemes[scheme] ?? [])
            schemeUsers.add(dist);
    const allowUnused = new Set(settings.allowUnused.map(normalizeName));
    for (const requirement of parsed.requirements) {
        const name = requirement.normalized;
        if (!name || usedDistributions.has(name) || allowUnused.has(name) || requirement.url)
            continue;
        const reason = implicitReason(name) ??
            (schemeUsers.has(name) ? 'a driver named by a URL scheme in the code or configuration' : undefined);
        if (reason)
            continue;
        findings.push({
            rule: 'unused-requirement',
            severity: 'warning',
            message: `${requirement.name} is declared but no Python file imports it`,
            file: requirement.file,
            line: requirement.line,
            column: requirement.column,
            fix: `remove it, or add ${requirement.name} to lint-requirements.allow-unused if it is used without an import`,
        });
    }
    findings.push(...pinFindings(parsed.requirements, parsed.constraints, settings.requirePins));
    findings.push(...conflictFindings(parsed.requirements, parsed.constraints));
    findings.push(...checkCompatibility(requirements, parsed.constraints, pythonVersion));
    if (docker && finalStage && dockerfilePath) {
        findings.push(...checkSystemPackages(requirements, docker, dockerfilePath));
    }
    if (settings.online) {
        findings.push(...(await checkOnline(requirements, pythonVersion, settings)));
    }
    return {
        findings,
        data: {
            pythonVersion,
            pythonVersionSource,
            requirementFiles: parsed.files,
            pythonFiles: pythonFiles.length,
            imports: sources.imports.length,
            dockerfile: dockerfilePath,
            guessedMappings,
        },
    };
}
function implicitReason(name) {
    const always = implicitUse.always[name];
    if (always)
        return always;
    for (const [prefix, reason] of Object.entries(implicitUse.prefixes))
        if (name.startsWith(prefix))
            return reason;
    for (const [suffix, reason] of Object.entries(implicitUse.suffixes))
        if (name.endsWith(suffix))
            return reason;
    return undefined;
}
/** URL schemes in the project's configuration files (compose, .env examples, ini, toml, yaml). */
function collectConfigSchemes(root) {
    const schemes = new Set();
    const names = [
        '.env',
        '.env.example',
        '.env.sample',
        'docker-compose.yml',
        'docker-compose.yaml',
        'compose.yml',
        'compose.yaml',
        'docker-compose.prod.yml',
        'alembic.ini',
        'config.yml',
        'config.yaml',
        'settings.toml',
        'shipcheck.yml',
    ];
    for (const name of names) {
        try {
            collectSchemes(readFileSync(path.join(root, name)), schemes);
        }
        catch {
            // absent
        }
    }
    return schemes;
}
function lowestPython(requiresPython) {
    const match = />=?\s*(3\.\d+)/.exec(requiresPython);
    return match?.[1];
}
function isPinned(requirement) {
    if (requirement.hashes.length > 0)
        return true;
    if (requirement.url)
        return /@[0-9a-f]{40}(#|$)/.test(requirement.url) || /\.whl|\.tar\.gz|\.zip/.test(requirement.url);
    return /^===?[^,*]+$/.test(requirement.specifier);
}
function pinFindings(requirements, constraints, requirePins) {
    const pinnedByConstraint = new Set(constraints.filter(isPinned).map((c) => c.normalized));
    return requirements
        .filter((r) => !r.editable && !isPinned(r) && !pinnedByConstraint.has(r.normalized))
        .map((r) => ({
        rule: 'unpinned-requirement',
        severity: requirePins ? 'error' : 'warning',
        message: r.specifier
            ? `${r.name}${r.specifier} is a range: a rebuild can install a different version than the one you tested`
            : r.url
                ? `${r.url} is not pinned to a commit or a file`
                : `${r.name ?? r.url} has no version: a rebuild installs whatever is newest`,
        file: r.file,
        line: r.line,
        column: r.column,
        fix: r.url
            ? 'pin the VCS URL to a full commit SHA (@<sha>)'
            : `pin it to the version you tested: ${r.name}==X.Y.Z`,
    }));
}
function conflictFindings(requirements, constraints) {
    const findings = [];
    const first = new Map();
    for (const requirement of requirements) {
        if (!requirement.normalized || !requirement.applies)
            continue;
        const earlier = first.get(requirement.normalized);
        if (!earlier) {
            first.set(requirement.normalized, requirement);
            continue;
        }
        if (earlier.specifier !== requirement.specifier && (isPinned(earlier) || isPinned(requirement))) {
            findings.push({
                rule: 'conflicting-requirement',
                severity: 'error',
                message: `${requirement.name}${requirement.specifier || ' (any version)'} here, but ${earlier.name}${earlier.specifier || ' (any version)'} at ${earlier.file}:${earlier.line}: pip fails with "Double requirement given" or installs one of them`,
                file: requirement.file,
                line: requirement.line,
                column: requirement.column,
                fix: `keep one pin for ${requirement.name} in one file and include that file with -r`,
            });
        }
    }
    for (const constraint of constraints) {
        const requirement = first.get(constraint.normalized ?? '');
        if (!requirement || !constraint.specifier)
            continue;
        const pin = /^===?([^,*]+)$/.exec(requirement.specifier)?.[1];
        if (!pin)
            continue;
        if (!satisfiesConstraint(pin, constraint.specifier)) {
            findings.push({
                rule: 'conflicting-requirement',
                severity: 'error',
                message: `${requirement.name}==${pin} is outside the constraint ${constraint.name}${constraint.specifier} (${constraint.file}:${constraint.line}): pip reports "ResolutionImpossible"`,
                file: requirement.file,
                line: requirement.line,
                column: requirement.column,
                fix: `pin a version the constraint allows, or change the constraint in ${constraint.file}`,
            });
        }
    }
    return findings;
}
function satisfiesConstraint(version, specifier) {
    try {
        return satisfies(version, specifier);
    }
    catch {
        return true;
    }
}
/**
 * The third-party modules the app imports unconditionally (not first-party, not the standard library of
 * the target Python, not inside try/except ImportError), each with its first import's position: what
 * docker-build-test imports inside the built image.
 */
function thirdPartyImports(root, exclude, pythonVersion) {
    const pythonFiles = (0,project_files/* findPythonFiles */.N$)(root, exclude);
    const sources = source_scan_readSources(root, pythonFiles);
    const firstParty = (0,project_files/* firstPartyModules */.cx)(pythonFiles, []);
    const locate = locator(root);
    const seen = new Map();
    for (const item of sources.imports) {
        const top = item.module.split('.')[0];
        if (!top || item.guarded || seen.has(top) || firstParty.has(top))
            continue;
        if (import_map_stdlibStatus(top, pythonVersion).kind === 'present')
            continue;
        seen.set(top, { module: top, file: item.file, line: locate(item).line });
    }
    return [...seen.values()].sort((a, b) => (0,report/* byCodePoint */.HH)(a.module, b.module));
}


/***/ })

};
