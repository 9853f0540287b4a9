# Two commands on a fresh machine: `make synth` (writes dist/) and `make test` (runs every suite).
# Each target installs what it needs from this repository's own files (pinned), cached under
# $(MLOPS_CACHE) so that a second run is fast.
SHELL := /bin/bash
export MLOPS_CACHE ?= $(HOME)/.cache/mlops-platform
export CDK8S_CHECK_UPGRADE := false
PLATFORM_PY = "$$(scripts/venv.sh platform)/bin/python"

.PHONY: setup synth validate lint test test-argocd test-argocd-all diff charts imports bench images tools clean

setup:  ## Python venvs, node tooling
	@scripts/setup.sh

synth: setup  ## environments/*.yaml -> dist/<env>/<chart>.yaml (nothing written on invalid input)
	@$(PLATFORM_PY) -O main.py

validate: setup  ## every object in dist/ against the pinned schemas, plus checkov
	@$(PLATFORM_PY) -m validation --checkov "$$(scripts/venv.sh checkov)/bin/checkov"

lint:  ## ruff + mypy (pyproject.toml; the platform suite runs them too)
	@scripts/lint.sh

test: setup  ## every test suite, each in its own venv
	@scripts/test.sh

test-argocd: setup  ## the Argo CD tier alone (also in `make test`), environment dev
	@scripts/test.sh argocd

test-argocd-all: setup  ## the Argo CD tier for every environment
	@MLOPS_ARGOCD_ENVS=all scripts/test.sh argocd

diff: setup  ## what a change does to everything Argo CD would apply: BASE=<ref> (default: merge base with main) vs the working tree; DIFF_ARGS=--markdown FILE ...
	@scripts/diff.sh $(if $(BASE),--base $(BASE)) $(DIFF_ARGS) || [ $$? -eq 1 ]

charts: setup  ## chart archives of every helmfile.yaml release into $(MLOPS_CACHE)/charts, verified against charts.lock
	@scripts/fetch-charts.sh >/dev/null

imports: charts  ## regenerate schemas/crds/ from the CRDs in the pinned chart archives
	@$(PLATFORM_PY) scripts/import_crds.py

bench: setup  ## benchmarks (figures printed, never asserted)
	@scripts/bench.sh

images:  ## build and push the job images (docker/*/Dockerfile) tagged from docker/images.yaml; IMAGES_ARGS=--dry-run prints the commands
	@$(PLATFORM_PY) scripts/images.py --push $(IMAGES_ARGS)

tools:  ## helm, helmfile and actionlint, and the Argo CD tier's argocd/helm 3/kwok, built from the Go module proxy (cached)
	@scripts/install-tools.sh --check
	@scripts/install-argocd-tools.sh --check

clean:
	rm -rf build
