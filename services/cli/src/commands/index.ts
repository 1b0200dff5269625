import type { Command } from "../command.js";
import { auditCommand } from "./audit.js";
import { classifyCommand } from "./classify.js";
import { deadLettersCommand } from "./deadletters.js";
import { demoCommand } from "./demo.js";
import { forgetCommand } from "./forget.js";
import { maskCommand } from "./mask.js";
import { runCommand } from "./run.js";
import { versionCommand } from "./version.js";

export const commands: readonly Command[] = [
  demoCommand,
  runCommand,
  maskCommand,
  classifyCommand,
  deadLettersCommand,
  auditCommand,
  forgetCommand,
  versionCommand,
];
