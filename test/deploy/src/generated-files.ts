import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  GENERATED_HEADER,
  helmUsersJson,
  natsAuthorizationConf,
  passwordsFromEnvironment,
} from "./nats-conf.js";
import { allPermissions } from "./nats-permissions.js";
import { CHART_DIR, DEPLOY_DIR, HELM_NATS_USERS, NATS_USERS_CONF } from "./paths.js";

export const ALERTS_FILE = join(DEPLOY_DIR, "prometheus/alerts.yml");
export const DASHBOARDS_DIR = join(DEPLOY_DIR, "grafana/dashboards");

/**
 * Every file under deploy/ that is generated or copied, with the content it must have. The chart
 * cannot read files outside its directory, so it keeps copies of the alerts and dashboards.
 */
export function generatedFiles(): { path: string; content: string }[] {
  const users = allPermissions();
  const dashboards = readdirSync(DASHBOARDS_DIR)
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({
      path: join(CHART_DIR, "files/dashboards", f),
      content: readFileSync(join(DASHBOARDS_DIR, f), "utf8"),
    }));
  return [
    {
      path: NATS_USERS_CONF,
      content: GENERATED_HEADER + natsAuthorizationConf(users, passwordsFromEnvironment),
    },
    { path: HELM_NATS_USERS, content: helmUsersJson(users) },
    { path: join(CHART_DIR, "files/alerts.yml"), content: readFileSync(ALERTS_FILE, "utf8") },
    ...dashboards,
  ];
}
