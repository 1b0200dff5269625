import { type Bus, connectBus } from "@poststelle/bus";
import { type Config, loadConfig, type SecretScope } from "@poststelle/config";
import { PermanentError } from "@poststelle/errors";
import { busOptionsFrom, embeddedNatsUrl } from "@poststelle/runtime";
import { type CommandIo, dataDirOption, type ParsedArgs, stringOption } from "./command.js";
import { embeddedNatsDir } from "./process.js";

/** The options every operator command takes to find its NATS. */
export const OPERATOR_OPTIONS = {
  config: { type: "string", short: "c" },
  "data-dir": { type: "string" },
} as const;

export const OPERATOR_OPTIONS_HELP = [
  "  -c, --config FILE   the config file (default: $POSTSTELLE_CONFIG, then the embedded defaults)",
  "      --data-dir DIR  with the embedded nats-server: the data dir of the running `poststelle run all`",
  "                      (default: .poststelle)",
];

/** An operator command's config: its nats credentials, and `extraSecrets` where it needs more. */
export function loadOperatorConfig(
  args: ParsedArgs,
  io: CommandIo,
  extraSecrets: readonly SecretScope[] = [],
): Promise<Config> {
  return loadConfig({ file: stringOption(args, "config"), env: io.env, secrets: ["nats", ...extraSecrets] });
}

/**
 * The bus of an operator command (`deadletters`, `audit`, `forget`): the config's nats settings,
 * which must name the operator user, or the embedded nats-server of a running `run all`, found
 * through its data dir. Fails within seconds when no server answers.
 */
export async function connectOperatorBus(
  command: string,
  args: ParsedArgs,
  io: CommandIo,
  loaded?: Config,
): Promise<Bus> {
  const config = loaded ?? (await loadOperatorConfig(args, io));
  let servers = config.nats.servers;
  if (config.nats.embedded) {
    const url = embeddedNatsUrl(embeddedNatsDir(dataDirOption(args)));
    if (url === undefined) {
      throw new PermanentError(
        "cli.no_embedded_nats",
        "no embedded nats-server runs on this data dir: start `poststelle run all` (or pass its --data-dir)",
      );
    }
    servers = [url];
  }
  return connectBus({
    ...busOptionsFrom({ ...config, nats: { ...config.nats, servers } }, `poststelle-${command}`),
    connectTimeoutMs: 5_000,
    waitForServer: false,
  });
}
