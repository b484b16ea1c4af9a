FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund --ignore-scripts
COPY . .
RUN npx vite build apps/web

FROM nginx:1.27-alpine
COPY --from=build /app/dist/apps/web /usr/share/nginx/html
EXPOSE 80
