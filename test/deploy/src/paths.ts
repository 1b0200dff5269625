import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root: this file runs from test/deploy/dist. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export const DEPLOY_DIR = join(REPO_ROOT, "deploy");
export const CHART_DIR = join(DEPLOY_DIR, "helm/poststelle");
export const NATS_USERS_CONF = join(DEPLOY_DIR, "nats/poststelle-users.conf");
export const HELM_NATS_USERS = join(CHART_DIR, "files/nats-users.json");
