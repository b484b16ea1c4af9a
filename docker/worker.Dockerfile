# The worker runs its TypeScript sources through SWC at start-up, which keeps the decorator
# metadata TypeORM and type-graphql need (esbuild-style bundling would drop it).
FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=deps /app/node_modules ./node_modules
COPY . .
USER node
ENTRYPOINT ["node", "bin/rapport"]
CMD ["worker"]
