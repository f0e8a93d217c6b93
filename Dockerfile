# Tallyboard for a public link: the dashboard over the committed tables, in read-only mode.
#   docker build -t tallyboard .
#   docker run -p 8501:8501 tallyboard                                  # http://localhost:8501/
#   docker run -p 8501:8501 -e BASE_URL_PATH=tallyboard tallyboard      # behind a proxy at /tallyboard/
FROM python:3.11-slim

WORKDIR /app
COPY . /app
RUN pip install --no-cache-dir .

# The installed package lives in site-packages: point it at the tables and articles in /app.
ENV TALLYBOARD_DATA_DIR=/app/data/processed \
    TALLYBOARD_RAW_DIR=/app/data/raw \
    TALLYBOARD_READ_ONLY=1 \
    BASE_URL_PATH=""

EXPOSE 8501
HEALTHCHECK CMD python -c "import os, urllib.request as u; b = os.environ['BASE_URL_PATH'].strip('/'); u.urlopen('http://127.0.0.1:8501/' + (b + '/' if b else '') + '_stcore/health')"
CMD ["sh", "-c", "exec streamlit run dashboard/app.py --server.address 0.0.0.0 --server.port 8501 --server.baseUrlPath \"$BASE_URL_PATH\" --server.headless true --browser.gatherUsageStats false"]
