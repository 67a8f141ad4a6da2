# CounterDesk set-up: `make run` and `make test` work on a fresh Debian 12
# machine; they install what is missing (Debian packages with apt-get, Python
# packages into .venv) and then run the program or the whole suite.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

# Qt offscreen/xcb runtime, PDF checks (pdftotext/pdffonts/pdftoppm) and the
# embedded CJK font (WenQuanYi Micro Hei: TrueType, so reportlab embeds it), and HanaMin
# (TrueType, CJK Extension A/B) for rare characters in names such as 𠮷.
DEBS := libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3 \
        poppler-utils fonts-wqy-microhei fonts-hanazono
# What a real X display needs on top (Qt >= 6.5 xcb platform plugin).
RUN_DEBS := libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 \
            libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 \
            libxcb-xinerama0 libxcb-xkb1
BUNDLE_DEBS := binutils

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test fuzz lint bench bundle debs run-debs translations clean

define apt_ensure
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || missing="$$missing python3-venv python3-pip"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

debs:
	$(call apt_ensure,$(DEBS))

run-debs:
	$(call apt_ensure,$(DEBS) $(RUN_DEBS))

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,analytics]'
	@touch $(STAMP)

run: run-debs $(STAMP)
	$(VENV)/bin/counterdesk

test: debs $(STAMP)
	$(PY) -m pytest

# Property tests with fresh random inputs (the suite draws the same ones on every run).
fuzz: debs $(STAMP)
	COUNTERDESK_HYPOTHESIS=fuzz $(PY) -m pytest -q $(shell grep -rl "from hypothesis import" tests --include="test_*.py")

lint: $(STAMP)
	$(VENV)/bin/ruff check counterdesk tests bench
	$(VENV)/bin/mypy

# bench/export.py compares the CSV export with Debian's sqlite3 command-line tool.
bench: $(STAMP)
	$(call apt_ensure,$(DEBS) sqlite3)
	$(PY) bench/run_all.py

bundle: $(STAMP)
	$(call apt_ensure,$(DEBS) $(BUNDLE_DEBS))
	$(PY) -m pip install -q -e '.[bundle]'
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec

# lupdate collects the Chinese source texts, fill_en.py writes the English (english_*.py)
# (and fails naming any text without English), lrelease compiles the .qm.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find counterdesk/ui -name '*.py' | sort) counterdesk/app.py -ts resources/i18n/counterdesk_en.ts
	$(PY) resources/i18n/fill_en.py
	$(VENV)/bin/pyside6-lrelease resources/i18n/counterdesk_en.ts -qm resources/i18n/counterdesk_en.qm
	$(VENV)/bin/pyside6-lrelease resources/i18n/qt_extra_zh_CN.ts -qm resources/i18n/qt_extra_zh_CN.qm

clean:
	rm -rf build dist
