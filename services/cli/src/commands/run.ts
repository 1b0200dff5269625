import { loadConfig, SECRETS_BY_SERVICE } from "@poststelle/config";
import type { Command } from "../command.js";
import { dataDirOption, stringOption } from "../command.js";
import { startPoststelle } from "../process.js";
import { SERVICE_NAMES } from "../services.js";

export const runCommand: Command = {
  name: "run",
  summary: "Run one service, or all of them in one process",
  help: [
    `Usage: poststelle run <${[...SERVICE_NAMES, "all"].join("|")}> [--config FILE] [--data-dir DIR]`,
    "",
    "Starts a service with /healthz, /readyz and /metrics on telemetry.metricsPort. On Kubernetes",
    "each service runs as its own Deployment; `all` runs the whole pipeline on one machine.",
    "Stops gracefully on SIGTERM or SIGINT: in-flight mail is finished or left for redelivery.",
    "",
    "Options:",
    "  -c, --config FILE   YAML config (default: $POSTSTELLE_CONFIG, else the embedded defaults)",
    "      --data-dir DIR  where an embedded nats-server keeps its data (default: .poststelle)",
  ].join("\n"),
  options: {
    config: { type: "string", short: "c" },
    "data-dir": { type: "string" },
  },
  async run(args, io) {
    const [which, ...extra] = args.positionals;
    if (!which || extra.length > 0 || (which !== "all" && !SERVICE_NAMES.includes(which))) {
      io.stderr.write(`${this.help}\n`);
      return 2;
    }
    const services = which === "all" ? SERVICE_NAMES : [which];
    // Only these services' credentials are read: a pod is given nothing else.
    const secrets = [...new Set(services.flatMap((name) => SECRETS_BY_SERVICE[name] ?? []))];
    const config = await loadConfig({ file: stringOption(args, "config"), env: io.env, secrets });
    const running = await startPoststelle({
      config,
      services,
      dataDir: dataDirOption(args),
      serveOps: true,
    });
    const signal = await new Promise<NodeJS.Signals>((resolveSignal) => {
      process.once("SIGTERM", resolveSignal);
      process.once("SIGINT", resolveSignal);
    });
    running.telemetry.logger.info({ reason: signal }, "shutting down");
    await running.stop();
    return 0;
  },
};
