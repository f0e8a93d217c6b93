# Task runner: the same commands the README gives.
PY := .venv/bin/python

.PHONY: install test lint run data score case bench audits
install:            ## install with the test extras into .venv
	python3 -m venv .venv && .venv/bin/pip install -q -e ".[test]"
test:               ## the whole suite, as CI runs it
	$(PY) -m pytest -n 2
lint:
	$(PY) -m ruff check etl dashboard tests benchmarks
run:                ## the dashboard on data/processed
	.venv/bin/streamlit run dashboard/app.py
data:               ## rebuild the committed tables from data/raw
	$(PY) -m etl run data/raw --out data/processed
score: data         ## the seed scored against the shared gold
	python3 ../shared/eval/score.py --gold ../shared/eval/seed_gold.json --out data/processed
case:               ## event typing on the CASE 2021 task 2 snippets
	python3 ../shared/eval/score_case.py make-input ../shared/eval/external/case2021_task2_test.tsv /tmp/case.jsonl
	$(PY) -m etl run /tmp/case.jsonl --out /tmp/case_out --quiet
	python3 ../shared/eval/score_case.py score ../shared/eval/external/case2021_task2_test.tsv /tmp/case_out
bench:              ## ETL throughput on 10 MB of news-like text
	$(PY) benchmarks/bench_etl.py --mb 10
audits:             ## the extractor on every kept audit round (benchmarks/audits/)
	$(PY) benchmarks/score_audits.py
