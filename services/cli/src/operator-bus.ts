import { type Bus, connectBus } from "@poststelle/bus";
import { loadConfig } from "@poststelle/config";
import { busOptionsFrom } from "@poststelle/runtime";
import { type CommandIo, type ParsedArgs, stringOption } from "./command.js";

/**
 * The bus of an operator command (`deadletters`, `audit`): the config's nats settings, which must
 * name the operator user, and an error within seconds when no server answers. Undefined, with
 * the reason on stderr, when the config runs an embedded nats-server that only `run all` holds.
 */
export async function connectOperatorBus(
  command: string,
  args: ParsedArgs,
  io: CommandIo,
): Promise<Bus | undefined> {
  const config = await loadConfig({ file: stringOption(args, "config"), env: io.env, secrets: ["nats"] });
  if (config.nats.embedded) {
    io.stderr.write(
      `poststelle ${command}: nats.embedded is on; the embedded nats-server lives only inside \`poststelle run all\`\n`,
    );
    return undefined;
  }
  return connectBus({
    ...busOptionsFrom(config, `poststelle-${command}`),
    connectTimeoutMs: 5_000,
    waitForServer: false,
  });
}
