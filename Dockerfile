FROM node:20-bookworm-slim
# OCR language data comes from Debian; no download at run time.
RUN apt-get update && apt-get install -y --no-install-recommends tesseract-ocr-eng fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
ENV NODE_ENV=production PORT=3000
EXPOSE 3000
CMD ["node", "--import", "tsx", "main.ts"]
