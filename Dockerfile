FROM node:20-bookworm-slim
# OCR language data comes from Debian; no download at run time.
RUN apt-get update && apt-get install -y --no-install-recommends tesseract-ocr-eng fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
# The sources are needed by `prepare` (compiles to dist/ with the esbuild tsx brings, and makes the database snapshot).
COPY . .
RUN npm ci --omit=dev --no-audit --no-fund
ENV NODE_ENV=production PORT=3000
EXPOSE 3000
CMD ["node", "scripts/start.mjs"]
