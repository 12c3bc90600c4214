# The commands people, the README and CI share.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)
export KERAS_BACKEND ?= jax
export VIRTUAL_ENV := $(CURDIR)/$(VENV)

.PHONY: setup build test test-rust test-python test-portable wheel wheel-check peer lint fmt \
	demo bench bench-hub bench-distributed fuzz fuzz-seeds clean

# A virtual environment with the run-time and test dependencies (cmake >= 3.26 builds libhdf5;
# tensorflow-cpu and torch are the Keras backends tests/test_backends.py runs besides JAX, and
# tensorflow-cpu gives the JAX tests the string ops of Keras's lookup layers; the index's torch
# is its CUDA build (about 2.9 GB to download, 5.4 GB installed), run on the CPU; grain,
# orbax-checkpoint and pillow are what Keras's own test modules of the peer suite import).
# keras-hub, for tests/test_keras_hub.py, comes without its declared dependencies, which would
# add tensorflow beside tensorflow-cpu, tensorflow-text and the Kaggle and Hugging Face
# clients: importing it and loading local presets needs only regex and tokenizers besides.
$(VENV)/.deps: pyproject.toml Makefile
	python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q "maturin>=1.5,<2" "cmake>=3.26" numpy ml_dtypes \
		"keras>=3.15,<4" "jax[cpu]" h5py pytest ruff mypy tensorflow-cpu torch auditwheel \
		grain orbax-checkpoint pillow
	$(PIP) install -q --no-deps "keras-hub==0.32.0" regex tokenizers
	touch $@

setup: $(VENV)/.deps

# Compile the Rust core (release) and install kerasave into the environment, editable.
build: setup
	maturin develop --release -q

test-rust: setup
	cargo test --release -q

test-python: build
	KERASAVE_EXPECT_TUNING=1 $(PY) -m pytest -q -p no:cacheprovider tests; rc=$$?; [ $$rc -eq 5 ] && rc=0; exit $$rc

test: test-rust test-python

# The portable path of src/sys.rs (no Linux page-cache, disk-block or huge-page tuning), which
# macOS and Windows users get, built and tested on Linux: the Rust tests, then the Python
# round-trip suites against an extension built with the `portable` feature, unpacked in
# target/portable ahead of the editable install on the import path.
PORTABLE_TESTS := tests/test_keras_format.py tests/test_weights_files.py tests/test_memory.py \
	tests/test_npz.py tests/test_legacy_h5.py
test-portable: build
	cargo test --release -q --features portable
	rm -rf target/portable target/wheels-portable
	maturin build --release -q --features extension-module,portable -o target/wheels-portable
	$(PY) -m zipfile -e target/wheels-portable/kerasave-*.whl target/portable
	PYTHONPATH=$(CURDIR)/target/portable KERASAVE_EXPECT_TUNING=0 \
		$(PY) -m pytest -q -p no:cacheprovider $(PORTABLE_TESTS)

# An abi3 wheel and a source distribution, in target/wheels.
wheel: setup
	rm -rf target/wheels
	maturin build --release -q --sdist -o target/wheels

# auditwheel's verdict on the wheel, the sdist's vendored libhdf5, and a save/load round trip
# with the wheel installed into a fresh virtual environment without Rust, CMake or h5py.
wheel-check: wheel
	$(PY) tests/wheel/check.py target/wheels

# Keras's own test modules that save or load, copied unmodified out of the installed wheel,
# run twice at once: plain upstream, and with kerasave.install() active
# (tests/peer/peer_conftest.py). Fails when a test that passes upstream does not pass with
# kerasave, apart from the intended differences listed in tests/peer/run.py.
peer: build
	$(PY) tests/peer/run.py --both

lint: build
	cargo fmt --all -- --check
	cargo clippy --all-targets --release --features python -- -D warnings
	cargo clippy --all-targets --release --features python,portable -- -D warnings
	$(VENV)/bin/ruff check python tests bench fuzz
	$(VENV)/bin/ruff format --check python tests bench fuzz
	cd /tmp && $(CURDIR)/$(PY) -m mypy.stubtest kerasave._native

fmt: setup
	cargo fmt --all
	$(VENV)/bin/ruff format python tests bench fuzz
	$(VENV)/bin/ruff check --fix python tests bench fuzz

demo: build
	$(PY) bench/demo.py

bench: build
	$(PY) bench/bench.py

# keras-hub's from_preset on a GemmaBackbone preset of random bfloat16 weights, upstream
# against kerasave.install(), each load in a fresh process (bench/hub.py). The preset is
# written into bench/out/presets/ the first time: 306 MB, or with HUB_SIZE=1b 2.3 GB (a
# 1.18 B-parameter model; upstream's load peaks near 10 GB).
HUB_SIZE ?= medium
bench-hub: build
	$(PY) bench/hub.py --size $(HUB_SIZE)
	$(PY) bench/hub.py --size $(HUB_SIZE) --dtype bfloat16

# Loads and a save of bench.py's big_dense (1.6 GB) under keras.distribution.ModelParallel on
# 8 virtual CPU devices, upstream against kerasave, each in a fresh process
# (bench/distributed.py). The files are written into bench/out/distributed/ the first time.
bench-distributed: build
	$(PY) bench/distributed.py

# Fuzz every reader of untrusted bytes for FUZZ_SECONDS each (libFuzzer through cargo-fuzz,
# AddressSanitizer; RUSTC_BOOTSTRAP lets the stable toolchain take cargo-fuzz's nightly flags).
# libhdf5 mallocs buffers of sizes a file declares (up to 36 GB seen) before it finds them
# past the end of the file, without touching them (replaying those inputs peaks at 11 MB): so
# single mallocs are not limited, memory actually used is (-rss_limit_mb), and a malloc that
# cannot be had returns NULL, an error libhdf5 reports.
# Inputs found grow fuzz/corpus/ (not committed); crashes land in fuzz/artifacts/<target>/
# and become regression inputs in fuzz/regressions/<target>/, which `cargo test` replays.
FUZZ_TARGETS := archive keras weights_h5 npz npy savedmodel
FUZZ_SECONDS ?= 300
fuzz: setup
	command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	failed=; for t in $(FUZZ_TARGETS); do \
		mkdir -p fuzz/corpus/$$t; \
		ASAN_OPTIONS=allocator_may_return_null=1 RUSTC_BOOTSTRAP=1 cargo fuzz run -O $$t fuzz/corpus/$$t fuzz/seeds/$$t -- \
			-max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
			-malloc_limit_mb=1048576 \
			-print_final_stats=1 || failed="$$failed $$t"; \
	done; [ -z "$$failed" ] || { echo "fuzz: crashes in$$failed (fuzz/artifacts/)"; exit 1; }

# Rebuilds the committed seed corpus from the test zoo and the committed test files.
fuzz-seeds: build
	$(PY) fuzz/make_seeds.py

clean:
	rm -rf target $(VENV)
