# syntax=docker/dockerfile:1
# One image for every service: `poststelle run <ingest|mask|classify|draft|unmask|all>`, `poststelle demo`.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
# npm ci builds the whole workspace in its prepare step (tsc -b).
RUN npm ci --no-audit --no-fund
# Keep what runs: drop the test workspaces from the workspace list so their dependencies become
# extraneous, prune everything that is not a production dependency, then remove sources and tests.
RUN node -e 'const f="package.json",p=require("./"+f);p.workspaces=p.workspaces.filter(w=>!w.startsWith("test/"));require("fs").writeFileSync(f,JSON.stringify(p,null,2))' \
 && npm prune --omit=dev --no-audit --no-fund \
 && rm -rf test proto scripts docs deploy .ci \
 && find libs services -depth \( -name src -o -name "*.tsbuildinfo" -o -name "*.test.js" -o -name "*.test.d.ts" -o -name "*.bench.js" -o -name "*.map" \) -exec rm -rf {} + \
 && npm cache clean --force

FROM node:20-bookworm-slim
# nats-server only for `poststelle demo` and `run all` with an embedded NATS; production uses a cluster.
RUN apt-get update \
 && apt-get install -y --no-install-recommends nats-server ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --gid 10001 poststelle \
 && useradd --uid 10001 --gid 10001 --home-dir /app --shell /usr/sbin/nologin poststelle
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
USER 10001:10001
# /metrics, /healthz, /readyz; mask's PrivacyService gRPC.
EXPOSE 9464 50051
ENTRYPOINT ["node", "services/cli/bin/poststelle.js"]
CMD ["--help"]
