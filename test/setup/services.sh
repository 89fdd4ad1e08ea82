#!/usr/bin/env bash
# Installs the Debian packages the integration tests need, once per machine. The servers themselves are
# started (on 127.0.0.1, with private data directories) by test/setup/global-setup.ts and stopped by PID.
set -euo pipefail

need=()
command -v python3 >/dev/null 2>&1 || need+=(python3)
# MariaDB: schema-compare introspects a real server
command -v mariadbd >/dev/null 2>&1 || need+=(mariadb-server)
command -v mariadb-install-db >/dev/null 2>&1 || need+=(mariadb-server)
# Docker engine: docker-build-test builds and smoke-runs images (the client may already be on PATH)
command -v dockerd >/dev/null 2>&1 || need+=(docker.io)
command -v docker >/dev/null 2>&1 || need+=(docker.io)
# Compose v1 (Debian has no v2 plugin): compose-up's v1 path
command -v docker-compose >/dev/null 2>&1 || need+=(docker-compose)
# OpenSSH server: the SSH connection (src/ssh) is tested against real sshd on 127.0.0.2, 127.0.0.3, ...
[ -x /usr/sbin/sshd ] || need+=(openssh-server)
command -v ssh-keygen >/dev/null 2>&1 || need+=(openssh-client)
# post-deploy-verify: a real Flask app (Debian's, Werkzeug's multipart parser), nginx terminating TLS with
# certificates the tests make with openssl
/usr/bin/python3 -c 'import flask' >/dev/null 2>&1 || need+=(python3-flask)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
# base images without a registry: debootstrap + docker import (test/setup/base-image.sh)
command -v debootstrap >/dev/null 2>&1 || need+=(debootstrap)
# the examples' app run from its own code (test/integration/examples-app.test.ts): Debian's python with the
# libraries the local package index lacks, the rest installed into a venv from that index; Redis for Celery
/usr/bin/python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need+=(python3-venv)
/usr/bin/python3 -m pip --version >/dev/null 2>&1 || need+=(python3-pip)
/usr/bin/python3 -c 'import flask_limiter' >/dev/null 2>&1 || need+=(python3-flask-limiter)
/usr/bin/python3 -c 'import celery' >/dev/null 2>&1 || need+=(python3-celery)
/usr/bin/python3 -c 'import redis' >/dev/null 2>&1 || need+=(python3-redis)
command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] || need+=(redis-server)

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "services: missing ${need[*]}; run as root or install them: apt-get install -y ${need[*]}" >&2
    exit 2
  fi
  echo "services: installing ${need[*]}"
  apt-get update -qq
  # the package's own service start is refused in containers (policy-rc.d); we start mariadbd ourselves
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(printf '%s\n' "${need[@]}" | sort -u) >/dev/null
fi
