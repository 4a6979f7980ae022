# Newsloom — two commands:
#   make run   install everything, build, analyse the bundled sample corpus, show the results
#              and serve them (web UI + API) until Ctrl-C
#   make test  install everything, build with ASan+UBSan, run every test and fuzzer briefly
# Both are safe to repeat: setup installs only what is missing.

SHELL := /bin/bash
JOBS ?= $(shell nproc)
OUT ?= out/samples
CORPUS ?= data/samples
NEWSLOOM := build/release/src/cli/newsloom
PORT ?= 8080
HOST ?= 127.0.0.1

.PHONY: run test setup build build-debug bench eval format tidy clean

run: setup build
	$(NEWSLOOM) analyze $(CORPUS) --out $(OUT)
	@echo
	@echo "Results: $(OUT)/articles.jsonl, $(OUT)/stories.jsonl and the database $(OUT)/newsloom.db"
	@echo "Browse:  $(NEWSLOOM) articles --db $(OUT)/newsloom.db list"
	@echo "Compare: $(NEWSLOOM) compare A B"
	@echo "Export:  $(NEWSLOOM) export --db $(OUT)/newsloom.db --format csv|geojson|jsonl"
	@echo
	@echo "Starting the web UI and API on the results (Ctrl-C stops it; PORT=$(PORT) HOST=$(HOST)):"
	$(NEWSLOOM) serve --db $(OUT)/newsloom.db --host $(HOST) --port $(PORT)

test: setup build-debug
	cd build/debug && ctest --output-on-failure -j $(JOBS) --timeout 600

setup:
	@bash scripts/setup.sh

build:
	@cmake --preset release >/dev/null
	cmake --build build/release -j $(JOBS)

build-debug:
	@cmake --preset debug >/dev/null
	cmake --build build/debug -j $(JOBS)

bench: setup build
	$(NEWSLOOM) bench

eval: setup build
	$(NEWSLOOM) eval --gold $(CORPUS)/gold.jsonl $(CORPUS)

format:
	git ls-files '*.cc' '*.h' | xargs clang-format -i

tidy: build-debug
	git ls-files 'src/*.cc' | grep -v -e _fuzzer.cc | xargs clang-tidy -p build/debug --quiet

clean:
	rm -rf build out
